import { z } from 'zod';
import { channelFiltersSchema } from './channel';
import { isoDate, uuid } from './fields';
import type { SnapshotMetric } from './snapshot';

/**
 * Which channels a growth view is about: picked one by one, or by the same filters as the
 * channel grid (organisation, platform, status, ... as in a saved view). At most 50 series.
 */
export const channelSelectionSchema = z
  .object({
    channelIds: z.array(uuid).max(50).optional(),
    filters: channelFiltersSchema.optional(),
    viewId: uuid.optional(),
  })
  .strict();
export type ChannelSelection = z.input<typeof channelSelectionSchema>;

export const growthSeriesQuerySchema = z
  .object({
    selection: channelSelectionSchema,
    from: isoDate.optional(),
    to: isoDate.optional(),
    /** absolute counts, or indexed so the first value in the range is 100. */
    mode: z.enum(['absolute', 'indexed']).optional(),
    /** Fill gaps by linear interpolation (marked as such); off by default: gaps stay gaps. */
    interpolate: z.boolean().optional(),
    /** Downsampling target per series (LTTB); default 1000. */
    maxPoints: z.number().int().min(10).max(5000).optional(),
  })
  .strict();
export type GrowthSeriesQuery = z.input<typeof growthSeriesQuerySchema>;

export interface GrowthPoint {
  date: string;
  /** Count, or index (first = 100) in indexed mode; null where a gap is shown as a gap. */
  value: number | null;
  /** True for values made up by interpolation (only when asked). */
  interpolated?: boolean;
}

export interface GrowthSeries {
  channelId: string;
  name: string;
  platform: string;
  organisationName: string | null;
  metric: SnapshotMetric;
  points: GrowthPoint[];
  /** Raw points in the range before downsampling. */
  pointCount: number;
  downsampled: boolean;
  first: { date: string; count: number } | null;
  last: { date: string; count: number } | null;
  change: number | null;
  changePct: number | null;
}

export interface GrowthSeriesResult {
  from: string | null;
  to: string | null;
  series: GrowthSeries[];
  /** The register holds generated demonstration history (load-demo): every view says so. */
  fictitious: boolean;
}

export const growthPeriodsQuerySchema = z
  .object({
    selection: channelSelectionSchema,
    granularity: z.enum(['month', 'quarter', 'year']),
    from: isoDate.optional(),
    to: isoDate.optional(),
  })
  .strict();

/** Growth per month / quarter / year: the count at the end of each period minus the one before. */
export interface GrowthPeriodRow {
  channelId: string;
  name: string;
  /** "2014-09", "2014-Q3" or "2014". */
  period: string;
  start: string;
  end: string;
  /** Last known count at or before the period's start / end; null when none is known. */
  startCount: number | null;
  endCount: number | null;
  gain: number | null;
}

export const growthCompareQuerySchema = z.object({ selection: channelSelectionSchema, from: isoDate, to: isoDate }).strict();

export interface PeriodFigures {
  from: string;
  to: string;
  startCount: number | null;
  endCount: number | null;
  gain: number | null;
}

/** A period against the previous period of the same length, per channel. */
export interface GrowthComparison {
  channelId: string;
  name: string;
  metric: SnapshotMetric | null;
  current: PeriodFigures;
  previous: PeriodFigures;
  /** current.gain - previous.gain, and that as a percentage of |previous.gain|. */
  change: number | null;
  changePct: number | null;
}

/** How many follows a campaign brought, against the same-length period just before it. */
export interface CampaignEffect {
  channelId: string;
  name: string;
  metric: SnapshotMetric | null;
  before: PeriodFigures;
  during: PeriodFigures;
  change: number | null;
  changePct: number | null;
}
