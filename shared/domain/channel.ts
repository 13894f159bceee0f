import { z } from 'zod';
import { optionalText, requiredText, uuid } from './fields';
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

export const CHANNEL_SORT_FIELDS = [
  'name',
  'platform',
  'organisationName',
  'status',
  'latestCount',
  'latestDate',
  'updatedAt',
] as const;
export type ChannelSortField = (typeof CHANNEL_SORT_FIELDS)[number];

export const channelListQuerySchema = z.object({
  search: z.string().max(200).optional(),
  platform: z.enum(PLATFORMS).optional(),
  status: z.enum(CHANNEL_STATUSES).optional(),
  includeDeleted: z.boolean().optional(),
  sort: z
    .array(z.object({ field: z.enum(CHANNEL_SORT_FIELDS), desc: z.boolean() }))
    .max(CHANNEL_SORT_FIELDS.length)
    .optional(),
  offset: z.number().int().min(0).optional(),
  limit: z.number().int().min(1).max(5000).optional(),
});
export type ChannelListQuery = z.input<typeof channelListQuerySchema>;

export interface ChannelList {
  rows: ChannelRow[];
  total: number;
}
