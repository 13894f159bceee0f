import { isoToTime, timeToIso } from './dates';

const DAY = 86_400_000;

function monthStarts(from: number, to: number, everyMonths: number): number[] {
  const start = new Date(from);
  const year = start.getUTCFullYear();
  let month = start.getUTCMonth();
  if (start.getUTCDate() !== 1) month += 1;
  // Align to the step: quarters on Jan/Apr/Jul/Oct, half years on Jan/Jul, years on Jan.
  month = Math.ceil(month / everyMonths) * everyMonths;
  const ticks: number[] = [];
  for (;;) {
    const time = Date.UTC(year + Math.floor(month / 12), month % 12, 1);
    if (time > to) break;
    ticks.push(time);
    month += everyMonths;
  }
  return ticks;
}

/** Readable ticks for a time axis: whole weeks, months, quarters or years, at most about `max`. */
export function timeTicks(from: number, to: number, max = 8): number[] {
  const days = (to - from) / DAY;
  if (days <= 0) return [from];
  if (days <= 60) {
    const step = Math.max(1, Math.ceil(days / max));
    const ticks: number[] = [];
    for (let t = from; t <= to; t += step * DAY) ticks.push(t);
    return ticks;
  }
  for (const months of [1, 2, 3, 6, 12, 24, 60, 120]) {
    const ticks = monthStarts(from, to, months);
    if (ticks.length <= max) return ticks.length > 0 ? ticks : [from, to];
  }
  return [from, to];
}

/** The first and last date of all the points, as times. */
export function dataExtent(dates: string[]): [number, number] | null {
  if (dates.length === 0) return null;
  let min = Infinity;
  let max = -Infinity;
  for (const date of dates) {
    const time = isoToTime(date);
    if (time < min) min = time;
    if (time > max) max = time;
  }
  return [min, max];
}

export { isoToTime, timeToIso };
