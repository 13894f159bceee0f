import type Database from 'better-sqlite3';
import {
  costOverviewQuerySchema,
  type ChannelCostTotal,
  type CostOverview,
  type CostOverviewQuery,
  type CostYearTotal,
  type UnknownCostChannel,
} from '../../../shared/domain/costOverview';
import { notFound } from '../errors';
import { validate } from '../validation';
import { BudgetActuals, budgetComparisons, viewBudget } from './budgetComparison';
import type { CategoryYears } from './categoryYears';
import { buildCostModel, type CostRange } from './costModel';
import {
  CostOverviewReader,
  type OverviewBudget,
  type OverviewChannel,
  type OverviewLine,
  type OverviewOrganisation,
} from './costOverviewReader';
import { followerFigures } from './followerFigures';
import { localToday } from './localToday';
import { OrganisationTree } from './organisationTree';
import { categoryCents, overviewTables, type ChannelCostRow } from './overviewTables';
import { OverviewView } from './overviewView';

/** The live part of the register the overview works on: owners that are gone take their lines and budgets with them. */
interface LiveRegister {
  organisations: Map<string, OverviewOrganisation>;
  tree: OrganisationTree;
  channels: Map<string, OverviewChannel>;
  lines: OverviewLine[];
  budgets: OverviewBudget[];
}

/**
 * costs.overview: reads the live lines, budgets, channels, organisations and counts, and answers
 * the totals the "Kosten" page and `kanalenregister costs` show. Reads only. The rules are in
 * shared/domain/costOverview.ts; the arithmetic in the modules next to this one.
 */
export class CostOverviewService {
  private readonly reader: CostOverviewReader;

  constructor(db: Database.Database) {
    this.reader = new CostOverviewReader(db);
  }

  overview(query: CostOverviewQuery, today: () => string = localToday): CostOverview {
    const valid = validate(costOverviewQuerySchema, query);
    const range: CostRange = { fromYear: valid.fromYear, toYear: valid.toYear, asOf: valid.asOf ?? today() };
    const allocation = valid.allocation ?? 'none';
    const live = this.readLive(range);
    if (valid.organisationId && !live.organisations.has(valid.organisationId)) {
      throw notFound({ nl: 'Organisatie', en: 'Organisation' }, valid.organisationId);
    }

    const model = buildCostModel({
      range,
      allocation,
      lines: live.lines,
      channels: live.channels,
      tree: live.tree,
      counts: (ids, dates) => this.reader.countsOnDates(ids, dates),
    });
    const view = new OverviewView(valid, live.tree);
    const tables = overviewTables(model, { range, view, channels: live.channels, organisations: live.organisations });
    const actuals = new BudgetActuals(model, { channels: live.channels, tree: live.tree, fromYear: range.fromYear });

    return {
      fromYear: range.fromYear,
      toYear: range.toYear,
      asOf: range.asOf,
      allocation,
      allocationFallback: tables.allocationFallback,
      totalCents: tables.totalCents,
      unallocatedCents: tables.unallocatedCents,
      years: yearRows(tables.whole, range, view, (year) => viewBudget(live.budgets, year, valid.organisationId ?? null, view)),
      byCategory: tables.byCategory,
      byChannel: this.withFollowers(tables.byChannel, range, live.channels),
      byOrganisation: tables.byOrganisation,
      byPlatform: tables.byPlatform,
      budgets: budgetComparisons(live.budgets, actuals, { view, channels: live.channels, organisations: live.organisations }),
      unknownCost: this.unknownCost(live, view),
    };
  }

  private readLive(range: CostRange): LiveRegister {
    const organisations = new Map(this.reader.organisations().map((organisation) => [organisation.id, organisation]));
    const channels = new Map<string, OverviewChannel>();
    for (const channel of this.reader.channels()) {
      // A channel under an organisation that is gone counts as one without organisation.
      const organisationId =
        channel.organisationId !== null && organisations.has(channel.organisationId) ? channel.organisationId : null;
      channels.set(channel.id, { ...channel, organisationId });
    }
    const ownerIsLive = (owner: { channelId: string | null; organisationId: string | null }) =>
      owner.channelId !== null
        ? channels.has(owner.channelId)
        : owner.organisationId === null || organisations.has(owner.organisationId);
    return {
      organisations,
      tree: new OrganisationTree(organisations.values()),
      channels,
      lines: this.reader.lines(`${range.fromYear}-01-01`, `${range.toYear}-12-31`).filter(ownerIsLive),
      budgets: this.reader.budgets(range.fromYear, range.toYear).filter(ownerIsLive),
    };
  }

  /** Followers at the range's end (or asOf, if earlier), gained since its start, and the cost of each. */
  private withFollowers(
    rows: readonly ChannelCostRow[],
    range: CostRange,
    channels: ReadonlyMap<string, OverviewChannel>,
  ): ChannelCostTotal[] {
    const rangeStart = `${range.fromYear}-01-01`;
    const rangeEnd = `${range.toYear}-12-31`;
    const countDate = rangeEnd < range.asOf ? rangeEnd : range.asOf;
    const baseDate = rangeStart < countDate ? rangeStart : countDate;
    const ids = rows.map((row) => row.channelId);
    const ends = this.reader.datedCountsOnOrBefore(ids, countDate);
    const bases = this.reader.countsOnDates(ids, [baseDate]).get(baseDate)!;
    // No count before the range: the first one inside it is where the gain is counted from.
    const firsts = this.reader.firstCountsBetween(
      ids.filter((id) => !bases.has(id)),
      baseDate,
      countDate,
    );
    return rows.map((row) => ({
      ...row,
      ...followerFigures(
        row.totalCents,
        channels.get(row.channelId)!.metric,
        ends.get(row.channelId) ?? null,
        bases.get(row.channelId) ?? firsts.get(row.channelId) ?? null,
      ),
    }));
  }

  /** "Kosten onbekend": live, not removed channels of the view without any cost line of their own, by name. */
  private unknownCost(live: LiveRegister, view: OverviewView): UnknownCostChannel[] {
    return this.reader
      .channelsWithoutCost()
      .map((id) => live.channels.get(id)!)
      .filter((channel) => view.hasChannel(channel))
      .map((channel) => ({
        channelId: channel.id,
        channelName: channel.name,
        platform: channel.platform,
        organisationName: channel.organisationId === null ? null : (live.organisations.get(channel.organisationId)?.name ?? null),
        status: channel.status,
      }));
  }
}

function yearRows(
  whole: CategoryYears,
  range: CostRange,
  view: OverviewView,
  budgetOf: (year: number) => OverviewBudget | null,
): CostYearTotal[] {
  const rows: CostYearTotal[] = [];
  for (let year = range.fromYear; year <= range.toYear; year += 1) {
    const offset = year - range.fromYear;
    const totalCents = whole.year(offset, view.categories);
    const budget = budgetOf(year);
    rows.push({
      year,
      totalCents,
      byCategory: categoryCents(whole, offset, view.categories),
      budgetCents: budget?.amountCents ?? null,
      differenceCents: budget ? budget.amountCents - totalCents : null,
    });
  }
  return rows;
}
