/** Date helpers for the growth and count pages: ISO (yyyy-mm-dd) for the API, dd/mm/jjjj for people. */

export const PERIOD_PRESETS = ['all', 'last30', 'last90', 'last365', 'thisYear', 'lastYear', 'custom'] as const;
export type PeriodPreset = (typeof PERIOD_PRESETS)[number];

const pad = (n: number) => String(n).padStart(2, '0');

/** A local calendar date as ISO. */
export function toIso(date: Date): string {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

export function todayIso(): string {
  return toIso(new Date());
}

/** "2014-09-02" plus n days (n may be negative), on the calendar (no time zones involved). */
export function addDays(iso: string, days: number): string {
  const date = new Date(`${iso}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** The period a preset stands for; `all` has no bounds (every count in the register). */
export function presetRange(preset: Exclude<PeriodPreset, 'custom'>, today: string): { from?: string; to?: string } {
  const year = Number(today.slice(0, 4));
  switch (preset) {
    case 'all':
      return {};
    case 'last30':
      return { from: addDays(today, -29), to: today };
    case 'last90':
      return { from: addDays(today, -89), to: today };
    case 'last365':
      return { from: addDays(today, -364), to: today };
    case 'thisYear':
      return { from: `${year}-01-01`, to: today };
    case 'lastYear':
      return { from: `${year - 1}-01-01`, to: `${year - 1}-12-31` };
  }
}

/** Milliseconds since 1970 at midnight UTC: the charts' time axis. */
export function isoToTime(iso: string): number {
  return Date.parse(`${iso.slice(0, 10)}T00:00:00Z`);
}

export function timeToIso(time: number): string {
  return new Date(time).toISOString().slice(0, 10);
}

/** The number of days from `from` to `to`, both included. */
export function daysInclusive(from: string, to: string): number {
  return Math.round((isoToTime(to) - isoToTime(from)) / 86_400_000) + 1;
}
