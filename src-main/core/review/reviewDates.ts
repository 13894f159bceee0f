/**
 * Calendar arithmetic for the review's windows, on ISO days. "Six months before 31 August" is
 * 28 or 29 February: the day is clamped to the month's last day, never rolled into March.
 */
export function monthsBefore(isoDay: string, months: number): string {
  const [year, month, day] = isoDay.split('-').map(Number) as [number, number, number];
  const index = year * 12 + (month - 1) - months;
  const targetYear = Math.floor(index / 12);
  const targetMonth = index - targetYear * 12;
  const lastDay = new Date(Date.UTC(targetYear, targetMonth + 1, 0)).getUTCDate();
  return new Date(Date.UTC(targetYear, targetMonth, Math.min(day, lastDay))).toISOString().slice(0, 10);
}

/** 2014-09-05 -> 05/09/2014, as the college note writes dates. */
export function belgianDay(isoDay: string): string {
  const [year, month, day] = isoDay.split('-');
  return `${day}/${month}/${year}`;
}
