// Importing daily counts from CSV files (the app's count import, "tabel met datum en aantal": one
// file per channel, ten years each) through snapshots.importCommit, against a raw prepared
// INSERT of the same rows in one transaction. Each repetition writes into a fresh copy of a
// register that has the channels and no counts yet.
import Database from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import { copyFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { openAppSession, type AppSession } from '../appSession';
import { seededRandom } from '../random';
import { dailyCounts, tenYearsOfDays } from '../syntheticRegister';
import type { BenchCase } from './benchCase';

interface ChannelFile {
  channelId: string;
  fileName: string;
  contentBase64: string;
  rows: Array<[string, number]>;
}

export const csvSnapshotImportCase: BenchCase = {
  id: 'csv-import',
  name: 'import 1,000,000 snapshots from CSV',
  target: { maxRatio: 1.25, text: '<= 1.25x' },
  uses: ['importTarget'],
  async prepare({ registers, scratch, sizes }) {
    const source = new Database(registers.importTarget, { readonly: true });
    const channelIds = source.prepare(`SELECT id FROM channels ORDER BY id`).pluck().all() as string[];
    source.close();
    const days = tenYearsOfDays();
    const random = seededRandom(sizes.seed + 7);
    const files: ChannelFile[] = [];
    let remaining = sizes.importSnapshots;
    for (const [index, channelId] of channelIds.entries()) {
      const length = Math.min(days.length, remaining);
      if (length === 0) break;
      remaining -= length;
      const counts = dailyCounts(random, length);
      const rows = counts.map((count, d): [string, number] => [days[days.length - length + d]!, count]);
      const csv = `Datum;Volgers\n${rows.map(([date, count]) => `${date};${count}`).join('\n')}\n`;
      files.push({ channelId, fileName: `kanaal-${index + 1}.csv`, contentBase64: Buffer.from(csv).toString('base64'), rows });
    }

    let rep = 0;
    let target = '';
    const freshCopy = () => {
      rep += 1;
      target = join(scratch, `import-${rep}.sqlite`);
      copyFileSync(registers.importTarget, target);
    };
    const removeCopy = () => {
      for (const suffix of ['', '-wal', '-shm']) rmSync(target + suffix, { force: true });
    };
    let app: AppSession | null = null;
    let raw: Database.Database | null = null;
    return {
      repetitions: sizes.repsImport,
      details: { snapshots: sizes.importSnapshots, files: files.length },
      app: {
        setup: async () => {
          freshCopy();
          app = await openAppSession(join(scratch, `data-${rep}`), target);
        },
        run: async () => {
          let saved = 0;
          for (const file of files) {
            const result = await app!.call('snapshots.importCommit', {
              fileName: file.fileName,
              contentBase64: file.contentBase64,
              channelId: file.channelId,
            });
            saved += result.saved;
          }
          return saved;
        },
        teardown: () => {
          app?.close();
          removeCopy();
        },
      },
      baseline: {
        setup: () => {
          freshCopy();
          raw = new Database(target);
          // The same connection settings as the app's: WAL, NORMAL sync, foreign keys on.
          raw.pragma('foreign_keys = ON');
          raw.pragma('journal_mode = WAL');
          raw.pragma('synchronous = NORMAL');
        },
        run: () => {
          const db = raw!;
          const insert = db.prepare(
            `INSERT INTO follower_snapshots (id, channel_id, date, count, metric, source, notes, created_at, updated_at, deleted_at)
             VALUES (?, ?, ?, ?, 'followers', ?, NULL, ?, ?, NULL)`,
          );
          let saved = 0;
          db.transaction(() => {
            const now = new Date().toISOString();
            for (const file of files) {
              const source = `Import ${file.fileName}`;
              for (const [date, count] of file.rows) {
                insert.run(randomUUID(), file.channelId, date, count, source, now, now);
                saved += 1;
              }
            }
          })();
          return saved;
        },
        teardown: () => {
          raw?.close();
          removeCopy();
        },
      },
      check: (a, b) => (a === b ? null : `saved ${String(a)} by the app, ${String(b)} by the raw insert`),
    };
  },
};
