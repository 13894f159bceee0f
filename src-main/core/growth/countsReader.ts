import type Database from 'better-sqlite3';
import { SNAPSHOT_METRICS, type SnapshotMetric } from '../../../shared/domain/snapshot';
import { dayFromParts } from './days';
import type { RawCounts } from './shapeSeries';

export interface DatedCount {
  date: string;
  count: number;
}

/**
 * Reads live counts of one channel and metric. Every query is a range walk over the
 * (channel, metric, date) index of live snapshots (migration 0003 makes it covering).
 */
export class CountsReader {
  private readonly metricStatement: Database.Statement;
  private readonly hasMetricStatement: Database.Statement;
  private readonly rangeStatement: Database.Statement;
  private readonly atOrBeforeStatement: Database.Statement;
  private readonly boundsStatement: Database.Statement;

  constructor(db: Database.Database) {
    // The metric a channel's chart shows: the one it has most counts of (a page that switched from
    // likes to followers shows its longest history); on a tie the most recent, then by name.
    this.metricStatement = db
      .prepare(
        `SELECT metric FROM follower_snapshots WHERE channel_id = ? AND deleted_at IS NULL
          GROUP BY metric ORDER BY count(*) DESC, max(date) DESC, metric LIMIT 1`,
      )
      .pluck();
    // One text per series ("2014-09-01:3107,2014-09-02:3110,...") instead of a row object per
    // count: better-sqlite3 spends more on making 73,000 small rows than SQLite on finding them.
    // The subquery walks the index in date order, so no sort is needed (an ORDER BY inside
    // string_agg would sort again and double the time); parseSeriesText checks the order anyway.
    this.rangeStatement = db
      .prepare(
        `SELECT string_agg(point, ',') FROM (
           SELECT date || ':' || count AS point FROM follower_snapshots INDEXED BY follower_snapshots_series
            WHERE channel_id = @channelId AND metric = @metric AND deleted_at IS NULL AND date >= @from AND date <= @to
            ORDER BY date)`,
      )
      .pluck();
    this.hasMetricStatement = db
      .prepare(`SELECT 1 FROM follower_snapshots WHERE channel_id = ? AND metric = ? AND deleted_at IS NULL LIMIT 1`)
      .pluck();
    this.atOrBeforeStatement = db.prepare(
      `SELECT date, count FROM follower_snapshots
        WHERE channel_id = ? AND metric = ? AND deleted_at IS NULL AND date <= ? ORDER BY date DESC LIMIT 1`,
    );
    this.boundsStatement = db.prepare(
      `SELECT min(date) AS first, max(date) AS last FROM follower_snapshots
        WHERE channel_id = ? AND metric = ? AND deleted_at IS NULL`,
    );
  }

  /** Null when the channel has no live count at all. */
  dominantMetric(channelId: string): SnapshotMetric | null {
    // Nearly every channel has one metric: four index probes tell, without counting its history.
    const present = SNAPSHOT_METRICS.filter((metric) => this.hasMetricStatement.get(channelId, metric) !== undefined);
    if (present.length <= 1) return present[0] ?? null;
    return (this.metricStatement.get(channelId) as SnapshotMetric | undefined) ?? null;
  }

  /** Counts in [from, to] (open ends: the whole history), oldest first. */
  range(channelId: string, metric: SnapshotMetric, from?: string | null, to?: string | null): RawCounts {
    const text = this.rangeStatement.get({ channelId, metric, from: from ?? '0000-01-01', to: to ?? '9999-12-31' }) as
      string | null;
    return text ? parseSeriesText(text) : { days: [], counts: [] };
  }

  /** The last known count on or before `date`, or null. */
  atOrBefore(channelId: string, metric: SnapshotMetric, date: string): DatedCount | null {
    return (this.atOrBeforeStatement.get(channelId, metric, date) as DatedCount | undefined) ?? null;
  }

  /** First and last date with a count, or null. */
  bounds(channelId: string, metric: SnapshotMetric): { first: string; last: string } | null {
    const row = this.boundsStatement.get(channelId, metric) as { first: string | null; last: string | null };
    return row.first && row.last ? { first: row.first, last: row.last } : null;
  }
}

/** Reads "YYYY-MM-DD:count,..." in one pass over the characters; the result is in date order. */
export function parseSeriesText(text: string): RawCounts {
  const days: number[] = [];
  const counts: number[] = [];
  const digit = (at: number) => text.charCodeAt(at) - 48;
  let at = 0;
  while (at < text.length) {
    const year = digit(at) * 1000 + digit(at + 1) * 100 + digit(at + 2) * 10 + digit(at + 3);
    const month = digit(at + 5) * 10 + digit(at + 6);
    const day = digit(at + 8) * 10 + digit(at + 9);
    at += 11; // past "YYYY-MM-DD:"
    let count = 0;
    while (at < text.length && text.charCodeAt(at) !== 44) count = count * 10 + digit(at++);
    at += 1; // past ","
    days.push(dayFromParts(year, month, day));
    counts.push(count);
  }
  for (let i = 1; i < days.length; i += 1) if (days[i]! <= days[i - 1]!) return sortByDay(days, counts);
  return { days, counts };
}

/** SQLite does not promise string_agg keeps its input's order: should it ever not, sort here. */
function sortByDay(days: number[], counts: number[]): RawCounts {
  const order = days.map((_, i) => i).sort((a, b) => days[a]! - days[b]!);
  return { days: order.map((i) => days[i]!), counts: order.map((i) => counts[i]!) };
}
