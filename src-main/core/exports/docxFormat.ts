/**
 * nl-BE texts for the Word note and its chart: a document shows numbers as text, so they are
 * formatted here the way the Belgian reader writes them (3.107; € 1.234,56; 02/09/2014;
 * 5 september 2014). Dates stay ISO in the data and are formatted only on the way out.
 * (The renderer has the same formats in src-renderer/format/nlBE.ts; the core cannot import it.)
 */
const numberFormat = new Intl.NumberFormat('nl-BE');
const euroFormat = new Intl.NumberFormat('nl-BE', { style: 'currency', currency: 'EUR' });
const longDateFormat = new Intl.DateTimeFormat('nl-BE', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const monthFormat = new Intl.DateTimeFormat('nl-BE', { month: 'short', year: 'numeric', timeZone: 'UTC' });

/** 3107 -> "3.107" */
export function formatCount(value: number): string {
  return numberFormat.format(value);
}

/** 6000 -> "€ 60,00" (with a no-break space, so the sign never ends a line alone) */
export function formatEuroCents(cents: number): string {
  return euroFormat.format(cents / 100);
}

/** +120 -> "+120", -4 -> "-4", 0 -> "0": growth reads as a change. */
export function formatSignedCount(value: number): string {
  return value > 0 ? `+${formatCount(value)}` : formatCount(value);
}

/** "2014-09-02" -> "02/09/2014" */
export function formatShortDate(iso: string): string {
  const [year, month, day] = iso.slice(0, 10).split('-');
  return `${day}/${month}/${year}`;
}

/** "2014-09-05" -> "5 september 2014" */
export function formatLongDate(iso: string): string {
  return longDateFormat.format(isoToDate(iso));
}

/** "2014-09-05" -> "sep 2014" (the chart's month ticks) */
export function formatMonth(iso: string): string {
  return monthFormat.format(isoToDate(iso)).replace('.', '');
}

export function isoToDate(iso: string): Date {
  return new Date(`${iso.slice(0, 10)}T00:00:00Z`);
}
