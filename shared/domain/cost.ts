import { z } from 'zod';
import { isoDate, optionalText, uuid } from './fields';
import { MAX_AMOUNT_CENTS } from './money';
import type { Platform } from './channel';
import type { RuleMessage } from './validationMessages';

/** The kinds of cost the college decision and the city's web policy speak of, plus the usual others. */
export const COST_CATEGORIES = [
  'creation',
  'technical_implementation',
  'maintenance',
  'hosting',
  'domain_name',
  'licence_tool',
  'advertising',
  'prizes_actions',
  'staff_time',
  'other',
] as const;
export type CostCategory = (typeof COST_CATEGORIES)[number];

/**
 * How often a cost line's amount falls due. `amountCents` is the amount of ONE occurrence
 * (25 euro hosting per month is 2500 with "monthly"). See costOverview.ts for how occurrences
 * are dated and spread over days, months and years.
 */
export const RECURRENCES = ['once', 'monthly', 'quarterly', 'yearly'] as const;
export type Recurrence = (typeof RECURRENCES)[number];

const amountCents = z.number().int().min(-MAX_AMOUNT_CENTS).max(MAX_AMOUNT_CENTS);

/**
 * A cost line belongs to exactly one channel, or to one organisation when the cost is shared
 * by its channels (a CMS licence for all sites, the webmasters' staff time).
 */
const costLineObject = z.object({
  channelId: uuid.nullable().optional(),
  organisationId: uuid.nullable().optional(),
  /** What the cost is ("Mechelenbon voor de winnaar", "Hosting 2014"); shown as the row's name. */
  description: optionalText(300),
  category: z.enum(COST_CATEGORIES),
  amountCents,
  /** Null when unknown (finance lists often do not say). */
  vatIncluded: z.boolean().nullable().optional(),
  /** The date of a one-off cost, or of the first occurrence of a recurring one. */
  startDate: isoDate,
  /** One-off: the last day of the period it pays for (spread over it). Recurring: no occurrence after it. */
  endDate: isoDate.nullable().optional(),
  recurrence: z.enum(RECURRENCES).optional(),
  supplier: optionalText(300),
  /** Order or invoice reference. */
  reference: optionalText(300),
  notes: optionalText(5000),
});

function oneOwner(fields: { channelId?: string | null; organisationId?: string | null }): boolean {
  return Boolean(fields.channelId) !== Boolean(fields.organisationId);
}

export const costLineFieldsSchema = costLineObject
  .strict()
  .refine(oneOwner, { message: 'cost_owner' satisfies RuleMessage, path: ['channelId'] })
  .refine((fields) => !fields.endDate || fields.endDate >= fields.startDate, {
    message: 'end_before_start' satisfies RuleMessage,
    path: ['endDate'],
  });
export type CostLineFields = z.input<typeof costLineFieldsSchema>;

/**
 * A partial edit. Setting `channelId` to a channel moves the line to that channel (its
 * `organisationId` becomes null) and vice versa; the service checks the whole line after
 * the patch (one owner, end not before start).
 */
export const costLinePatchSchema = costLineObject.partial().strict();
export type CostLinePatch = z.input<typeof costLinePatchSchema>;

export interface CostLine {
  id: string;
  channelId: string | null;
  organisationId: string | null;
  description: string | null;
  category: CostCategory;
  amountCents: number;
  vatIncluded: boolean | null;
  startDate: string;
  endDate: string | null;
  recurrence: Recurrence;
  supplier: string | null;
  reference: string | null;
  notes: string | null;
  createdAt: string;
  updatedAt: string;
  deletedAt: string | null;
}

/** A cost line with the names the grid shows. */
export interface CostLineRow extends CostLine {
  channelName: string | null;
  channelPlatform: Platform | null;
  /** The line's own organisation (shared cost) or its channel's organisation. */
  ownerOrganisationId: string | null;
  ownerOrganisationName: string | null;
  /** True for an organisation's shared cost (no channel). */
  shared: boolean;
}

/** The fields a user edits in the cost grid, pastes into and maps an import column to. */
export const COST_EDITABLE_FIELDS = [
  'description',
  'channelId',
  'organisationId',
  'category',
  'amountCents',
  'vatIncluded',
  'startDate',
  'endDate',
  'recurrence',
  'supplier',
  'reference',
  'notes',
] as const;
export type CostEditableField = (typeof COST_EDITABLE_FIELDS)[number];

export const COST_SORT_FIELDS = [
  'description',
  'channelName',
  'organisationName',
  'category',
  'amountCents',
  'startDate',
  'endDate',
  'recurrence',
  'supplier',
  'updatedAt',
] as const;
export type CostSortField = (typeof COST_SORT_FIELDS)[number];

export const costListQuerySchema = z
  .object({
    /** Accent- and case-insensitive, over description, supplier, reference, notes, channel and organisation names. */
    search: z.string().max(200).optional(),
    /** Only the lines of this channel (the detail panel). */
    channelId: uuid.optional(),
    /** Lines of this organisation: its shared lines and the lines of its channels. */
    organisationId: uuid.optional(),
    categories: z.array(z.enum(COST_CATEGORIES)).max(COST_CATEGORIES.length).optional(),
    /** Lines with at least one occurrence (or spread day) in this calendar year. */
    year: z.number().int().min(1990).max(2200).optional(),
    deleted: z.enum(['exclude', 'only', 'include']).optional(),
    sort: z
      .array(z.object({ field: z.enum(COST_SORT_FIELDS), desc: z.boolean() }).strict())
      .max(COST_SORT_FIELDS.length)
      .optional(),
    offset: z.number().int().min(0).optional(),
    limit: z.number().int().min(1).max(5000).optional(),
  })
  .strict();
export type CostListQuery = z.input<typeof costListQuerySchema>;

export interface CostLineList {
  rows: CostLineRow[];
  total: number;
  /** Sum of amountCents of all matching lines (one occurrence each), for the grid's footer. */
  amountSumCents: number;
}

/**
 * A block pasted into the cost grid: one entry per clipboard line, cells keyed by the column
 * they landed in, raw text. The core reads "1.234,56", dd/mm/jjjj, category and recurrence
 * labels, channel names or URLs, organisation names, ja/nee. `id` null: a new line.
 */
export const costPasteRowsSchema = z
  .array(
    z
      .object({
        id: uuid.nullable(),
        cells: z.partialRecord(z.enum(COST_EDITABLE_FIELDS), z.string().max(10_000)),
      })
      .strict(),
  )
  .min(1)
  .max(10_000);
