import { eachCoverage } from './coverage';
import { yearOfMonth } from './monthIndex';
import type { CostSchedule, DayWindow } from './occurrences';
import { spreadOverMonths } from './spreading';

/**
 * A line's cents in each year of a window of whole years (index 0 = the first year): every
 * occurrence whose period reaches into the window, spread over its months, months summed per
 * year. Null when no period reaches into it (the line plays no part, not even with 0 cents).
 * Months outside the window still take their share in the rounding, so a year's figure does not
 * depend on which years were asked.
 */
export function lineCentsPerYear(line: CostSchedule & { amountCents: number }, years: DayWindow): number[] | null {
  const firstYear = yearOfMonth(years.fromMonth);
  const cents = new Array<number>(yearOfMonth(years.toMonth) - firstYear + 1).fill(0);
  const add = (month: number, part: number) => {
    if (month >= years.fromMonth && month <= years.toMonth) cents[yearOfMonth(month) - firstYear]! += part;
  };
  const reached = eachCoverage(line, years, (from, to, month) => spreadOverMonths(line.amountCents, from, to, month, add));
  return reached ? cents : null;
}
