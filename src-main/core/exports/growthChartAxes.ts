import { formatCount, formatMonth, formatShortDate, isoToDate } from './docxFormat';

const DAY = 86_400_000;

export interface Tick {
  value: number;
  label: string;
}

/** 0 up to a round number above `max`, in about `count` round steps (1, 2, 2,5 or 5 times a power of ten). */
export function valueTicks(max: number, count = 5): Tick[] {
  const top = Math.max(max, 1);
  const rough = top / count;
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 2.5, 5, 10].map((factor) => factor * power).find((candidate) => candidate >= rough)!;
  const whole = Math.max(1, Math.round(step));
  const ticks: Tick[] = [];
  for (let value = 0; value < top + whole; value += whole) ticks.push({ value, label: formatCount(value) });
  return ticks;
}

/**
 * Readable ticks for the period from..to (times in ms): days for a short period, otherwise the
 * first of every 1, 2, 3, 6, 12, ... months, whichever step gives at most `max` ticks.
 */
export function timeTicks(from: number, to: number, max = 8): Tick[] {
  const days = (to - from) / DAY;
  if (days <= 60) {
    const step = Math.max(1, Math.ceil(days / max)) * DAY;
    const ticks: Tick[] = [];
    for (let time = from; time <= to; time += step) ticks.push({ value: time, label: dayLabel(time) });
    return ticks;
  }
  for (const months of [1, 2, 3, 6, 12, 24, 60, 120]) {
    const starts = monthStarts(from, to, months);
    if (starts.length <= max) {
      return starts.map((time) => ({
        value: time,
        label: months >= 12 ? String(new Date(time).getUTCFullYear()) : monthLabel(time),
      }));
    }
  }
  return [from, to].map((time) => ({ value: time, label: dayLabel(time) }));
}

export function isoToTime(iso: string): number {
  return isoToDate(iso).getTime();
}

/** The first of the month, every `everyMonths` months, aligned to quarters, half years and years. */
function monthStarts(from: number, to: number, everyMonths: number): number[] {
  const start = new Date(from);
  const year = start.getUTCFullYear();
  let month = start.getUTCMonth() + (start.getUTCDate() === 1 ? 0 : 1);
  month = Math.ceil(month / everyMonths) * everyMonths;
  const starts: number[] = [];
  for (let time = Date.UTC(year, month, 1); time <= to; time = Date.UTC(year, month, 1)) {
    starts.push(time);
    month += everyMonths;
  }
  return starts;
}

function dayLabel(time: number): string {
  return formatShortDate(new Date(time).toISOString()).slice(0, 5);
}

function monthLabel(time: number): string {
  return formatMonth(new Date(time).toISOString());
}
