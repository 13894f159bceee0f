import type Database from 'better-sqlite3';
import {
  growthCompareQuerySchema,
  growthPeriodsQuerySchema,
  growthSeriesQuerySchema,
  type GrowthComparison,
  type GrowthPeriodRow,
  type GrowthSeries,
  type GrowthSeriesResult,
} from '../../../shared/domain/growth';
import type { z } from 'zod';
import { DomainError } from '../errors';
import { validate } from '../validation';
import { defaultMetric } from '../snapshots/defaultMetric';
import { resolveSelection, type SelectedChannel } from './channelSelection';
import { CountsReader } from './countsReader';
import { fromDay } from './days';
import { periodBuckets } from './periodBuckets';
import { compareGains, periodFigures, previousPeriod, roundPct } from './periodFigures';
import { shapeSeries } from './shapeSeries';

const DEFAULT_MAX_POINTS = 1000;
/** growth.periods answers one row per channel and period; past this the request is refused. */
const MAX_PERIOD_ROWS = 20_000;

/** Growth figures for the "Groei" page, already shaped for the charts. */
export class GrowthService {
  private readonly reader: CountsReader;

  constructor(
    private readonly db: Database.Database,
    private readonly isFictitious: () => boolean,
  ) {
    this.reader = new CountsReader(db);
  }

  series(query: z.input<typeof growthSeriesQuerySchema>): GrowthSeriesResult {
    const valid = validate(growthSeriesQuerySchema, query);
    assertOrder(valid.from, valid.to);
    const options = {
      mode: valid.mode ?? 'absolute',
      interpolate: valid.interpolate ?? false,
      maxPoints: valid.maxPoints ?? DEFAULT_MAX_POINTS,
    };
    const series = resolveSelection(this.db, valid.selection).map((channel): GrowthSeries => {
      const metric = this.reader.dominantMetric(channel.id);
      const raw = metric ? this.reader.range(channel.id, metric, valid.from, valid.to) : { days: [], counts: [] };
      const { points, downsampled } = shapeSeries(raw, options);
      const n = raw.counts.length;
      const first = n > 0 ? { date: fromDay(raw.days[0]!), count: raw.counts[0]! } : null;
      const last = n > 0 ? { date: fromDay(raw.days[n - 1]!), count: raw.counts[n - 1]! } : null;
      const change = first && last ? last.count - first.count : null;
      return {
        ...describe(channel),
        metric: metric ?? defaultMetric(channel.platform),
        points,
        pointCount: n,
        downsampled,
        first,
        last,
        change,
        changePct: change !== null && first && first.count !== 0 ? roundPct((change / first.count) * 100) : null,
      };
    });
    return { from: valid.from ?? null, to: valid.to ?? null, series, fictitious: this.isFictitious() };
  }

  /**
   * Growth per month, quarter or year for every selected channel. Without a range: from the
   * first to the last count of the selection.
   */
  periods(query: z.input<typeof growthPeriodsQuerySchema>): GrowthPeriodRow[] {
    const valid = validate(growthPeriodsQuerySchema, query);
    assertOrder(valid.from, valid.to);
    const channels = resolveSelection(this.db, valid.selection).map((channel) => ({
      channel,
      metric: this.reader.dominantMetric(channel.id),
    }));
    const bounds = channels.flatMap(({ channel, metric }) => (metric ? [this.reader.bounds(channel.id, metric)] : []));
    const from = valid.from ?? minOf(bounds.map((b) => b?.first));
    const to = valid.to ?? maxOf(bounds.map((b) => b?.last));
    if (!from || !to || from > to) return [];
    const buckets = periodBuckets(valid.granularity, from, to);
    if (buckets.length * channels.length > MAX_PERIOD_ROWS) {
      throw new DomainError(
        'INVALID_INPUT',
        `Te veel perioden (${buckets.length} × ${channels.length} kanalen): kies een kortere periode of een grovere indeling.`,
        `Too many periods (${buckets.length} × ${channels.length} channels): choose a shorter range or coarser periods.`,
      );
    }
    return channels.flatMap(({ channel, metric }) =>
      buckets.map((bucket) => {
        const figures = periodFigures(this.reader, channel.id, metric, bucket.start, bucket.end);
        return {
          channelId: channel.id,
          name: channel.name,
          period: bucket.period,
          start: bucket.start,
          end: bucket.end,
          startCount: figures.startCount,
          endCount: figures.endCount,
          gain: figures.gain,
        };
      }),
    );
  }

  /** [from, to] against the period of the same length just before it, per channel. */
  compare(query: z.input<typeof growthCompareQuerySchema>): GrowthComparison[] {
    const valid = validate(growthCompareQuerySchema, query);
    assertOrder(valid.from, valid.to);
    const previous = previousPeriod(valid.from, valid.to);
    return resolveSelection(this.db, valid.selection).map((channel) => {
      const metric = this.reader.dominantMetric(channel.id);
      const current = periodFigures(this.reader, channel.id, metric, valid.from, valid.to);
      const before = periodFigures(this.reader, channel.id, metric, previous.from, previous.to);
      return {
        channelId: channel.id,
        name: channel.name,
        metric,
        current,
        previous: before,
        ...compareGains(current.gain, before.gain),
      };
    });
  }
}

function describe(channel: SelectedChannel) {
  return { channelId: channel.id, name: channel.name, platform: channel.platform, organisationName: channel.organisationName };
}

function assertOrder(from: string | undefined, to: string | undefined): void {
  if (from && to && to < from) {
    throw new DomainError(
      'INVALID_INPUT',
      `De einddatum (${to}) ligt vóór de begindatum (${from}).`,
      `The end date (${to}) is before the start date (${from}).`,
    );
  }
}

function minOf(values: Array<string | undefined>): string | null {
  return values.reduce<string | null>((min, v) => (v && (min === null || v < min) ? v : min), null);
}

function maxOf(values: Array<string | undefined>): string | null {
  return values.reduce<string | null>((max, v) => (v && (max === null || v > max) ? v : max), null);
}
