// The .xlsx export of the wide register's channels ("Overzicht" sheet) by the app's writeExport
// (what the export worker runs: read-only connection, readExportDataset, the streaming writer,
// temp file and rename), against exceljs's streaming WorkbookWriter writing the same rows and
// columns read with one raw SQL query.
import Database from 'better-sqlite3';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { writeExport } from '../../src-main/core/exports/writeExport';
import type { BenchCase } from './benchCase';

const FROM = '2025-01-01';
const TO = '2025-12-31';

const HEADERS = [
  'Organisatie',
  'Soort organisatie',
  'Platform',
  'Naam',
  'Account',
  'URL',
  'Verantwoordelijke',
  'Status',
  'Laatste telling',
  'Eenheid',
  'Datum telling',
  'Groei',
  'Kost 2025',
  'Kost totaal',
];

interface ChannelRow {
  organisation: string | null;
  organisationKind: string | null;
  platform: string;
  name: string;
  handle: string | null;
  url: string | null;
  person: string | null;
  status: string | null;
  latestCount: number | null;
  metric: string | null;
  latestDate: string | null;
}

export const xlsxExportCase: BenchCase = {
  id: 'xlsx-export',
  name: '.xlsx export of 100,000 channel rows',
  target: { maxRatio: 1.2, maxRssMb: 300, text: '<= 1.2x time, < 300 MB RSS' },
  uses: ['wide'],
  async prepare({ registers, scratch, sizes }) {
    // The baseline's library is loaded by the case that uses it, as the app loads its writers.
    const { default: excel } = await import('exceljs');
    const appTarget = join(scratch, 'app.xlsx');
    const baseTarget = join(scratch, 'baseline.xlsx');
    return {
      warmup: true,
      repetitions: sizes.repsHeavy,
      details: { rows: sizes.wideChannels, sheets: 'overview' },
      app: {
        run: async () =>
          (
            await writeExport({
              dbPath: registers.wide,
              options: { format: 'xlsx', from: FROM, to: TO, xlsx: { sheets: ['overview'] } },
              target: appTarget,
            })
          ).channelCount,
        teardown: () => rmSync(appTarget, { force: true }),
      },
      baseline: {
        run: async () => {
          const db = new Database(registers.wide, { readonly: true });
          const rows = db
            .prepare(
              `SELECT o.name AS organisation, o.kind AS organisationKind, c.platform, c.name, c.handle, c.url,
                      p.name AS person, c.status, c.latest_count AS latestCount, c.latest_metric AS metric,
                      c.latest_date AS latestDate
                 FROM channels c
                 LEFT JOIN organisations o ON o.id = c.organisation_id
                 LEFT JOIN people p ON p.id = c.responsible_person_id
                WHERE c.deleted_at IS NULL
                ORDER BY o.name_folded, c.name_folded`,
            )
            .iterate() as IterableIterator<ChannelRow>;
          const workbook = new excel.stream.xlsx.WorkbookWriter({ filename: baseTarget, useStyles: true });
          const sheet = workbook.addWorksheet('Overzicht', { views: [{ state: 'frozen', ySplit: 1 }] });
          sheet.addRow(HEADERS).commit();
          let count = 0;
          for (const row of rows) {
            const written = sheet.addRow([
              row.organisation,
              row.organisationKind,
              row.platform,
              row.name,
              row.handle,
              row.url ? { text: row.url, hyperlink: row.url } : null,
              row.person,
              row.status,
              row.latestCount,
              row.metric,
              row.latestDate ? new Date(`${row.latestDate}T00:00:00Z`) : null,
              null,
              null,
              null,
            ]);
            written.getCell(9).numFmt = '#,##0';
            written.getCell(11).numFmt = 'dd/mm/yyyy';
            written.commit();
            count += 1;
          }
          sheet.commit();
          await workbook.commit();
          db.close();
          return count;
        },
        teardown: () => rmSync(baseTarget, { force: true }),
      },
      check: (a, b) => (a === b ? null : `the app wrote ${String(a)} channels, the baseline ${String(b)}`),
    };
  },
};
