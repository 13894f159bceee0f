import type { ChannelKind, ChannelStatus, Platform } from './channel';
import type { OrganisationKind } from './organisation';
import type { SnapshotMetric } from './snapshot';

/**
 * What users call the coded values, in both languages. The UI shows them; paste and import
 * read them back (together with the codes and a few common spellings).
 */
type Labels<K extends string> = Record<K, { nl: string; en: string }>;

export const PLATFORM_LABELS: Labels<Platform> = {
  website: { nl: 'Website', en: 'Website' },
  facebook: { nl: 'Facebook', en: 'Facebook' },
  twitter: { nl: 'Twitter / X', en: 'Twitter / X' },
  instagram: { nl: 'Instagram', en: 'Instagram' },
  youtube: { nl: 'YouTube', en: 'YouTube' },
  linkedin: { nl: 'LinkedIn', en: 'LinkedIn' },
  flickr: { nl: 'Flickr', en: 'Flickr' },
  pinterest: { nl: 'Pinterest', en: 'Pinterest' },
  soundcloud: { nl: 'SoundCloud', en: 'SoundCloud' },
  googleplus: { nl: 'Google+', en: 'Google+' },
  tiktok: { nl: 'TikTok', en: 'TikTok' },
  threads: { nl: 'Threads', en: 'Threads' },
  bluesky: { nl: 'Bluesky', en: 'Bluesky' },
  mastodon: { nl: 'Mastodon', en: 'Mastodon' },
  other: { nl: 'Ander', en: 'Other' },
};

export const STATUS_LABELS: Labels<ChannelStatus | 'unknown'> = {
  active: { nl: 'Actief', en: 'Active' },
  passive: { nl: 'Passief', en: 'Passive' },
  dormant: { nl: 'Slapend', en: 'Dormant' },
  to_remove: { nl: 'Te verwijderen', en: 'To remove' },
  removed: { nl: 'Verwijderd', en: 'Removed' },
  unknown: { nl: 'Niet beoordeeld', en: 'Not reviewed' },
};

export const KIND_LABELS: Labels<ChannelKind> = {
  website: { nl: 'Website', en: 'Website' },
  social: { nl: 'Sociale media', en: 'Social media' },
};

export const ORGANISATION_KIND_LABELS: Labels<OrganisationKind> = {
  stadsdienst: { nl: 'Stadsdienst', en: 'City department' },
  agb: { nl: 'AGB', en: 'Autonomous company (AGB)' },
  eva: { nl: 'EVA', en: 'Agency (EVA)' },
  partnerproject: { nl: 'Partnerproject', en: 'Partner project' },
  other: { nl: 'Andere', en: 'Other' },
};

export const METRIC_LABELS: Labels<SnapshotMetric> = {
  likes: { nl: 'likes', en: 'likes' },
  followers: { nl: 'volgers', en: 'followers' },
  subscribers: { nl: 'abonnees', en: 'subscribers' },
  members: { nl: 'leden', en: 'members' },
};

export function labelsFor<K extends string>(labels: Labels<K>, language: 'nl' | 'en'): Record<K, string> {
  return Object.fromEntries(
    Object.entries(labels).map(([key, value]) => [key, (value as { nl: string; en: string })[language]]),
  ) as Record<K, string>;
}
