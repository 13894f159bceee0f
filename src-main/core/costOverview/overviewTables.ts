import type { Platform } from '../../../shared/domain/channel';
import { COST_CATEGORIES } from '../../../shared/domain/cost';
import type {
  CategoryCents,
  CategoryCostTotal,
  ChannelCostTotal,
  OrganisationCostTotal,
  PlatformCostTotal,
} from '../../../shared/domain/costOverview';
import { CategoryYears, entryOf } from './categoryYears';
import type { CostModel, CostRange } from './costModel';
import type { OverviewChannel, OverviewOrganisation } from './costOverviewReader';
import type { FollowerFigures } from './followerFigures';
import type { OverviewView } from './overviewView';

export type ChannelCostRow = Omit<ChannelCostTotal, keyof FollowerFigures>;

export interface OverviewTables {
  totalCents: number;
  unallocatedCents: number;
  /** The view's cents per category and year (year rows and byCategory). */
  whole: CategoryYears;
  byCategory: CategoryCostTotal[];
  byChannel: ChannelCostRow[];
  byOrganisation: OrganisationCostTotal[];
  byPlatform: PlatformCostTotal[];
  allocationFallback: Array<{ organisationId: string; organisationName: string }>;
}

const collator = new Intl.Collator('nl', { sensitivity: 'base', numeric: true });

/**
 * The totals of the view, from the model: per channel (direct and allocated apart), per
 * organisation (lines of its own channels and its own shared lines; sub-organisations have their
 * own row), per platform (direct plus allocated) and per category. A channel, organisation or
 * platform is listed when a line of it reaches into the range in the chosen categories, or it got
 * a part of a shared line — even when that comes to 0 cents. Largest cost first.
 */
export function overviewTables(
  model: CostModel,
  context: {
    range: CostRange;
    view: OverviewView;
    channels: ReadonlyMap<string, OverviewChannel>;
    organisations: ReadonlyMap<string, OverviewOrganisation>;
  },
): OverviewTables {
  const { view, range } = context;
  const categories = view.categories;
  const years = model.yearCount;
  const yearTotals = (chosen: readonly number[], ...parts: Array<CategoryYears | undefined>) => {
    const byYear: Record<number, number> = {};
    for (let year = 0; year < years; year += 1) {
      byYear[range.fromYear + year] = parts.reduce((sum, part) => sum + (part?.year(year, chosen) ?? 0), 0);
    }
    return byYear;
  };

  // Parts of shared lines of organisations outside the view stay outside it.
  const allocated = new Map<string, CategoryYears>();
  for (const part of model.allocated) {
    if (view.hasOrganisation(part.organisationId)) entryOf(allocated, part.channelId, years).addAll(part.cents);
  }

  const whole = new CategoryYears(years);
  const ofOwnChannels = new Map<string, CategoryYears>();
  const byChannel: ChannelCostRow[] = [];
  const byPlatform = new Map<Platform, PlatformCostTotal>();
  for (const channel of context.channels.values()) {
    if (!view.hasChannel(channel)) continue;
    const direct = model.direct.get(channel.id);
    const parts = allocated.get(channel.id);
    if (!direct?.touches(categories) && !parts?.touches(categories)) continue;
    if (direct) {
      whole.addAll(direct);
      if (channel.organisationId !== null) entryOf(ofOwnChannels, channel.organisationId, years).addAll(direct);
    }
    const directCents = direct?.total(categories) ?? 0;
    const allocatedCents = parts?.total(categories) ?? 0;
    byChannel.push({
      channelId: channel.id,
      channelName: channel.name,
      platform: channel.platform,
      organisationId: channel.organisationId,
      organisationName:
        channel.organisationId === null ? null : (context.organisations.get(channel.organisationId)?.name ?? null),
      directCents,
      allocatedCents,
      totalCents: directCents + allocatedCents,
      byYear: yearTotals(categories, direct, parts),
    });
    const platform = byPlatform.get(channel.platform) ?? { platform: channel.platform, totalCents: 0, allocatedCents: 0 };
    platform.totalCents += directCents + allocatedCents;
    platform.allocatedCents += allocatedCents;
    byPlatform.set(channel.platform, platform);
  }

  let sharedCents = 0;
  const byOrganisation: OrganisationCostTotal[] = [];
  for (const organisation of context.organisations.values()) {
    if (!view.hasOrganisation(organisation.id)) continue;
    const shared = model.shared.get(organisation.id);
    const own = ofOwnChannels.get(organisation.id);
    if (!shared?.touches(categories) && !own?.touches(categories)) continue;
    if (shared) whole.addAll(shared);
    const organisationShared = shared?.total(categories) ?? 0;
    const channelCents = own?.total(categories) ?? 0;
    sharedCents += organisationShared;
    byOrganisation.push({
      organisationId: organisation.id,
      organisationName: organisation.name,
      channelCents,
      sharedCents: organisationShared,
      totalCents: channelCents + organisationShared,
      byYear: yearTotals(categories, own, shared),
    });
  }

  const allocatedCents = byChannel.reduce((sum, row) => sum + row.allocatedCents, 0);
  const byName = (a: string, b: string) => collator.compare(a, b);
  return {
    totalCents: whole.total(categories),
    unallocatedCents: sharedCents - allocatedCents,
    whole,
    byCategory: categories.map((category) => ({
      category: COST_CATEGORIES[category]!,
      totalCents: whole.total([category]),
      byYear: yearTotals([category], whole),
    })),
    byChannel: byChannel.sort(
      (a, b) => b.totalCents - a.totalCents || byName(a.channelName, b.channelName) || (a.channelId < b.channelId ? -1 : 1),
    ),
    byOrganisation: byOrganisation.sort((a, b) => b.totalCents - a.totalCents || byName(a.organisationName, b.organisationName)),
    byPlatform: [...byPlatform.values()].sort((a, b) => b.totalCents - a.totalCents || (a.platform < b.platform ? -1 : 1)),
    allocationFallback: [...model.fallback]
      .filter((id) => view.hasOrganisation(id) && model.shared.get(id)?.touches(categories))
      .map((id) => ({ organisationId: id, organisationName: context.organisations.get(id)?.name ?? id }))
      .sort((a, b) => byName(a.organisationName, b.organisationName)),
  };
}

/** Cents per category for one year of the range: every category present, 0 outside the view's categories. */
export function categoryCents(whole: CategoryYears, year: number, categories: readonly number[]): CategoryCents {
  return Object.fromEntries(
    COST_CATEGORIES.map((category, index) => [category, categories.includes(index) ? whole.at(index, year) : 0]),
  ) as CategoryCents;
}
