import type Database from 'better-sqlite3';
import type { ChannelKind, ChannelStatus, Platform } from '../../../shared/domain/channel';
import type { SnapshotMetric } from '../../../shared/domain/snapshot';

export interface ReviewCount {
  date: string;
  count: number;
  metric: SnapshotMetric;
}

/** One live channel (not removed) with everything the rules read about it. */
export interface ReviewChannel {
  id: string;
  name: string;
  kind: ChannelKind;
  platform: Platform;
  status: ChannelStatus | null;
  url: string | null;
  /** The URL's comparison key (migration 0002): twitter.com and x.com are one account. */
  urlKey: string | null;
  organisationId: string | null;
  organisationName: string | null;
  responsiblePersonId: string | null;
  responsiblePersonName: string | null;
  /** Null when nobody is responsible; false when the person left (inactive) or was deleted. */
  responsiblePersonActive: boolean | null;
  createdByWebmasters: boolean | null;
  passwordsCentralised: boolean | null;
  hasPosted: boolean | null;
  lastActivityOn: string | null;
  eventEndedOn: string | null;
  reviewedOn: string | null;
  notes: string | null;
  /** The newest count on or before the reference date. */
  latest: ReviewCount | null;
  /** The newest count in the same metric at least dormantMonths before `latest` (growth over the window). */
  earlier: ReviewCount | null;
  /** Known cost of the last full calendar year before the reference date (cents); null when none. */
  lastYearCostCents: number | null;
}

export interface ReviewInput {
  referenceDate: string;
  /** The calendar year the cost figures are for. */
  costYear: number;
  channels: ReviewChannel[];
}

interface ChannelSqlRow extends Omit<
  ReviewChannel,
  | 'latest'
  | 'earlier'
  | 'lastYearCostCents'
  | 'createdByWebmasters'
  | 'passwordsCentralised'
  | 'hasPosted'
  | 'responsiblePersonActive'
> {
  createdByWebmasters: number | null;
  passwordsCentralised: number | null;
  hasPosted: number | null;
  personActive: number | null;
  personDeleted: number | null;
  latestDate: string | null;
  latestCount: number | null;
  latestMetric: SnapshotMetric | null;
}

const yesNo = (value: number | null): boolean | null => (value === null ? null : value === 1);

/**
 * Reads once, with SQL, what every rule looks at: the live, not removed channels with their
 * organisation, responsible person (and whether they are still active), the latest count on or
 * before the reference date and the count at least `dormantMonths` before that one. Costs come
 * from the cost overview (passed in), so the review and the Kosten page cannot disagree.
 */
export function readReviewInput(
  db: Database.Database,
  options: {
    referenceDate: string;
    windowStart: (latestDate: string) => string;
    costs: Map<string, number>;
    costYear: number;
    /** Only this channel (a decision about one channel's finding); all of them when absent. */
    channelId?: string;
  },
): ReviewInput {
  const oneSnapshot = options.channelId === undefined ? '' : 'AND s.channel_id = @channelId';
  const oneChannel = options.channelId === undefined ? '' : 'AND c.id = @channelId';
  const rows = db
    .prepare(
      `WITH latest AS (
         SELECT s.channel_id, s.date, s.count, s.metric,
                row_number() OVER (PARTITION BY s.channel_id ORDER BY s.date DESC, s.count DESC) AS n
           FROM follower_snapshots s
          WHERE s.deleted_at IS NULL AND s.date <= @referenceDate ${oneSnapshot}
       )
       SELECT c.id, c.name, c.kind, c.platform, c.status, c.url, c.url_key AS urlKey,
              o.id AS organisationId, o.name AS organisationName,
              c.responsible_person_id AS responsiblePersonId, p.name AS responsiblePersonName,
              p.active AS personActive, p.deleted_at IS NOT NULL AS personDeleted,
              c.created_by_webmasters AS createdByWebmasters, c.passwords_centralised AS passwordsCentralised,
              c.has_posted AS hasPosted, c.last_activity_on AS lastActivityOn, c.event_ended_on AS eventEndedOn,
              c.reviewed_on AS reviewedOn, c.notes,
              l.date AS latestDate, l.count AS latestCount, l.metric AS latestMetric
         FROM channels c
         LEFT JOIN organisations o ON o.id = c.organisation_id AND o.deleted_at IS NULL
         LEFT JOIN people p ON p.id = c.responsible_person_id
         LEFT JOIN latest l ON l.channel_id = c.id AND l.n = 1
        WHERE c.deleted_at IS NULL AND c.status IS NOT 'removed' ${oneChannel}
        ORDER BY c.name_folded, c.id`,
    )
    .all({ referenceDate: options.referenceDate, channelId: options.channelId ?? null }) as ChannelSqlRow[];

  const earlierCount = db.prepare(
    `SELECT date, count FROM follower_snapshots
      WHERE channel_id = ? AND metric = ? AND deleted_at IS NULL AND date <= ?
      ORDER BY date DESC LIMIT 1`,
  );
  const channels = rows.map((row): ReviewChannel => {
    const latest =
      row.latestDate !== null && row.latestCount !== null && row.latestMetric !== null
        ? { date: row.latestDate, count: row.latestCount, metric: row.latestMetric }
        : null;
    const earlierRow = latest
      ? (earlierCount.get(row.id, latest.metric, options.windowStart(latest.date)) as { date: string; count: number } | undefined)
      : undefined;
    return {
      id: row.id,
      name: row.name,
      kind: row.kind,
      platform: row.platform,
      status: row.status,
      url: row.url,
      urlKey: row.urlKey,
      organisationId: row.organisationId,
      organisationName: row.organisationName,
      responsiblePersonId: row.responsiblePersonId,
      responsiblePersonName: row.responsiblePersonName,
      responsiblePersonActive: row.responsiblePersonId === null ? null : row.personActive === 1 && row.personDeleted !== 1,
      createdByWebmasters: yesNo(row.createdByWebmasters),
      passwordsCentralised: yesNo(row.passwordsCentralised),
      hasPosted: yesNo(row.hasPosted),
      lastActivityOn: row.lastActivityOn,
      eventEndedOn: row.eventEndedOn,
      reviewedOn: row.reviewedOn,
      notes: row.notes,
      latest,
      earlier: earlierRow && latest ? { ...earlierRow, metric: latest.metric } : null,
      lastYearCostCents: options.costs.get(row.id) ?? null,
    };
  });
  return { referenceDate: options.referenceDate, costYear: options.costYear, channels };
}
