import type { Recurrence } from '../../../shared/domain/cost';
import { toDay } from '../growth/days';
import { daysInMonth, firstDayOfMonth, isoParts } from './monthIndex';

/** The dates of a cost line that decide when it falls due and what it pays for. */
export interface CostSchedule {
  startDate: string;
  endDate: string | null;
  recurrence: Recurrence;
}

/**
 * What is asked, as UTC day numbers: occurrences from the one that covers `from`, up to `to`;
 * running recurring lines (no endDate) fall due up to `asOf`. Made once per query (dayWindow).
 */
export interface DayWindow {
  from: number;
  to: number;
  asOf: number;
  /** Month indexes of `from` and `to`. */
  fromMonth: number;
  toMonth: number;
}

export function dayWindow(dates: { from: string; to: string; asOf: string }): DayWindow {
  return {
    from: toDay(dates.from),
    to: toDay(dates.to),
    asOf: toDay(dates.asOf),
    fromMonth: isoParts(dates.from).month,
    toMonth: isoParts(dates.to).month,
  };
}

/**
 * Called once per occurrence, in date order: its day (UTC day number), the month index of that
 * day, and the day of the following occurrence of a recurring line, due or not (it ends this
 * one's period); null for "once". Plain numbers, no object per occurrence: a register holds
 * hundreds of thousands of them over ten years.
 */
export type OccurrenceVisitor = (day: number, month: number, next: number | null) => void;

const STEP_MONTHS = { monthly: 1, quarterly: 3, yearly: 12 } as const satisfies Record<Exclude<Recurrence, 'once'>, number>;

/**
 * When a line falls due. "Once": on its startDate. Recurring: on startDate and every step of
 * months after it, on startDate's day of the month or, in a shorter month, the month's last day.
 * The k-th date is always counted from startDate, never from the previous one, so 31/01 gives
 * 29/02 and then 31/03 again (no drift to the 29th). It falls due on or before its endDate or,
 * still running (no endDate), on or before asOf.
 *
 * Visited: the occurrences up to window.to, starting at the last one on or before window.from
 * (the earlier ones pay only for days before the window), or at the first.
 */
export function eachOccurrence(schedule: CostSchedule, window: DayWindow, visit: OccurrenceVisitor): void {
  const start = isoParts(schedule.startDate);
  if (schedule.recurrence === 'once') {
    const day = toDay(schedule.startDate);
    if (day <= window.to) visit(day, start.month, null);
    return;
  }
  const last = Math.min(schedule.endDate === null ? window.asOf : toDay(schedule.endDate), window.to);
  const step = STEP_MONTHS[schedule.recurrence];
  const dayIn = (month: number) => firstDayOfMonth(month) + Math.min(start.dayOfMonth, daysInMonth(month)) - 1;

  // The last occurrence in or before window.from's month, one back if it is later in that month.
  let month = start.month + Math.max(0, Math.floor((window.fromMonth - start.month) / step)) * step;
  let day = dayIn(month);
  if (day > window.from && month > start.month) day = dayIn((month -= step));

  while (day <= last) {
    const next = dayIn(month + step);
    visit(day, month, next);
    month += step;
    day = next;
  }
}
