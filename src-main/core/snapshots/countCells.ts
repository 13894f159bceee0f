import { METRIC_LABELS } from '../../../shared/domain/labels';
import { SNAPSHOT_METRICS, type SnapshotMetric } from '../../../shared/domain/snapshot';

/** Largest count the schema accepts (snapshotFieldsSchema). */
const MAX_COUNT = 10_000_000_000;

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
