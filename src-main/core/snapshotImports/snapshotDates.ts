/**
 * Dates as the platforms' exports and hand-kept tables write them. ISO (with or without a
 * time) is always read. Day and month with the year last (02/09/2014) are read in the order the
 * format says (LinkedIn: month first) or the column proves (a 13 or more in the first place is
 * a day); when nothing tells, the date is ambiguous and is reported, never guessed. Dots
 * (02.09.2014) are day first, as only Europeans write them. Month names in Dutch and English,
 * compact 20140902, and in a workbook Excel's day numbers, are read too.
 */

export type DayMonthOrder = 'mdy' | 'dmy';

export type ParsedDate = { iso: string } | { error: 'invalid' | 'ambiguous' };

const YEAR_LAST = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{4})(?:[ T]+\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:\s*[ap]m)?)?$/i;
const ISO = /^(\d{4})([-/])(\d{1,2})\2(\d{1,2})(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/i;
const COMPACT = /^(\d{4})(\d{2})(\d{2})$/;
const DAY_MONTH_NAME = /^(\d{1,2})\.?\s+([a-z]+)\.?,?\s+(\d{4})$/;
const MONTH_NAME_DAY = /^([a-z]+)\.?\s+(\d{1,2}),?\s+(\d{4})$/;
/** Excel's day numbers: 1 = 1900-01-01 ... 2958465 = 9999-12-31 (the 1900 system). */
const EXCEL_SERIAL = /^\d{1,7}(?:\.\d+)?$/;

const MONTHS: Record<string, number> = {};
(
  [
    ['jan', 'januari', 'january'],
    ['feb', 'februari', 'february'],
    ['mrt', 'maart', 'mar', 'march', 'maa'],
    ['apr', 'april'],
    ['mei', 'may'],
    ['jun', 'juni', 'june'],
    ['jul', 'juli', 'july'],
    ['aug', 'augustus', 'august'],
    ['sep', 'sept', 'september'],
    ['okt', 'oktober', 'oct', 'october'],
    ['nov', 'november'],
    ['dec', 'december'],
  ] as const
).forEach((names, index) => names.forEach((name) => (MONTHS[name] = index + 1)));

export interface DateReading {
  /** The order for day and month with the year last; null: only unambiguous ones are read. */
  order: DayMonthOrder | null;
  /** The file is a workbook: a bare number in the date column is an Excel day number. */
  excelSerial: boolean;
}

export function parseDateCell(text: string, reading: DateReading): ParsedDate {
  const value = text.trim().toLowerCase();
  if (value === '') return { error: 'invalid' };
  const iso = ISO.exec(value);
  if (iso) return calendarDate(Number(iso[1]), Number(iso[3]), Number(iso[4]));
  const yearLast = YEAR_LAST.exec(value);
  if (yearLast) {
    const first = Number(yearLast[1]);
    const second = Number(yearLast[3]);
    const year = Number(yearLast[4]);
    const order = yearLast[2] === '.' ? 'dmy' : (evidence(first, second) ?? reading.order);
    if (order === null) return first === second ? calendarDate(year, first, second) : { error: 'ambiguous' };
    return order === 'dmy' ? calendarDate(year, second, first) : calendarDate(year, first, second);
  }
  const compact = COMPACT.exec(value);
  if (compact) return calendarDate(Number(compact[1]), Number(compact[2]), Number(compact[3]));
  const dayMonth = DAY_MONTH_NAME.exec(value);
  if (dayMonth && MONTHS[dayMonth[2]!]) return calendarDate(Number(dayMonth[3]), MONTHS[dayMonth[2]!]!, Number(dayMonth[1]));
  const monthDay = MONTH_NAME_DAY.exec(value);
  if (monthDay && MONTHS[monthDay[1]!]) return calendarDate(Number(monthDay[3]), MONTHS[monthDay[1]!]!, Number(monthDay[2]));
  if (reading.excelSerial && EXCEL_SERIAL.test(value)) {
    const serial = Math.floor(Number(value));
    if (serial >= 1 && serial <= 2_958_465) {
      // Day 60 is Excel's 29 February 1900, which never was; the epoch 1899-12-30 is right from day 61 on.
      if (serial === 60) return { error: 'invalid' };
      const epoch = serial < 60 ? Date.UTC(1899, 11, 31) : Date.UTC(1899, 11, 30);
      return { iso: new Date(epoch + serial * 86_400_000).toISOString().slice(0, 10) };
    }
  }
  return { error: 'invalid' };
}

/**
 * The order of day and month in a date column: the format's (or the header's) unless the
 * values prove otherwise, else what the values prove (a 13 or more in the first place is a day,
 * in the second place the day comes second). Null when nothing tells.
 */
export function columnDayMonthOrder(values: readonly string[], fixed: DayMonthOrder | null): DayMonthOrder | null {
  let dayFirst = false;
  let daySecond = false;
  for (const value of values) {
    const match = YEAR_LAST.exec(value.trim());
    if (!match || match[2] === '.') continue;
    const found = evidence(Number(match[1]), Number(match[3]));
    if (found === 'dmy') dayFirst = true;
    if (found === 'mdy') daySecond = true;
  }
  if (dayFirst && !daySecond) return 'dmy';
  if (daySecond && !dayFirst) return 'mdy';
  return fixed;
}

/** The order a header names: "Datum (dd/mm/jjjj)", "Date (MM/DD/YYYY)". */
export function headerDayMonthOrder(normalisedHeader: string): DayMonthOrder | null {
  if (/\bdd mm\b/.test(normalisedHeader)) return 'dmy';
  if (/\bmm dd\b/.test(normalisedHeader)) return 'mdy';
  return null;
}

function evidence(first: number, second: number): DayMonthOrder | null {
  if (first > 12 && second <= 12) return 'dmy';
  if (second > 12 && first <= 12) return 'mdy';
  return null;
}

function calendarDate(year: number, month: number, day: number): ParsedDate {
  if (year < 1900 || year > 9999) return { error: 'invalid' };
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    return { error: 'invalid' };
  }
  return { iso: date.toISOString().slice(0, 10) };
}

/** The day before an ISO date. */
export function dayBefore(iso: string): string {
  return new Date(Date.parse(`${iso}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
}
