import type Database from 'better-sqlite3';
import type { Budget } from '../../../shared/domain/budget';
import type { Platform } from '../../../shared/domain/channel';
import type { CostCategory, Recurrence } from '../../../shared/domain/cost';
import type { SnapshotMetric } from '../../../shared/domain/snapshot';
import type { DatedCount } from './followerFigures';

export interface OverviewOrganisation {
  id: string;
  name: string;
  parentId: string | null;
}

export interface OverviewChannel {
  id: string;
  name: string;
  platform: Platform;
  organisationId: string | null;
  status: string | null;
  /** Metric of the channel's newest live count (channels.latest_metric), null without counts. */
  metric: SnapshotMetric | null;
}

export interface OverviewLine {
  channelId: string | null;
  organisationId: string | null;
  category: CostCategory;
  amountCents: number;
  startDate: string;
  endDate: string | null;
  recurrence: Recurrence;
}

type LineRow = [string | null, string | null, CostCategory, number, string, string | null, Recurrence];

/** What the overview needs of a budget: what it is for and how much. */
export type OverviewBudget = Pick<Budget, 'id' | 'year' | 'channelId' | 'organisationId' | 'category' | 'amountCents'>;

/**
 * The SQL the overview reads with, prepared once per service. Only live rows (deleted_at IS NULL);
 * whether a line's or budget's owner is live is decided by the caller against the live channels
 * and organisations it read, so every rule about owners sits in one place.
 */
export class CostOverviewReader {
  private readonly organisationsStatement: Database.Statement;
  private readonly channelsStatement: Database.Statement;
  private readonly linesStatement: Database.Statement;
  private readonly budgetsStatement: Database.Statement;
  private readonly withoutCostStatement: Database.Statement;
  private readonly countOnDatesStatement: Database.Statement;
  private readonly datedCountOnOrBeforeStatement: Database.Statement;
  private readonly firstCountBetweenStatement: Database.Statement;

  constructor(db: Database.Database) {
    this.organisationsStatement = db.prepare(
      `SELECT id, name, parent_id AS parentId FROM organisations WHERE deleted_at IS NULL`,
    );
    this.channelsStatement = db.prepare(
      `SELECT id, name, platform, organisation_id AS organisationId, status, latest_metric AS metric
         FROM channels WHERE deleted_at IS NULL`,
    );
    // Lines that can pay for a day of the range: started by its end, and not ended before its
    // start (a running recurring line may still cover it; a one-day line only inside it).
    this.linesStatement = db
      .prepare(
        `SELECT channel_id, organisation_id, category, amount_cents, start_date, end_date, recurrence
           FROM cost_lines
          WHERE deleted_at IS NULL AND start_date <= @to
            AND (end_date >= @from OR (end_date IS NULL AND (recurrence <> 'once' OR start_date >= @from)))`,
      )
      .raw();
    this.budgetsStatement = db.prepare(
      `SELECT id, year, channel_id AS channelId, organisation_id AS organisationId, category, amount_cents AS amountCents
         FROM budgets WHERE deleted_at IS NULL AND year BETWEEN @fromYear AND @toYear`,
    );
    this.withoutCostStatement = db
      .prepare(
        `SELECT c.id FROM channels c
          WHERE c.deleted_at IS NULL AND (c.status IS NULL OR c.status <> 'removed')
            AND NOT EXISTS (SELECT 1 FROM cost_lines l WHERE l.channel_id = c.id AND l.deleted_at IS NULL)
          ORDER BY c.name_folded, c.id`,
      )
      .pluck();
    // One statement for many channels (ids as a JSON array) and dates. Each count is one probe of
    // the covering (channel, metric, date, count) index of live counts, in the channel's latest
    // metric: a subquery per column rather than a join on the row, which would read the table row
    // too (measured: half the time for 1,000 channels); all dates in one statement, not one each
    // (a third less for ten year ends).
    const latest = (column: string, date: string) =>
      `(SELECT ${column} FROM follower_snapshots
         WHERE channel_id = c.id AND metric = c.latest_metric AND deleted_at IS NULL AND date <= ${date}
         ORDER BY date DESC LIMIT 1)`;
    const first = (column: string) =>
      `(SELECT ${column} FROM follower_snapshots
         WHERE channel_id = c.id AND metric = c.latest_metric AND deleted_at IS NULL AND date >= @from AND date <= @to
         ORDER BY date LIMIT 1)`;
    const perChannel = (columns: string, more = '') => `SELECT * FROM (SELECT c.id AS channelId, ${columns}
       FROM json_each(@ids) j JOIN channels c ON c.id = j.value ${more}) WHERE count IS NOT NULL`;
    this.countOnDatesStatement = db
      .prepare(perChannel(`d.value AS date, ${latest('count', 'd.value')} AS count`, 'CROSS JOIN json_each(@dates) d'))
      .raw();
    this.datedCountOnOrBeforeStatement = db.prepare(
      perChannel(`${latest('date', '@date')} AS date, ${latest('count', '@date')} AS count`),
    );
    this.firstCountBetweenStatement = db.prepare(perChannel(`${first('count')} AS count`));
  }

  organisations(): OverviewOrganisation[] {
    return this.organisationsStatement.all() as OverviewOrganisation[];
  }

  channels(): OverviewChannel[] {
    return this.channelsStatement.all() as OverviewChannel[];
  }

  /** Live lines that may pay for a day between `from` and `to` (ISO dates). */
  lines(from: string, to: string): OverviewLine[] {
    // Rows as arrays, made into objects here: better-sqlite3 takes twice as long to build the objects itself.
    return (this.linesStatement.all({ from, to }) as LineRow[]).map(
      ([channelId, organisationId, category, amountCents, startDate, endDate, recurrence]) => ({
        channelId,
        organisationId,
        category,
        amountCents,
        startDate,
        endDate,
        recurrence,
      }),
    );
  }

  budgets(fromYear: number, toYear: number): OverviewBudget[] {
    return this.budgetsStatement.all({ fromYear, toYear }) as OverviewBudget[];
  }

  /** Ids of live, not removed channels without any live cost line of their own, by name. */
  channelsWithoutCost(): string[] {
    return this.withoutCostStatement.all() as string[];
  }

  /**
   * Per date, each channel's latest live count on or before it, in its latest metric; channels
   * without one are absent.
   */
  countsOnDates(channelIds: readonly string[], dates: readonly string[]): Map<string, Map<string, number>> {
    const found = new Map(dates.map((date) => [date, new Map<string, number>()]));
    const rows = this.countOnDatesStatement.all({ ids: JSON.stringify(channelIds), dates: JSON.stringify(dates) });
    for (const [channelId, date, count] of rows as Array<[string, string, number]>) found.get(date)!.set(channelId, count);
    return found;
  }

  /** Each channel's latest live count on or before `date`, with that count's date. */
  datedCountsOnOrBefore(channelIds: readonly string[], date: string): Map<string, DatedCount> {
    return byChannel(this.datedCountOnOrBeforeStatement.all({ ids: JSON.stringify(channelIds), date }));
  }

  /** Each channel's first live count in [from, to], in its latest metric. */
  firstCountsBetween(channelIds: readonly string[], from: string, to: string): Map<string, number> {
    return countByChannel(this.firstCountBetweenStatement.all({ ids: JSON.stringify(channelIds), from, to }));
  }
}

function countByChannel(rows: unknown[]): Map<string, number> {
  return new Map((rows as Array<{ channelId: string; count: number }>).map((row) => [row.channelId, row.count]));
}

function byChannel(rows: unknown[]): Map<string, DatedCount> {
  return new Map(
    (rows as Array<DatedCount & { channelId: string }>).map((row) => [row.channelId, { date: row.date, count: row.count }]),
  );
}
