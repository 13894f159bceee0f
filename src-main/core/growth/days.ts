/**
 * Dates as whole days since 1970-01-01: the growth math counts days, never hours or time
 * zones. Plain arithmetic on the ISO text (Howard Hinnant's days_from_civil and its inverse)
 * rather than Date: a chart reads tens of thousands of dates, and parsing each with Date cost
 * more than reading it from SQLite.
 */

/** "2014-09-02" -> 16315. */
export function toDay(isoDate: string): number {
  return dayFromParts(Number(isoDate.slice(0, 4)), Number(isoDate.slice(5, 7)), Number(isoDate.slice(8, 10)));
}

export function dayFromParts(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

/** 16315 -> "2014-09-02". */
export function fromDay(days: number): string {
  const z = days + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return `${String(year).padStart(4, '0')}-${month < 10 ? '0' : ''}${month}-${day < 10 ? '0' : ''}${day}`;
}

export function addDays(isoDate: string, days: number): string {
  return fromDay(toDay(isoDate) + days);
}

/** Inclusive length of [from, to] in days: one day for from = to. */
export function daysBetween(from: string, to: string): number {
  return toDay(to) - toDay(from) + 1;
}
