import type { ChannelRow } from '../../../shared/domain/channel';
import { METRIC_LABELS, ORGANISATION_KIND_LABELS, PLATFORM_LABELS, STATUS_LABELS } from '../../../shared/domain/labels';
import type { OrganisationKind } from '../../../shared/domain/organisation';
import type { ExportChannel } from './exportDataset';
import { periodGrowth, type ChannelPeriodCounts } from './periodCounts';

export interface ChannelCosts {
  /** The channel has a live cost line of its own (in any year). */
  known: boolean;
  /** Its direct cost per year of the period, from the cost overview. */
  byYear: Record<number, number>;
}

/** A channel row of the grid as the exports show it: Dutch labels, the period's counts and known costs. */
export function toExportChannel(
  row: ChannelRow,
  counts: ChannelPeriodCounts,
  from: string,
  years: readonly number[],
  costs: ChannelCosts,
): ExportChannel {
  const organisationKind = row.organisationKind as OrganisationKind | null;
  const costByYear: Record<number, number> = {};
  if (costs.known) for (const year of years) costByYear[year] = costs.byYear[year] ?? 0;
  return {
    id: row.id,
    name: row.name,
    kind: row.kind,
    platform: row.platform,
    platformLabel: PLATFORM_LABELS[row.platform].nl,
    organisationName: row.organisationName,
    organisationKind,
    organisationKindLabel: organisationKind === null ? null : ORGANISATION_KIND_LABELS[organisationKind].nl,
    handle: row.handle,
    url: row.url,
    responsibleName: row.responsiblePersonName,
    status: row.status,
    statusLabel: STATUS_LABELS[row.status ?? 'unknown'].nl,
    latestCount: row.latestCount,
    latestMetric: row.latestMetric,
    latestMetricLabel: row.latestMetric === null ? null : METRIC_LABELS[row.latestMetric].nl,
    latestDate: row.latestDate,
    countAtFrom: counts.atFrom,
    countAtTo: counts.atTo,
    growth: periodGrowth(counts, from),
    costByYear,
    knownCostCents: costs.known ? years.reduce((sum, year) => sum + costByYear[year]!, 0) : null,
    countsInPeriod: counts.inPeriod,
  };
}
