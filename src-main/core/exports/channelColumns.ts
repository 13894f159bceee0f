import { formatShortDate } from './docxFormat';
import type { ExportColumn } from './exportColumns';
import type { ExportChannel, ExportDataset } from './exportDataset';

/**
 * The channel table of "Overzicht", the platform sheets and the channels CSV: who, where, the
 * latest count, the growth over the period and the known cost per year of the period. A platform
 * sheet leaves the platform out (the sheet is the platform).
 */
export function channelColumns(dataset: ExportDataset, options: { platform: boolean }): ExportColumn<ExportChannel>[] {
  const period = `${formatShortDate(dataset.from)} – ${formatShortDate(dataset.to)}`;
  const columns: Array<ExportColumn<ExportChannel> | null> = [
    { header: 'Organisatie', type: 'text', value: (channel) => channel.organisationName },
    { header: 'Soort organisatie', type: 'text', value: (channel) => channel.organisationKindLabel },
    options.platform ? { header: 'Platform', type: 'text', value: (channel) => channel.platformLabel } : null,
    { header: 'Naam', type: 'text', value: (channel) => channel.name },
    { header: 'Account', type: 'text', value: (channel) => channel.handle },
    { header: 'URL', type: 'link', value: (channel) => channel.url },
    { header: 'Verantwoordelijke', type: 'text', value: (channel) => channel.responsibleName },
    { header: 'Status', type: 'text', value: (channel) => channel.statusLabel },
    { header: 'Laatste telling', type: 'count', value: (channel) => channel.latestCount },
    { header: 'Eenheid', type: 'text', value: (channel) => channel.latestMetricLabel },
    { header: 'Datum telling', type: 'date', value: (channel) => channel.latestDate },
    { header: `Groei ${period}`, type: 'count', value: (channel) => channel.growth },
    ...dataset.years.map((year): ExportColumn<ExportChannel> => ({
      header: `Kost ${year}`,
      type: 'euro',
      value: (channel) => (channel.knownCostCents === null ? null : (channel.costByYear[year] ?? 0)),
    })),
    { header: 'Kost totaal', type: 'euro', value: (channel) => channel.knownCostCents },
  ];
  return columns.filter((column) => column !== null);
}
