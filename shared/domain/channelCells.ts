import { CHANNEL_KINDS, CHANNEL_STATUSES, PLATFORMS, type ChannelKind, type ChannelStatus, type Platform } from './channel';
import { KIND_LABELS, PLATFORM_LABELS, STATUS_LABELS } from './labels';

/**
 * Reading spreadsheet text back into coded values, for paste and import: codes, Dutch and
 * English labels and common spellings, ignoring case, accents and spaces.
 * Each parser returns undefined for text it does not recognise (the caller reports it).
 */

export function normaliseLabel(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/[\s_\-/.]+/g, '');
}

export function lookup<K extends string>(
  codes: readonly K[],
  labels: Record<string, { nl: string; en: string }>,
  extra: Record<string, K>,
) {
  const table = new Map<string, K>();
  for (const code of codes) {
    table.set(normaliseLabel(code), code);
    table.set(normaliseLabel(labels[code]!.nl), code);
    table.set(normaliseLabel(labels[code]!.en), code);
  }
  for (const [text, code] of Object.entries(extra)) table.set(normaliseLabel(text), code);
  return (text: string): K | undefined => table.get(normaliseLabel(text));
}

export const parsePlatform = lookup<Platform>(PLATFORMS, PLATFORM_LABELS, {
  twitter: 'twitter',
  x: 'twitter',
  'google plus': 'googleplus',
  'google+': 'googleplus',
  gplus: 'googleplus',
  site: 'website',
  webstek: 'website',
  andere: 'other',
  overig: 'other',
});

export const parseKind = lookup<ChannelKind>(CHANNEL_KINDS, KIND_LABELS, {
  sociaal: 'social',
  'sociale media': 'social',
  socialmedia: 'social',
  account: 'social',
  site: 'website',
});

/** Status; blank and "niet beoordeeld" read as null (not judged yet). */
export function parseStatus(text: string): ChannelStatus | null | undefined {
  const key = normaliseLabel(text);
  if (
    key === '' ||
    key === normaliseLabel(STATUS_LABELS.unknown.nl) ||
    key === normaliseLabel(STATUS_LABELS.unknown.en) ||
    key === 'onbekend' ||
    key === 'unknown'
  ) {
    return null;
  }
  return statusLookup(text);
}
const statusLookup = lookup<ChannelStatus>(CHANNEL_STATUSES, STATUS_LABELS, {
  slapend: 'dormant',
  inactief: 'dormant',
  sleeping: 'dormant',
  'te schrappen': 'to_remove',
  verwijderen: 'to_remove',
  weg: 'removed',
  geschrapt: 'removed',
  deleted: 'removed',
});

/** ja/nee, yes/no, x, 1/0, waar/onwaar; blank and "?" read as null (unknown). */
export function parseYesNo(text: string): boolean | null | undefined {
  const key = normaliseLabel(text);
  if (key === '' || key === '?' || key === 'onbekend' || key === 'unknown') return null;
  if (['ja', 'j', 'yes', 'y', 'x', '1', 'waar', 'true', 'wel'].includes(key)) return true;
  if (['nee', 'n', 'no', '0', 'onwaar', 'false', 'niet'].includes(key)) return false;
  return undefined;
}
