import { toDay } from '../growth/days';
import { eachOccurrence, type CostSchedule, type DayWindow } from './occurrences';

/** The days one occurrence pays for, inclusive (UTC day numbers), and the month index of `from`. */
export type CoverageVisitor = (from: number, to: number, month: number) => void;

/**
 * What each occurrence pays for: a recurring one from its day to the day before the next
 * occurrence (cut at the line's endDate), so a running line's last invoice still pays for its
 * whole month, quarter or year; a "once" line with an endDate for startDate..endDate; a "once"
 * line without one for its single day. Visits only the periods that reach into the window;
 * answers whether there was one.
 */
export function eachCoverage(schedule: CostSchedule, window: DayWindow, visit: CoverageVisitor): boolean {
  const end = schedule.endDate === null ? null : toDay(schedule.endDate);
  let found = false;
  eachOccurrence(schedule, window, (day, month, next) => {
    let last = next === null ? (end ?? day) : next - 1;
    if (end !== null && last > end) last = end;
    if (last < window.from || day > window.to) return;
    found = true;
    visit(day, last, month);
  });
  return found;
}
