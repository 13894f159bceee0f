import type { ExportColumn } from './exportColumns';
import type { ExportChannel, ExportCount, ExportDataset } from './exportDataset';

/** One count of one channel: a row of the long Groei table. */
export interface GrowthRow {
  channel: ExportChannel;
  count: ExportCount;
}

/** The long Groei table (sheet and CSV): one row per count, for pivot tables and charts. */
export const GROWTH_LONG_COLUMNS: ExportColumn<GrowthRow>[] = [
  { header: 'Kanaal', type: 'text', value: (row) => row.channel.name },
  { header: 'Platform', type: 'text', value: (row) => row.channel.platformLabel },
  { header: 'Organisatie', type: 'text', value: (row) => row.channel.organisationName },
  { header: 'Datum', type: 'date', value: (row) => row.count.date },
  { header: 'Aantal', type: 'count', value: (row) => row.count.count },
  { header: 'Eenheid', type: 'text', value: (row) => row.channel.latestMetricLabel },
];

/** The counts of the period, channel by channel in the export's order, each channel's oldest first. */
export function* growthRows(dataset: ExportDataset, limit = Number.POSITIVE_INFINITY): Generator<GrowthRow> {
  let written = 0;
  for (const channel of dataset.channels) {
    for (const count of channel.countsInPeriod) {
      if (written >= limit) return;
      written += 1;
      yield { channel, count };
    }
  }
}

export function growthRowCount(dataset: ExportDataset): number {
  return dataset.channels.reduce((sum, channel) => sum + channel.countsInPeriod.length, 0);
}
