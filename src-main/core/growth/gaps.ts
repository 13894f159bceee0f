/**
 * A gap is a stretch between two counts that is much longer than the channel's usual spacing:
 * more than GAP_FACTOR times the median interval. A channel counted monthly has gaps of months,
 * one counted daily of days; a missed monthly count (a 2-month interval) is no gap, a missed
 * quarter is. With fewer than two intervals nothing is "usual", so there are no gaps.
 */
export const GAP_FACTOR = 2.5;

/** Indices i such that the stretch from days[i] to days[i + 1] is a gap; `days` ascending. */
export function findGaps(days: readonly number[]): number[] {
  if (days.length < 3) return [];
  const intervals = days.slice(1).map((day, i) => day - days[i]!);
  const limit = GAP_FACTOR * median(intervals);
  const gaps: number[] = [];
  intervals.forEach((interval, i) => {
    // A gap needs a day in the middle to show it on.
    if (interval > limit && interval >= 2) gaps.push(i);
  });
  return gaps;
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}
