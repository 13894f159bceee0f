import { dayFromParts } from '../growth/days';

/**
 * Months counted from year 0 (year x 12 + month - 1): stepping a month, a quarter or a year is an
 * addition, and a month's year is one division. Days are the UTC day numbers of growth/days.ts.
 */
export function monthIndex(year: number, month: number): number {
  return year * 12 + month - 1;
}

export function yearOfMonth(index: number): number {
  return Math.floor(index / 12);
}

/** Day number of the first day of the month. */
export function firstDayOfMonth(index: number): number {
  return dayFromParts(yearOfMonth(index), (index % 12) + 1, 1);
}

const MONTH_LENGTHS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

/** 28 to 31: February has 29 days in years divisible by 4, except centuries not divisible by 400. */
export function daysInMonth(index: number): number {
  const month = index % 12;
  if (month !== 1) return MONTH_LENGTHS[month]!;
  const year = yearOfMonth(index);
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
}

/** "2014-07-01" -> its month index and day of the month, read from the text (no Date, no time zone). */
export function isoParts(isoDate: string): { month: number; dayOfMonth: number } {
  return {
    month: monthIndex(Number(isoDate.slice(0, 4)), Number(isoDate.slice(5, 7))),
    dayOfMonth: Number(isoDate.slice(8, 10)),
  };
}
