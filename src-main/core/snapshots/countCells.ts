import { METRIC_LABELS } from '../../../shared/domain/labels';
import { SNAPSHOT_METRICS, type SnapshotMetric } from '../../../shared/domain/snapshot';

/** Largest count the schema accepts (snapshotFieldsSchema). */
const MAX_COUNT = 10_000_000_000;

/**
 * A date as a Belgian spreadsheet shows it: ISO (2014-09-02), day/month/year with slashes,
 * dashes or dots (02/09/2014, 2-9-2014, 2.9.2014). Never month/day: 02/09 is the 2nd of
 * September here. Returns the ISO date, or null when it is not a real calendar day.
 */
export function parseCellDate(text: string): string | null {
  const value = text.trim();
  let year: number, month: number, day: number;
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(value);
  const dmy = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{4})$/.exec(value);
  if (iso) [year, month, day] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  else if (dmy) [year, month, day] = [Number(dmy[4]), Number(dmy[3]), Number(dmy[1])];
  else return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return date.toISOString().slice(0, 10);
}

/**
 * A whole count as typed in nl-BE: 1234, 1.234 or 1 234 (dots or spaces as thousands
 * separators, in groups of three). A comma is refused rather than guessed: in Dutch it is a
 * decimal comma, in English a thousands separator, and a count has no decimals.
 */
export function parseCellCount(text: string): number | null {
  const value = text.trim().replace(/[\u00a0\u202f]/g, ' ');
  // One kind of separator per number, always before a group of exactly three digits.
  if (!/^\d+$|^\d{1,3}(\.\d{3})+$|^\d{1,3}( \d{3})+$/.test(value)) return null;
  const count = Number(value.replace(/[. ]/g, ''));
  return Number.isSafeInteger(count) && count <= MAX_COUNT ? count : null;
}

const METRIC_WORDS = new Map<string, SnapshotMetric>([
  ...SNAPSHOT_METRICS.map((metric) => [metric, metric] as const),
  ...SNAPSHOT_METRICS.flatMap((metric) => [
    [METRIC_LABELS[metric].nl.toLowerCase(), metric] as const,
    [METRIC_LABELS[metric].en.toLowerCase(), metric] as const,
  ]),
  ['vind-ik-leuks', 'likes'],
  ['fans', 'likes'],
  ['volger', 'followers'],
  ['abonnee', 'subscribers'],
  ['lid', 'members'],
]);

/** A metric by its code or its Dutch or English label ("volgers", "abonnees"); null when unknown. */
export function parseCellMetric(text: string): SnapshotMetric | null {
  return METRIC_WORDS.get(text.trim().toLowerCase()) ?? null;
}
