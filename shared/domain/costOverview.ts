import { z } from 'zod';
import type { Platform } from './channel';
import { COST_CATEGORIES, type CostCategory } from './cost';
import { isoDate, uuid } from './fields';
import type { SnapshotMetric } from './snapshot';
import type { RuleMessage } from './validationMessages';

/**
 * How the "Kosten" overviews count money (the rules the unit tests pin down):
 *
 * Occurrences. A "once" line has one occurrence on its startDate. A recurring line has one on
 * startDate and then every month / quarter / year after it, on the same day of the month
 * (clamped to the month's last day: a line starting 31/01 falls due 28/02 or 29/02, 31/03, ...
 * always counted from startDate, so it never drifts), for as long as the date is on or before
 * the line's endDate, or, without an endDate (still running), on or before `asOf`.
 * Every occurrence costs the full amountCents (invoices are not prorated).
 *
 * Spreading. An occurrence pays for a period: a recurring one from its date to the day before
 * the next occurrence (cut at the line's endDate), a "once" line with an endDate for
 * startDate..endDate, a "once" line without one for its single day. Its cents are spread over
 * the days of that period (365 or 366 a year, leap days included), summed per month, and
 * rounded by largest remainder so the months of one occurrence add up to its amount exactly.
 * Year totals are the sum of their months. A yearly licence paid on 01/07/2013 therefore
 * counts half (184/365) in 2013 and the rest in 2014.
 *
 * Allocation. A shared (organisation) line is, per year, either shown as its organisation's
 * shared cost ("none"), or divided over the live, not-removed channels of that organisation
 * and its sub-organisations: "equal" in equal parts, "followers" in proportion to each
 * channel's latest count on or before the end of that year (no counts at all: equal, and
 * `allocationFallback` says so). Parts are rounded by largest remainder: they add up to the
 * whole, no cent lost or made. Allocated money is reported apart from direct money.
 *
 * Readings the rules above leave open (what a city's finance officer expects):
 * - asOf stops only running recurring lines. One-off lines and lines with an endDate count as
 *   entered, planned or contracted costs included. The last invoice of a running line still pays
 *   for its whole month / quarter / year, even where that runs past asOf.
 * - Allocation divides, per organisation, year and category, the sum of its shared lines (ties of a
 *   cent go to the channel with the lowest id). "followers": the count on or before the year's end,
 *   or asOf if earlier, in each channel's latest metric; a channel without a count weighs 0. Removed
 *   channels keep their own cost but get no part; an organisation without channels keeps its money
 *   unallocated.
 * - organisationId shows that organisation's subtree: the shared lines of it and its
 *   sub-organisations and the lines of their channels. Shared lines of organisations above it are
 *   not part of it, so they are not allocated into it either. An empty `categories` is no filter;
 *   no `allocation` is "none".
 * - Budgets are measured against the real cost of their own scope and category, whatever the
 *   filters; the filters only choose which are listed (with organisationId: budgets in its subtree,
 *   not the register's; with categories: budgets of those categories only).
 * - byChannel / byOrganisation / byPlatform list what has a line reaching into the range in the
 *   chosen categories, or a part of a shared line; largest total first.
 * - Cost per (gained) follower is rounded half away from zero.
 */

export const ALLOCATION_MODES = ['none', 'equal', 'followers'] as const;
export type AllocationMode = (typeof ALLOCATION_MODES)[number];

export const costOverviewQuerySchema = z
  .object({
    fromYear: z.number().int().min(1990).max(2200),
    toYear: z.number().int().min(1990).max(2200),
    /** Running lines without an end date count up to this day; default: today. */
    asOf: isoDate.optional(),
    allocation: z.enum(ALLOCATION_MODES).optional(),
    /** Restrict everything to one organisation (its own lines, its channels', its sub-organisations'). */
    organisationId: uuid.optional(),
    categories: z.array(z.enum(COST_CATEGORIES)).max(COST_CATEGORIES.length).optional(),
  })
  .strict()
  .refine((query) => query.toYear >= query.fromYear, { message: 'end_before_start' satisfies RuleMessage, path: ['toYear'] })
  .refine((query) => query.toYear - query.fromYear <= 50, { message: 'range_too_long' satisfies RuleMessage, path: ['toYear'] });
export type CostOverviewQuery = z.input<typeof costOverviewQuerySchema>;

/** Cents per category; every category present (0 when none). */
export type CategoryCents = Record<CostCategory, number>;

export interface CostYearTotal {
  year: number;
  totalCents: number;
  byCategory: CategoryCents;
  /**
   * The budget of that year whose scope is exactly the view's: the whole register's (no channel or
   * organisation) or, with organisationId, that organisation's; for all categories, or for the one
   * category chosen. Null when there is none, or when several (not all) categories are chosen.
   */
  budgetCents: number | null;
  /** budget - actual; positive = under budget. Null without a budget. */
  differenceCents: number | null;
}

export interface ChannelCostTotal {
  channelId: string;
  channelName: string;
  platform: Platform;
  organisationId: string | null;
  organisationName: string | null;
  /** From the channel's own cost lines, in the range. */
  directCents: number;
  /** Its part of shared organisation lines (0 when allocation is "none"). */
  allocatedCents: number;
  totalCents: number;
  byYear: Record<number, number>;
  /** Latest count on or before the end of the range (or asOf, if earlier), in the channel's latest metric. */
  followers: number | null;
  followersDate: string | null;
  metric: SnapshotMetric | null;
  /** Count at the range's end minus the latest count on or before its start (or the first count inside it). */
  gainedFollowers: number | null;
  /** totalCents / followers, rounded to whole cents; null without counts or with 0 followers. */
  costPerFollowerCents: number | null;
  /** totalCents / gainedFollowers; null when nothing was gained (0 or fewer) or counts are missing. */
  costPerGainedFollowerCents: number | null;
}

export interface OrganisationCostTotal {
  organisationId: string;
  organisationName: string;
  /** Lines on its channels (not its sub-organisations'). */
  channelCents: number;
  /** Its own shared lines, whether or not they are allocated over channels. */
  sharedCents: number;
  totalCents: number;
  byYear: Record<number, number>;
}

export interface PlatformCostTotal {
  platform: Platform;
  /** Direct plus allocated. */
  totalCents: number;
  allocatedCents: number;
}

export interface CategoryCostTotal {
  category: CostCategory;
  totalCents: number;
  byYear: Record<number, number>;
}

export interface BudgetComparison {
  budgetId: string;
  year: number;
  scope: 'register' | 'channel' | 'organisation';
  /** Channel or organisation id; null for the whole register. */
  scopeId: string | null;
  scopeName: string | null;
  category: CostCategory | null;
  budgetCents: number;
  /**
   * Actual cost of that year in that scope and category. Channel: direct plus allocated.
   * Organisation: its shared lines and the lines of its channels and sub-organisations.
   */
  actualCents: number;
  /** budget - actual; negative = over budget. */
  differenceCents: number;
}

export interface UnknownCostChannel {
  channelId: string;
  channelName: string;
  platform: Platform;
  organisationName: string | null;
  status: string | null;
}

export interface CostOverview {
  fromYear: number;
  toYear: number;
  asOf: string;
  allocation: AllocationMode;
  /** Organisations whose shared lines fell back to equal parts (allocation "followers" without counts). */
  allocationFallback: Array<{ organisationId: string; organisationName: string }>;
  totalCents: number;
  /** Shared money not divided over channels (all of it with allocation "none"). */
  unallocatedCents: number;
  years: CostYearTotal[];
  byCategory: CategoryCostTotal[];
  byChannel: ChannelCostTotal[];
  byOrganisation: OrganisationCostTotal[];
  byPlatform: PlatformCostTotal[];
  budgets: BudgetComparison[];
  /** Live channels, not removed, without any cost line of their own (ever): "kosten onbekend". */
  unknownCost: UnknownCostChannel[];
}
