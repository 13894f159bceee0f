import {
  growthCompareQuerySchema,
  growthPeriodsQuerySchema,
  growthSeriesQuerySchema,
  type GrowthComparison,
  type GrowthPeriodRow,
  type GrowthSeriesResult,
} from '../domain/growth';
import { method } from './method';

/** Growth figures shaped for the charts: the core downsamples, the renderer only draws. */
export const growthContract = {
  'growth.series': method<GrowthSeriesResult>()(growthSeriesQuerySchema),
  'growth.periods': method<GrowthPeriodRow[]>()(growthPeriodsQuerySchema),
  'growth.compare': method<GrowthComparison[]>()(growthCompareQuerySchema),
} as const;
