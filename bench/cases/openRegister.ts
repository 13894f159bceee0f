// Opening the main register (10,000 channels, 10 million snapshots) through the API, as the app
// does (refusal checks, quick_check, migration history, WAL, derived columns), against a bare
// better-sqlite3 open with quick_check. One data folder for all repetitions: a daily backup, if
// the app makes one on open, is made once (the warm-up), as on a real day.
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { newAppSession, type AppSession } from '../appSession';
import type { BenchCase } from './benchCase';

export const openRegisterCase: BenchCase = {
  id: 'open-register',
  name: 'open a register of 10,000 channels and 10M snapshots',
  target: { maxRatio: 1.2, text: '<= 1.2x' },
  uses: ['main'],
  async prepare({ registers, scratch, sizes }) {
    const dataDir = join(scratch, 'data');
    let app: AppSession | null = null;
    return {
      warmup: true,
      repetitions: sizes.repsHeavy + 2,
      details: { channels: sizes.channels, snapshots: sizes.snapshots },
      app: {
        setup: () => {
          app = newAppSession(dataDir);
        },
        run: async () => (await app!.call('register.open', { path: registers.main })).channelCount,
        teardown: () => app?.close(),
      },
      baseline: {
        run: () => {
          // Read-only: SQLite's quick_check runs about twice as fast on a read-only connection here.
          const db = new Database(registers.main, { readonly: true, fileMustExist: true });
          try {
            const check = db.pragma('quick_check', { simple: true });
            if (check !== 'ok') throw new Error(`quick_check: ${String(check)}`);
            return db.prepare(`SELECT count(*) FROM channels WHERE deleted_at IS NULL`).pluck().get();
          } finally {
            db.close();
          }
        },
      },
      check: (a, b) => (a === b ? null : `channel counts differ: app ${String(a)}, SQL ${String(b)}`),
    };
  },
};
