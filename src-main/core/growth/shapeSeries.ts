import type { GrowthPoint } from '../../../shared/domain/growth';
import { fromDay } from './days';
import { findGaps } from './gaps';
import { lttbIndices } from './lttb';

export interface RawCounts {
  /** Ascending days (see days.ts), one count each. */
  days: number[];
  counts: number[];
}

export interface ShapeOptions {
  mode: 'absolute' | 'indexed';
  interpolate: boolean;
  maxPoints: number;
}

/** When a series needs downsampling, at most this share of its budget goes to showing gaps. */
const GAP_SHARE = 0.1;

/**
 * Turns a channel's counts in the range into the points a line chart draws.
 *
 * - Measured counts are never invented: a day without a count is simply absent.
 * - A gap (see gaps.ts) gets one extra point at its middle: value null, so the chart breaks the
 *   line there; or, with `interpolate`, the straight-line value at that day, marked interpolated,
 *   so the line is drawn across and the table can say which value was made up.
 * - Indexed: each count as a percentage of the first count in the range (first = 100). A first
 *   count of 0 has no percentage: every value is then null (the series' `first` says why).
 * - At most `maxPoints` points: LTTB keeps the shape, the first and last count, the lowest and
 *   the highest, and both edges of every gap shown.
 */
export function shapeSeries(raw: RawCounts, options: ShapeOptions): { points: GrowthPoint[]; downsampled: boolean } {
  const { days, counts } = raw;
  const n = days.length;
  if (n === 0) return { points: [], downsampled: false };
  const base = counts[0]!;
  const value = (count: number): number | null =>
    options.mode === 'absolute' ? count : base === 0 ? null : Math.round((count / base) * 10_000) / 100;

  let gaps = findGaps(days);
  if (n + gaps.length > options.maxPoints && gaps.length > options.maxPoints * GAP_SHARE) {
    // Too many to show each one: the widest stay gaps, the others are drawn as ordinary stretches.
    const widest = [...gaps].sort((a, b) => days[b + 1]! - days[b]! - (days[a + 1]! - days[a]!) || a - b);
    gaps = widest.slice(0, Math.floor(options.maxPoints * GAP_SHARE)).sort((a, b) => a - b);
  }
  const edges = gaps.flatMap((i) => [i, i + 1]);
  const kept = lttbIndices(days, counts, options.maxPoints - gaps.length, edges);

  const points: GrowthPoint[] = [];
  let nextGap = 0;
  for (const i of kept) {
    points.push({ date: fromDay(days[i]!), value: value(counts[i]!) });
    if (gaps[nextGap] === i) {
      nextGap += 1;
      const middle = Math.floor((days[i]! + days[i + 1]!) / 2);
      if (!options.interpolate) {
        points.push({ date: fromDay(middle), value: null });
      } else {
        const share = (middle - days[i]!) / (days[i + 1]! - days[i]!);
        const count = counts[i]! + (counts[i + 1]! - counts[i]!) * share;
        points.push({
          date: fromDay(middle),
          value: value(options.mode === 'absolute' ? Math.round(count) : count),
          interpolated: true,
        });
      }
    }
  }
  return { points, downsampled: kept.length < n };
}
