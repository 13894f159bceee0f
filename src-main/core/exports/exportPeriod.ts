import { localToday } from '../costOverview/localToday';

export interface ExportPeriod {
  from: string;
  to: string;
  /** Calendar years from..to: the cost columns and the cost overview's range. */
  years: number[];
}

/**
 * The period an export covers: the one asked for, or the twelve months up to today (from the
 * same day a year earlier). With only `from`, up to today (or `from` itself when that is later);
 * with only `to`, the twelve months up to it.
 */
export function exportPeriod(asked: { from?: string; to?: string }, today: string = localToday()): ExportPeriod {
  const to = asked.to ?? (asked.from !== undefined && asked.from > today ? asked.from : today);
  const from = asked.from ?? yearBefore(to);
  const years: number[] = [];
  for (let year = Number(from.slice(0, 4)); year <= Number(to.slice(0, 4)); year += 1) years.push(year);
  return { from, to, years };
}

/** The same day a year earlier; 29/02 becomes 28/02. */
function yearBefore(iso: string): string {
  const [year, month, day] = iso.split('-');
  const previous = `${Number(year) - 1}`.padStart(4, '0');
  return `${previous}-${month}-${month === '02' && day === '29' ? '28' : day}`;
}
