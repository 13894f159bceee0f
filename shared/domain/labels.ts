import type { ChannelKind, ChannelStatus, Platform } from './channel';
import type { CostCategory, Recurrence } from './cost';
import type { AllocationMode } from './costOverview';
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

export const COST_CATEGORY_LABELS: Labels<CostCategory> = {
  creation: { nl: 'Aanmaak', en: 'Creation' },
  technical_implementation: { nl: 'Technische implementatie', en: 'Technical implementation' },
  maintenance: { nl: 'Onderhoud', en: 'Maintenance' },
  hosting: { nl: 'Hosting', en: 'Hosting' },
  domain_name: { nl: 'Domeinnaam', en: 'Domain name' },
  licence_tool: { nl: 'Licentie / tool', en: 'Licence / tool' },
  advertising: { nl: 'Advertenties / boosting', en: 'Advertising / boosting' },
  prizes_actions: { nl: 'Prijzen en acties', en: 'Prizes and actions' },
  staff_time: { nl: 'Personeelstijd', en: 'Staff time' },
  other: { nl: 'Andere', en: 'Other' },
};

export const RECURRENCE_LABELS: Labels<Recurrence> = {
  once: { nl: 'Eenmalig', en: 'Once' },
  monthly: { nl: 'Maandelijks', en: 'Monthly' },
  quarterly: { nl: 'Per kwartaal', en: 'Quarterly' },
  yearly: { nl: 'Jaarlijks', en: 'Yearly' },
};

export const ALLOCATION_LABELS: Labels<AllocationMode> = {
  none: { nl: 'Niet verdelen (gedeelde kost apart)', en: 'Do not allocate (shared cost apart)' },
  equal: { nl: 'Gelijk over de kanalen', en: 'Equally over the channels' },
  followers: { nl: 'Naar aantal volgers', en: 'By followers' },
};

export function labelsFor<K extends string>(labels: Labels<K>, language: 'nl' | 'en'): Record<K, string> {
  return Object.fromEntries(
    Object.entries(labels).map(([key, value]) => [key, (value as { nl: string; en: string })[language]]),
  ) as Record<K, string>;
}
