import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fromDay, toDay } from '../../../src-main/core/growth/days';
import { Register } from '../../../src-main/core/register/register';
import { onCleanup, tempDir, testAuthor, useTempDirs } from '../../helpers/tempRegister';

useTempDirs();

/**
 * How fast growth.series answers for 20 channels with 10 years of daily counts (73,000 rows)
 * in a register that also holds 2,000 other channels with monthly counts. Runs only when asked:
 * KANALENREGISTER_PERF=1 npx vitest run --project unit growthPerformance
 */
const CHANNELS = 20;
const DAYS = 3650;
const OTHER_CHANNELS = 2000;
const RUNS = 9;

function seed(path: string): string[] {
  const register = Register.create(path, testAuthor());
  const db = register.db;
  const now = new Date().toISOString();
  const ids: string[] = [];
  const channel = db.prepare(
    `INSERT INTO channels (id, kind, platform, name, created_at, updated_at) VALUES (?, 'social', 'facebook', ?, ?, ?)`,
  );
  const snapshot = db.prepare(
    `INSERT INTO follower_snapshots (id, channel_id, date, count, metric, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)`,
  );
  const first = toDay('2004-09-03');
  db.transaction(() => {
    for (let c = 0; c < CHANNELS; c += 1) {
      const id = randomUUID();
      ids.push(id);
      channel.run(id, `Dagelijks ${c}`, now, now);
      for (let d = 0; d < DAYS; d += 1) {
        const count = Math.round(200 * (c + 1) + d * (c + 1) * 0.7 + 50 * Math.sin(d / 20));
        snapshot.run(randomUUID(), id, fromDay(first + d), count, 'likes', now, now);
      }
    }
    for (let c = 0; c < OTHER_CHANNELS; c += 1) {
      const id = randomUUID();
      channel.run(id, `Maandelijks ${c}`, now, now);
      for (let m = 0; m < 120; m += 1) snapshot.run(randomUUID(), id, fromDay(first + m * 30), 100 + m, 'followers', now, now);
    }
  })();
  register.close();
  return ids;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

describe.runIf(process.env.KANALENREGISTER_PERF === '1')('growth on 20 channels x 10 years of daily counts', () => {
  it('answers growth.series well under 50 ms', () => {
    const path = join(tempDir(), 'groei.sqlite');
    let started = performance.now();
    const ids = seed(path);
    console.log(`seeded ${CHANNELS * DAYS + OTHER_CHANNELS * 120} counts in ${(performance.now() - started).toFixed(0)} ms`);
    const register = Register.open(path, testAuthor());
    onCleanup(() => register.close());

    const selection = { channelIds: ids };
    const measure = (label: string, work: () => unknown): number => {
      const times: number[] = [];
      for (let run = 0; run < RUNS; run += 1) {
        started = performance.now();
        work();
        times.push(performance.now() - started);
      }
      const ms = median(times);
      console.log(`${label.padEnd(52)} ${ms.toFixed(1).padStart(7)} ms (median of ${RUNS})`);
      return ms;
    };

    const result = register.growth.series({ selection });
    expect(result.series).toHaveLength(CHANNELS);
    for (const series of result.series) {
      expect(series.pointCount).toBe(DAYS);
      expect(series.points.length).toBeLessThanOrEqual(1000);
      expect(series.downsampled).toBe(true);
    }

    const series = measure('series, whole history, absolute', () => register.growth.series({ selection }));
    const indexed = measure('series, whole history, indexed + interpolate', () =>
      register.growth.series({ selection, mode: 'indexed', interpolate: true }),
    );
    const lastYear = measure('series, last 365 days', () =>
      register.growth.series({ selection, from: '2013-09-02', to: '2014-09-01' }),
    );
    const byFilter = measure('series, selected by filter (name contains)', () =>
      register.growth.series({ selection: { filters: { name: 'dagelijks' } } }),
    );
    const months = measure('periods, per month over 10 years', () =>
      register.growth.periods({ selection, granularity: 'month' }),
    );
    const compare = measure('compare, last year against the year before', () =>
      register.growth.compare({ selection, from: '2013-09-02', to: '2014-09-01' }),
    );
    expect(series).toBeLessThan(50);
    expect(indexed).toBeLessThan(50);
    expect(lastYear).toBeLessThan(50);
    expect(byFilter).toBeLessThan(50);
    expect(months).toBeLessThan(200);
    expect(compare).toBeLessThan(50);
  }, 300_000);
});
