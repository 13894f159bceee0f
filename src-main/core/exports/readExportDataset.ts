import { basename, extname } from 'node:path';
import type { ExportOptions } from '../../../shared/domain/exportOptions';
import { localToday } from '../costOverview/localToday';
import type { Register } from '../register/register';
import { exportRecommendations } from '../review/exportRecommendations';
import { toExportChannel } from './exportChannel';
import { readExportCosts } from './exportCosts';
import type { ExportDataset } from './exportDataset';
import { exportPeriod } from './exportPeriod';
import { exportSelection } from './exportSelection';
import { readPeriodCounts } from './periodCounts';
import { groupByPlatform, organisationOrder } from './platformGroups';

/**
 * Reads everything an export shows, once: the selected channels (saved view, the grid's query, or
 * all) with their counts over the period and known costs, grouped by platform as the seed groups
 * them, the cost lines and the cost overview of the period's years, and the review's accepted
 * recommendations. Reads only.
 */
export function readExportDataset(
  register: Register,
  options: Pick<ExportOptions, 'viewId' | 'query' | 'from' | 'to'>,
  today: string = localToday(),
): ExportDataset {
  const period = exportPeriod(options, today);
  const selection = exportSelection(register, options);
  const counts = readPeriodCounts(
    register.db,
    selection.rows.map((row) => row.id),
    period.from,
    period.to,
  );
  const costs = readExportCosts(register, period, selection);
  const organisationOf = new Map(selection.rows.map((row) => [row.id, row.organisationId]));
  const channels = selection.rows.map((row) =>
    toExportChannel(row, counts(row.id), period.from, period.years, costs.costsOf(row.id)),
  );
  return {
    registerName: basename(register.path, extname(register.path)),
    fictitious: register.isFictitious(),
    generatedAt: new Date().toISOString(),
    from: period.from,
    to: period.to,
    years: period.years,
    selectionLabel: selection.label,
    channels,
    byPlatform: groupByPlatform(channels, (channel) => organisationOf.get(channel.id) ?? null, organisationOrder(register.db)),
    costLines: costs.costLines,
    costOverview: costs.costOverview,
    // The review's accepted recommendations are about the whole register, not only the selection.
    recommendations: exportRecommendations(register.review.recommendations(), register.review.rules()),
  };
}
