import type Database from 'better-sqlite3';
import type { MonthlySheetRow } from '../../../shared/domain/snapshotEntry';
import { channelMetric } from './defaultMetric';

interface SheetChannel {
  channelId: string;
  name: string;
  platform: string;
  organisationName: string | null;
  latestMetric: string | null;
}

/**
 * The monthly count sheet for `date`: every live channel in use (status active) or not judged
 * yet (no status), with the count before that date and the one already entered on it. Passive,
 * dormant, to-be-removed and removed channels are left out: nobody counts those every month.
 * Ordered by organisation (channels without one last), then name.
 */
export function monthlySheet(db: Database.Database, date: string): MonthlySheetRow[] {
  const channels = db
    .prepare(
      `SELECT c.id AS channelId, c.name, c.platform, o.name AS organisationName, c.latest_metric AS latestMetric
         FROM channels c LEFT JOIN organisations o ON o.id = c.organisation_id
        WHERE c.deleted_at IS NULL AND (c.status IS NULL OR c.status = 'active')
        ORDER BY o.name_folded IS NULL, o.name_folded, o.id, c.name_folded, c.id`,
    )
    .all() as SheetChannel[];
  const previous = db.prepare(
    `SELECT date, count FROM follower_snapshots
      WHERE channel_id = ? AND metric = ? AND date < ? AND deleted_at IS NULL ORDER BY date DESC LIMIT 1`,
  );
  const existing = db
    .prepare(`SELECT count FROM follower_snapshots WHERE channel_id = ? AND metric = ? AND date = ? AND deleted_at IS NULL`)
    .pluck();
  return channels.map((channel) => {
    const metric = channelMetric(channel);
    const before = previous.get(channel.channelId, metric, date) as { date: string; count: number } | undefined;
    const entered = existing.get(channel.channelId, metric, date) as number | undefined;
    return {
      channelId: channel.channelId,
      name: channel.name,
      platform: channel.platform,
      organisationName: channel.organisationName,
      metric,
      previous: before ?? null,
      existing: entered ?? null,
    };
  });
}
