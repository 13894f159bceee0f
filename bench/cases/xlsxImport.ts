// Reading an inventory workbook of 100,000 rows the way the app's import does
// (imports.channels.preview: zip inspection, the streaming part parsers, header matching, every
// row checked and planned; nothing written), against exceljs's streaming WorkbookReader reading
// every row of the same file. The workbook is written first, untimed.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PLATFORMS } from '../../shared/domain/channel';
import { PLATFORM_LABELS, STATUS_LABELS } from '../../shared/domain/labels';
import { openAppSession } from '../appSession';
import { pick, seededRandom } from '../random';
import type { BenchCase } from './benchCase';

const STATUSES = ['active', 'passive', 'dormant', 'to_remove'] as const;

/** An inventory as a city writes one: name, platform, URL, organisation, responsible, status. */
async function writeInventory(path: string, rows: number, seed: number): Promise<void> {
  const { default: excel } = await import('exceljs');
  const random = seededRandom(seed);
  const workbook = new excel.stream.xlsx.WorkbookWriter({ filename: path, useSharedStrings: true });
  const sheet = workbook.addWorksheet('Inventaris');
  sheet.addRow(['Naam', 'Platform', 'URL', 'Organisatie', 'Verantwoordelijke', 'Status', 'Opmerkingen']).commit();
  const social = PLATFORMS.filter((p) => p !== 'website' && p !== 'other' && p !== 'mastodon');
  for (let i = 0; i < rows; i += 1) {
    const platform = random() < 0.2 ? 'website' : pick(random, social);
    const url = platform === 'website' ? `https://www.import${i + 1}.be` : `https://www.${platform}.com/import${i + 1}`;
    sheet
      .addRow([
        `Geïmporteerd kanaal ${i + 1}`,
        PLATFORM_LABELS[platform].nl,
        url,
        `Dienst ${1 + Math.floor(random() * 200)}`,
        random() < 0.3 ? null : `Persoon ${1 + Math.floor(random() * 500)}`,
        STATUS_LABELS[pick(random, STATUSES)].nl,
        random() < 0.1 ? `Opmerking ${i + 1}` : null,
      ])
      .commit();
  }
  sheet.commit();
  await workbook.commit();
}

export const xlsxImportCase: BenchCase = {
  id: 'xlsx-import',
  name: '.xlsx import of 100,000 rows',
  target: { maxRatio: 1.3, maxRssMb: 300, text: '<= 1.3x, < 300 MB RSS' },
  uses: ['importTarget'],
  async prepare({ registers, scratch, sizes }) {
    // The baseline's library is loaded by the case that uses it, as the app loads its writers.
    const { default: excel } = await import('exceljs');
    const file = join(scratch, 'inventaris.xlsx');
    await writeInventory(file, sizes.xlsxRows, sizes.seed + 11);
    const bytes = readFileSync(file);
    const contentBase64 = bytes.toString('base64');
    const app = await openAppSession(join(scratch, 'data'), registers.importTarget);
    return {
      warmup: true,
      repetitions: sizes.repsHeavy,
      details: { rows: sizes.xlsxRows, fileBytes: bytes.length },
      app: {
        run: async () => (await app.call('imports.channels.preview', { fileName: 'inventaris.xlsx', contentBase64 })).rowCount,
      },
      baseline: {
        run: async () => {
          let rows = 0;
          const reader = new excel.stream.xlsx.WorkbookReader(file, { sharedStrings: 'cache', worksheets: 'emit' });
          for await (const worksheet of reader) {
            for await (const row of worksheet) if (row.number > 1) rows += 1;
          }
          return rows;
        },
      },
      check: (a, b) => (a === b ? null : `the app read ${String(a)} rows, WorkbookReader ${String(b)}`),
      close: () => app.close(),
    };
  },
};
