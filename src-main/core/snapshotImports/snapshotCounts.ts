/** The largest count the register holds (snapshotFieldsSchema). */
export const MAX_COUNT = 10_000_000_000;

/**
 * A whole number as the exports and hand-kept tables write it: 1234, -3 (a day with more
 * unfollows than follows), 1,234 or 1.234 or 1 234 (thousands in groups of three, one kind of
 * separator), 12.0 (a tool that writes every number with a decimal). Anything else, a real
 * fraction included, is no count: null.
 */
export function parseWholeNumber(text: string): number | null {
  const value = text
    .trim()
    .replace(/[\u2212\u2012\u2013]/g, '-')
    .replace(/[\u00a0\u202f\u2009]/g, ' ');
  let digits: string | null = null;
  if (/^[+-]?\d+$/.test(value)) digits = value;
  else if (/^[+-]?\d{1,3}(?:([.,' ])\d{3})(?:\1\d{3})*$/.test(value)) digits = value.replace(/[.,' ]/g, '');
  else if (/^[+-]?\d+[.,]0+$/.test(value)) digits = value.replace(/[.,]0+$/, '');
  if (digits === null) return null;
  const number = Number(digits);
  return Number.isSafeInteger(number) && Math.abs(number) <= MAX_COUNT ? number : null;
}

const nl = new Intl.NumberFormat('nl-BE');
const en = new Intl.NumberFormat('en-GB');

export function formatNl(count: number): string {
  return nl.format(count);
}

export function formatEn(count: number): string {
  return en.format(count);
}
