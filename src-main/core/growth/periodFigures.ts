import type { PeriodFigures } from '../../../shared/domain/growth';
import type { SnapshotMetric } from '../../../shared/domain/snapshot';
import type { CountsReader } from './countsReader';
import { addDays, daysBetween } from './days';

/**
 * Growth over [from, to]: the count when the period begins, i.e. the last one dated before
 * `from` (the end of the previous period), and the last one dated on or before `to`. So the
 * gains of consecutive periods add up to the gain over all of them, and a period's "before"
 * figure ends exactly where the period starts. Unknown when either count is unknown.
 */
export function periodFigures(
  reader: CountsReader,
  channelId: string,
  metric: SnapshotMetric | null,
  from: string,
  to: string,
): PeriodFigures {
  const start = metric ? reader.atOrBefore(channelId, metric, addDays(from, -1)) : null;
  const end = metric ? reader.atOrBefore(channelId, metric, to) : null;
  return {
    from,
    to,
    startCount: start?.count ?? null,
    endCount: end?.count ?? null,
    gain: start && end ? end.count - start.count : null,
  };
}

/** The period of the same length that ends the day before `from`. */
export function previousPeriod(from: string, to: string): { from: string; to: string } {
  const length = daysBetween(from, to);
  return { from: addDays(from, -length), to: addDays(from, -1) };
}

/**
 * How a period's gain compares with an earlier one: the difference, and that as a percentage of
 * the earlier gain's size (so going from -10 to +10 is +200 %). No percentage of a zero or
 * unknown gain.
 */
export function compareGains(
  current: number | null,
  previous: number | null,
): { change: number | null; changePct: number | null } {
  if (current === null || previous === null) return { change: null, changePct: null };
  const change = current - previous;
  return { change, changePct: previous === 0 ? null : roundPct((change / Math.abs(previous)) * 100) };
}

export function roundPct(value: number): number {
  return Math.round(value * 100) / 100;
}
