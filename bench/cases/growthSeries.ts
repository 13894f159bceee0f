// growth.series for 20 channels x 10 years of daily counts (73,060 rows), downsampled for a chart,
// against the raw SQL select of the same rows.
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { openAppSession } from '../appSession';
import { GROWTH_ORGANISATION } from '../syntheticRegister';
import type { BenchCase } from './benchCase';

const FROM = '2016-01-01';
const TO = '2025-12-31';

export const growthSeriesCase: BenchCase = {
  id: 'growth-series',
  name: 'growth series: 20 channels x 10 years daily, downsampled for a chart',
  target: { maxRatio: 1.5, maxAppMs: 50, text: '<= 1.5x, and < 50 ms' },
  uses: ['main'],
  async prepare({ registers, scratch, sizes }) {
    const app = await openAppSession(join(scratch, 'data'), registers.main);
    const raw = new Database(registers.main, { readonly: true });
    const channelIds = raw
      .prepare(
        `SELECT c.id FROM channels c JOIN organisations o ON o.id = c.organisation_id
          WHERE o.name = ? AND c.deleted_at IS NULL ORDER BY c.id`,
      )
      .pluck()
      .all(GROWTH_ORGANISATION) as string[];
    if (channelIds.length !== sizes.growthChannels) throw new Error(`expected ${sizes.growthChannels} growth channels`);
    // As a developer would write it against this schema: per channel, the covering index walked in
    // date order, rows as arrays (no object per row).
    const select = raw
      .prepare(
        `SELECT date, count FROM follower_snapshots INDEXED BY follower_snapshots_series
          WHERE channel_id = ? AND metric = 'followers' AND deleted_at IS NULL AND date BETWEEN ? AND ?
          ORDER BY date`,
      )
      .raw();
    const readAll = () => channelIds.reduce((sum, id) => sum + select.all(id, FROM, TO).length, 0);
    return {
      warmup: true,
      repetitions: sizes.repsLight,
      details: { channels: channelIds.length, rawRows: readAll() },
      app: {
        run: async () => {
          const result = await app.call('growth.series', { selection: { channelIds }, from: FROM, to: TO });
          return result.series.reduce((sum, series) => sum + series.pointCount, 0);
        },
      },
      baseline: { run: readAll },
      check: (appRows, rawRows) =>
        appRows === rawRows ? null : `app read ${String(appRows)} raw points, SQL ${String(rawRows)}`,
      close: () => {
        raw.close();
        app.close();
      },
    };
  },
};
