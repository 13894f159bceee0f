// The Word college note for the channels of one organisation (2,000 in the full size) by the app's
// writeExport, against the docx package building and packing one table of the same rows and
// columns (read with one raw SQL query). The note holds more than the table (the list per platform,
// the costs, Besluit, a growth chart): details.appTablesOnlyMs times the tables-only variant after the
// measurements.
import Database from 'better-sqlite3';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeExport } from '../../src-main/core/exports/writeExport';
import { median } from '../measure';
import { NOTE_ORGANISATION } from '../syntheticRegister';
import type { BenchCase } from './benchCase';

const HEADERS = ['Naam', 'Organisatie', 'Adres', 'Verantwoordelijke', 'Status', 'Laatste telling', 'Datum', 'Groei'];
const FROM = '2025-01-01';
const TO = '2025-12-31';

export const docxNoteCase: BenchCase = {
  id: 'docx-note',
  name: '.docx college note with 2,000-row table',
  target: { maxRatio: 1.2, maxAppMs: 2000, text: '<= 1.2x, < 2 s' },
  uses: ['wide'],
  async prepare({ registers, scratch, sizes }) {
    // The baseline's library is loaded by the case that uses it, as the app loads its writers.
    const { Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } = await import('docx');
    const cell = (text: string) => new TableCell({ children: [new Paragraph({ children: [new TextRun(text)] })] });
    const raw = new Database(registers.wide, { readonly: true });
    const organisationId = raw.prepare(`SELECT id FROM organisations WHERE name = ?`).pluck().get(NOTE_ORGANISATION) as string;
    raw.close();
    const appTarget = join(scratch, 'app.docx');
    const baseTarget = join(scratch, 'baseline.docx');
    const exportNote = (variant: 'note' | 'tables') =>
      writeExport({
        dbPath: registers.wide,
        options: {
          format: 'docx',
          from: FROM,
          to: TO,
          query: { filters: { organisationIds: [organisationId] } },
          docx: { variant },
        },
        target: appTarget,
      });
    return {
      warmup: true,
      repetitions: sizes.repsHeavy + 2,
      details: { rows: sizes.docxRows },
      app: {
        run: async () => (await exportNote('note')).channelCount,
        teardown: () => rmSync(appTarget, { force: true }),
      },
      baseline: {
        run: async () => {
          const db = new Database(registers.wide, { readonly: true });
          const rows = db
            .prepare(
              `SELECT c.name, o.name AS organisation, coalesce(c.url, c.handle) AS address, p.name AS person, c.status,
                      c.latest_count AS latestCount, c.latest_date AS latestDate
                 FROM channels c
                 LEFT JOIN organisations o ON o.id = c.organisation_id
                 LEFT JOIN people p ON p.id = c.responsible_person_id
                WHERE c.deleted_at IS NULL AND c.organisation_id = ?
                ORDER BY c.platform, c.name_folded`,
            )
            .all(organisationId) as Array<Record<string, string | number | null>>;
          db.close();
          const table = new Table({
            width: { size: 100, type: WidthType.PERCENTAGE },
            rows: [
              new TableRow({ tableHeader: true, children: HEADERS.map(cell) }),
              ...rows.map(
                (row) =>
                  new TableRow({
                    children: [
                      row.name,
                      row.organisation,
                      row.address,
                      row.person,
                      row.status,
                      row.latestCount,
                      row.latestDate,
                      null,
                    ].map((value) => cell(value === null ? '–' : String(value))),
                  }),
              ),
            ],
          });
          const document = new Document({ sections: [{ children: [table] }] });
          writeFileSync(baseTarget, await Packer.toBuffer(document));
          return rows.length;
        },
        teardown: () => rmSync(baseTarget, { force: true }),
      },
      check: (a, b) => (a === b ? null : `the note has ${String(a)} channels, the baseline table ${String(b)}`),
      // After the measurements (warm): the tables-only variant, to tell the table's cost from the rest of the note's.
      async close(details) {
        const times: number[] = [];
        for (let i = 0; i < 3; i += 1) {
          const started = performance.now();
          await exportNote('tables');
          times.push(performance.now() - started);
        }
        details.appTablesOnlyMs = Math.round(median(times));
        rmSync(appTarget, { force: true });
      },
    };
  },
};
