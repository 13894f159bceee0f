import type Database from 'better-sqlite3';
import { CostOverviewReader } from '../costOverview/costOverviewReader';
import type { ExportCount } from './exportDataset';

export interface ChannelPeriodCounts {
  atFrom: ExportCount | null;
  atTo: ExportCount | null;
  /** Oldest first. */
  inPeriod: ExportCount[];
}

const NONE: ChannelPeriodCounts = { atFrom: null, atTo: null, inPeriod: [] };

/**
 * Each channel's counts for an export period, in its latest metric (the one the grid shows):
 * the latest count on or before `from`, every count from `from` to `to`, and so the latest on
 * or before `to` (the last one in the period, else the one before it). Two statements for any
 * number of channels: one index probe per channel for `from` (the cost overview's reader) and
 * one walk over the covering series index (migration 0003) for the period.
 */
export function readPeriodCounts(
  db: Database.Database,
  channelIds: readonly string[],
  from: string,
  to: string,
): (channelId: string) => ChannelPeriodCounts {
  const ids = JSON.stringify(channelIds);
  const atFrom = new CostOverviewReader(db).datedCountsOnOrBefore(channelIds, from);
  const inPeriod = new Map<string, ExportCount[]>();
  const rows = db
    .prepare(
      `SELECT s.channel_id, s.date, s.count
         FROM json_each(@ids) j
         JOIN channels c ON c.id = j.value
         JOIN follower_snapshots s INDEXED BY follower_snapshots_series
           ON s.channel_id = c.id AND s.metric = c.latest_metric AND s.deleted_at IS NULL AND s.date BETWEEN @from AND @to
        ORDER BY s.channel_id, s.date`,
    )
    .raw()
    .iterate({ ids, from, to }) as IterableIterator<[string, string, number]>;
  for (const [channelId, date, count] of rows) {
    let counts = inPeriod.get(channelId);
    if (!counts) inPeriod.set(channelId, (counts = []));
    counts.push({ date, count });
  }
  return (channelId) => {
    const before = atFrom.get(channelId) ?? null;
    const during = inPeriod.get(channelId);
    if (!before && !during) return NONE;
    return { atFrom: before, atTo: during ? during[during.length - 1]! : before, inPeriod: during ?? [] };
  };
}

/**
 * Growth over the period: the count at its end minus the count at its start. Unknown (null)
 * without a count on or before the start, and when nothing was counted after the start: a
 * register whose last count is years old has not "grown by 0" in the period.
 */
export function periodGrowth(counts: ChannelPeriodCounts, from: string): number | null {
  if (!counts.atFrom || !counts.atTo || counts.atTo.date <= from) return null;
  return counts.atTo.count - counts.atFrom.count;
}
