import type { ChannelRow } from '../../../shared/domain/channel';
import type { CostLineRow } from '../../../shared/domain/cost';
import type { CostOverview } from '../../../shared/domain/costOverview';
import { CostOverviewService } from '../costOverview/costOverviewService';
import type { Register } from '../register/register';
import type { ChannelCosts } from './exportChannel';
import type { ExportPeriod } from './exportPeriod';

const PAGE = 5000;

export interface ExportCosts {
  costLines: CostLineRow[];
  costOverview: CostOverview;
  costsOf: (channelId: string) => ChannelCosts;
}

/**
 * The costs an export shows, for the calendar years of its period (what the "Kosten" page shows
 * for those years, shared costs not allocated; running lines counted up to the period's end).
 * For a selection of channels, the cost lines are those of the selected channels and the shared
 * lines of their organisations, and the per-channel totals and "kosten onbekend" list only the
 * selected channels; the totals per year, category and organisation stay the register's.
 */
export function readExportCosts(
  register: Register,
  period: ExportPeriod,
  selection: { rows: ChannelRow[]; everything: boolean },
): ExportCosts {
  const overview = new CostOverviewService(register.db).overview({
    fromYear: period.years[0]!,
    toYear: period.years[period.years.length - 1]!,
    asOf: period.to,
  });
  const withLines = new Set(
    register.db
      .prepare(`SELECT DISTINCT channel_id FROM cost_lines WHERE deleted_at IS NULL AND channel_id IS NOT NULL`)
      .pluck()
      .all() as string[],
  );
  const byChannel = new Map(overview.byChannel.map((total) => [total.channelId, total.byYear]));
  const costsOf = (channelId: string): ChannelCosts => ({
    known: withLines.has(channelId),
    byYear: byChannel.get(channelId) ?? {},
  });

  const lines = linesOfYears(register, period.years);
  if (selection.everything) return { costLines: lines, costOverview: overview, costsOf };
  const channelIds = new Set(selection.rows.map((row) => row.id));
  const organisationIds = new Set(selection.rows.flatMap((row) => (row.organisationId === null ? [] : [row.organisationId])));
  return {
    costLines: lines.filter((line) =>
      line.channelId !== null ? channelIds.has(line.channelId) : organisationIds.has(line.organisationId ?? ''),
    ),
    costOverview: {
      ...overview,
      byChannel: overview.byChannel.filter((total) => channelIds.has(total.channelId)),
      unknownCost: overview.unknownCost.filter((channel) => channelIds.has(channel.channelId)),
    },
    costsOf,
  };
}

/** Live cost lines that pay for a day of any of these years, oldest first (costs.list's own year rule). */
function linesOfYears(register: Register, years: readonly number[]): CostLineRow[] {
  const found = new Map<string, CostLineRow>();
  for (const year of years) {
    for (let offset = 0; ; offset += PAGE) {
      const page = register.costs.list({ year, offset, limit: PAGE });
      for (const row of page.rows) found.set(row.id, row);
      if (page.rows.length < PAGE) break;
    }
  }
  return [...found.values()].sort(
    (a, b) =>
      a.startDate.localeCompare(b.startDate) ||
      (a.description ?? '').localeCompare(b.description ?? '', 'nl') ||
      a.id.localeCompare(b.id),
  );
}
