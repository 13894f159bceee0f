import type { AllocationMode } from '../../../shared/domain/costOverview';
import { allocateShared, type AllocatedPart } from './allocation';
import { CATEGORY_INDEX, type CategoryYears, entryOf } from './categoryYears';
import type { OverviewChannel, OverviewLine } from './costOverviewReader';
import { lineCentsPerYear } from './lineYears';
import { dayWindow } from './occurrences';
import type { OrganisationTree } from './organisationTree';

export interface CostRange {
  fromYear: number;
  toYear: number;
  asOf: string;
}

/** The register's money in the range, per owner, category and year: what every table and budget is read from. */
export interface CostModel {
  yearCount: number;
  /** Per channel, its own lines. */
  direct: Map<string, CategoryYears>;
  /** Per organisation, its own shared lines (allocated or not). */
  shared: Map<string, CategoryYears>;
  /** Channels' parts of shared lines, by the organisation they came from. */
  allocated: AllocatedPart[];
  /** Organisations whose "followers" allocation fell back to equal parts. */
  fallback: Set<string>;
}

/**
 * Spreads every line over the range's years and files it under its owner; then, unless the
 * allocation is "none", divides the shared lines over channels. `lines` must be live lines of
 * live owners (`channels` and the tree hold the live ones).
 */
export function buildCostModel(input: {
  range: CostRange;
  allocation: AllocationMode;
  lines: readonly OverviewLine[];
  channels: ReadonlyMap<string, OverviewChannel>;
  tree: OrganisationTree;
  /** Per date, the follower counts of these channels (latest on or before it, latest metric). */
  counts: (channelIds: readonly string[], dates: readonly string[]) => ReadonlyMap<string, ReadonlyMap<string, number>>;
}): CostModel {
  const { range } = input;
  const yearCount = range.toYear - range.fromYear + 1;
  const model: CostModel = { yearCount, direct: new Map(), shared: new Map(), allocated: [], fallback: new Set() };
  const window = dayWindow({ from: `${range.fromYear}-01-01`, to: `${range.toYear}-12-31`, asOf: range.asOf });
  for (const line of input.lines) {
    const years = lineCentsPerYear(line, window);
    if (years === null) continue;
    const owner = line.channelId
      ? entryOf(model.direct, line.channelId, yearCount)
      : entryOf(model.shared, line.organisationId!, yearCount);
    owner.addYears(CATEGORY_INDEX.get(line.category)!, years);
  }
  if (input.allocation === 'none' || model.shared.size === 0) return model;

  const channelsOf = allocationTargets(input.channels, input.tree, [...model.shared.keys()]);
  // The weights of a year are the counts at its end, or at asOf if that is earlier; all years'
  // counts are read at once, the first time a year needs them.
  const countDates = Array.from({ length: yearCount }, (_, year) => {
    const yearEnd = `${range.fromYear + year}-12-31`;
    return yearEnd < range.asOf ? yearEnd : range.asOf;
  });
  let counts: ReadonlyMap<string, ReadonlyMap<string, number>> | null = null;
  const result = allocateShared(model.shared, {
    rule: input.allocation,
    yearCount,
    channelsOf: (organisationId) => channelsOf.get(organisationId) ?? [],
    countsAt: (year) => {
      counts ??= input.counts([...new Set([...channelsOf.values()].flat())], [...new Set(countDates)]);
      return counts.get(countDates[year]!)!;
    },
  });
  model.allocated = result.parts;
  model.fallback = result.fallback;
  return model;
}

/**
 * For each organisation with shared lines, the channels its money is divided over: the live
 * channels of it and its sub-organisations that are not removed, ordered by id so a tied cent
 * always goes to the same channel.
 */
function allocationTargets(
  channels: ReadonlyMap<string, OverviewChannel>,
  tree: OrganisationTree,
  organisationIds: readonly string[],
): Map<string, string[]> {
  const byOrganisation = new Map<string, string[]>();
  for (const channel of channels.values()) {
    if (channel.organisationId === null || channel.status === 'removed') continue;
    const list = byOrganisation.get(channel.organisationId);
    if (list) list.push(channel.id);
    else byOrganisation.set(channel.organisationId, [channel.id]);
  }
  return new Map(
    organisationIds.map((organisationId) => [
      organisationId,
      [...tree.subtree(organisationId)].flatMap((id) => byOrganisation.get(id) ?? []).sort(),
    ]),
  );
}
