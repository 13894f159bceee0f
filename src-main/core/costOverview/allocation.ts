import { CATEGORY_COUNT, CategoryYears } from './categoryYears';
import { splitByWeights } from './largestRemainder';

export type AllocationRule = 'equal' | 'followers';

/**
 * The weights of one organisation's channels in one year. "equal": one each. "followers": each
 * channel's count (a channel without one weighs 0); when no channel has a count above 0 there is
 * nothing to go by, so equal parts, and `fallback` says so.
 */
export function allocationWeights(
  rule: AllocationRule,
  counts: readonly (number | null)[],
): { weights: number[]; fallback: boolean } {
  if (rule === 'followers') {
    const weights = counts.map((count) => count ?? 0);
    if (weights.some((weight) => weight > 0)) return { weights, fallback: false };
  }
  return { weights: counts.map(() => 1), fallback: rule === 'followers' };
}

/** One channel's part of one organisation's shared lines, per category and year. */
export interface AllocatedPart {
  organisationId: string;
  channelId: string;
  cents: CategoryYears;
}

export interface SharedAllocation {
  parts: AllocatedPart[];
  /** Organisations whose "followers" allocation fell back to equal parts in a year with money to divide. */
  fallback: Set<string>;
}

/**
 * Divides every organisation's shared cents over its channels, per year and per category, each
 * amount split by largest remainder so the parts add up to it exactly. Per year because the
 * weights are counts at that year's end; per category so budgets per category and channel see
 * their share.
 */
export function allocateShared(
  shared: ReadonlyMap<string, CategoryYears>,
  options: {
    rule: AllocationRule;
    yearCount: number;
    /** The channels to divide over (live, not removed, of the organisation and its sub-organisations), in a fixed order. */
    channelsOf: (organisationId: string) => readonly string[];
    /** Follower counts at the end of year `year` (offset in the range, or asOf if earlier); only asked for "followers". */
    countsAt: (year: number) => ReadonlyMap<string, number>;
  },
): SharedAllocation {
  const result: SharedAllocation = { parts: [], fallback: new Set() };
  for (const [organisationId, cents] of shared) {
    const channels = options.channelsOf(organisationId);
    // No channel to divide over: the money stays the organisation's, unallocated.
    if (channels.length === 0) continue;
    const parts = channels.map((channelId) => {
      const part = new CategoryYears(options.yearCount);
      part.touched = cents.touched;
      result.parts.push({ organisationId, channelId, cents: part });
      return part;
    });
    for (let year = 0; year < options.yearCount; year += 1) {
      const categories = [...Array(CATEGORY_COUNT).keys()].filter((category) => cents.at(category, year) !== 0);
      if (categories.length === 0) continue;
      const counts = options.rule === 'followers' ? options.countsAt(year) : null;
      const { weights, fallback } = allocationWeights(
        options.rule,
        channels.map((channelId) => counts?.get(channelId) ?? null),
      );
      if (fallback) result.fallback.add(organisationId);
      for (const category of categories) {
        const split = splitByWeights(cents.at(category, year), weights);
        for (let i = 0; i < parts.length; i += 1) parts[i]!.add(category, year, split[i]!);
      }
    }
  }
  return result;
}
