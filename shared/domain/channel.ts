import { z } from 'zod';
import { isoDate, optionalText, requiredText, uuid } from './fields';
import type { RuleMessage } from './validationMessages';
import type { SnapshotMetric } from './snapshot';

export const CHANNEL_KINDS = ['website', 'social'] as const;
export type ChannelKind = (typeof CHANNEL_KINDS)[number];

/**
 * Status as the 2014 college decision speaks of channels: used actively, passively,
 * sleeping ("slapend"), to be removed, removed. Null means nobody has judged it yet,
 * which is the honest state of most channels in an inherited list.
 */
export const CHANNEL_STATUSES = ['active', 'passive', 'dormant', 'to_remove', 'removed'] as const;
export type ChannelStatus = (typeof CHANNEL_STATUSES)[number];

export const PLATFORMS = [
  'website',
  'facebook',
  'twitter',
  'instagram',
  'youtube',
  'linkedin',
  'flickr',
  'pinterest',
  'soundcloud',
  'googleplus',
  'tiktok',
  'threads',
  'bluesky',
  'mastodon',
  'other',
] as const;
export type Platform = (typeof PLATFORMS)[number];

export const channelFieldsSchema = z.object({
  kind: z.enum(CHANNEL_KINDS),
  platform: z.enum(PLATFORMS),
  name: requiredText(300),
  handle: optionalText(300),
  url: z
    .string()
    .trim()
    .max(2000)
    .refine((value) => value === '' || /^https?:\/\/[^\s]+$/i.test(value), { message: 'http_url' satisfies RuleMessage })
    .nullable()
    .optional()
    .transform((value) => (value === undefined ? undefined : value === null || value === '' ? null : value)),
  organisationId: uuid.nullable().optional(),
  responsiblePersonId: uuid.nullable().optional(),
  status: z.enum(CHANNEL_STATUSES).nullable().optional(),
  audience: optionalText(1000),
  purpose: optionalText(2000),
  /** Null when unknown: the policy requires webmasters to create accounts, but old lists rarely say. */
  createdByWebmasters: z.boolean().nullable().optional(),
  notes: optionalText(10000),
  /** The review's facts; null when unknown, and unknown is never a finding. */
  lastActivityOn: isoDate.nullable().optional(),
  /** False: the account never posted (Toerisme Mechelen's Twitter in 2014: "geen tweets??"). */
  hasPosted: z.boolean().nullable().optional(),
  /** The policy wants passwords kept by the webmasters, so staff changes do not lock the city out. */
  passwordsCentralised: z.boolean().nullable().optional(),
  /** A one-off event or project that ended: the policy says delete it or close it with its text. */
  eventEndedOn: isoDate.nullable().optional(),
  reviewedOn: isoDate.nullable().optional(),
});
export type ChannelFields = z.input<typeof channelFieldsSchema>;
export const channelPatchSchema = channelFieldsSchema.partial();
export type ChannelPatch = z.input<typeof channelPatchSchema>;

export interface Channel {
  id: string;
  kind: ChannelKind;
  platform: Platform;
  name: string;
  handle: string | null;
  url: string | null;
  organisationId: string | null;
  responsiblePersonId: string | null;
  status: ChannelStatus | null;
  audience: string | null;
  purpose: string | null;
  createdByWebmasters: boolean | null;
  notes: string | null;
  lastActivityOn: string | null;
  hasPosted: boolean | null;
  passwordsCentralised: boolean | null;
  eventEndedOn: string | null;
  reviewedOn: string | null;
  createdAt: string;
  updatedAt: string;
  deletedAt: string | null;
}

/** One row of the channel list: the channel with the names and latest count the grid shows. */
export interface ChannelRow extends Channel {
  organisationName: string | null;
  organisationKind: string | null;
  responsiblePersonName: string | null;
  latestCount: number | null;
  latestMetric: SnapshotMetric | null;
  latestDate: string | null;
}

/** The fields a user edits in the grid, pastes into and maps an import column to. */
export const CHANNEL_EDITABLE_FIELDS = [
  'name',
  'kind',
  'platform',
  'handle',
  'url',
  'organisationId',
  'responsiblePersonId',
  'status',
  'audience',
  'purpose',
  'createdByWebmasters',
  'notes',
  'lastActivityOn',
  'hasPosted',
  'passwordsCentralised',
  'eventEndedOn',
  'reviewedOn',
] as const;
export type ChannelEditableField = (typeof CHANNEL_EDITABLE_FIELDS)[number];

export const CHANNEL_SORT_FIELDS = [
  'name',
  'kind',
  'platform',
  'handle',
  'url',
  'organisationName',
  'responsiblePersonName',
  'status',
  'audience',
  'latestCount',
  'latestDate',
  'createdAt',
  'updatedAt',
] as const;
export type ChannelSortField = (typeof CHANNEL_SORT_FIELDS)[number];

export const CHANNEL_GROUP_FIELDS = ['platform', 'organisation', 'status'] as const;
export type ChannelGroupField = (typeof CHANNEL_GROUP_FIELDS)[number];

/** "none" selects rows where the field is empty (no status, no organisation, nobody responsible). */
const NONE = z.literal('none');
const containsText = z.string().max(200).optional();

export const channelFiltersSchema = z
  .object({
    kind: z.enum(CHANNEL_KINDS).optional(),
    platforms: z.array(z.enum(PLATFORMS)).max(PLATFORMS.length).optional(),
    statuses: z
      .array(z.union([z.enum(CHANNEL_STATUSES), NONE]))
      .max(CHANNEL_STATUSES.length + 1)
      .optional(),
    organisationIds: z
      .array(z.union([uuid, NONE]))
      .max(1000)
      .optional(),
    responsiblePersonIds: z
      .array(z.union([uuid, NONE]))
      .max(1000)
      .optional(),
    createdByWebmasters: z.enum(['yes', 'no', 'unknown']).optional(),
    /** Per-column "contains" filters, accent- and case-insensitive. */
    name: containsText,
    handle: containsText,
    url: containsText,
    audience: containsText,
    notes: containsText,
  })
  .strict();
export type ChannelFilters = z.input<typeof channelFiltersSchema>;

/** What the grid is looking at: search, filters, sort and grouping. Saved views store the same. */
export const channelQuerySchema = z.object({
  /** Global search over name, handle, URL, organisation, person and notes; accent- and case-insensitive. */
  search: z.string().max(200).optional(),
  filters: channelFiltersSchema.optional(),
  /** "exclude" (default): the live register; "only": the "Verwijderd" list; "include": both. */
  deleted: z.enum(['exclude', 'only', 'include']).optional(),
  sort: z
    .array(z.object({ field: z.enum(CHANNEL_SORT_FIELDS), desc: z.boolean() }).strict())
    .max(CHANNEL_SORT_FIELDS.length)
    .optional(),
  /** Rows come ordered by this field first, and `groups` gives each group's count. */
  groupBy: z.enum(CHANNEL_GROUP_FIELDS).optional(),
});

export const channelListQuerySchema = channelQuerySchema.extend({
  offset: z.number().int().min(0).optional(),
  limit: z.number().int().min(1).max(5000).optional(),
});
export type ChannelListQuery = z.input<typeof channelListQuerySchema>;

export interface ChannelGroup {
  /** The platform or status code, or organisation id; null for "none". */
  key: string | null;
  /** Organisation name for organisation groups; null otherwise (the UI labels codes itself). */
  label: string | null;
  count: number;
}

export interface ChannelList {
  rows: ChannelRow[];
  total: number;
  /** Present when the query has groupBy: every group of the whole result, in row order. */
  groups?: ChannelGroup[];
}
