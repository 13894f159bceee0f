import { createColumnHelper, tableFeatures } from '@tanstack/react-table';
import type { ChannelRow, ChannelSortField } from '../../../shared/domain/channel';
import { formatIsoDate, formatNumber } from '../../format/nlBE';
import type { Messages } from '../../i18n/nl-BE';
import { ExternalLink } from '../../components/ExternalLink';

export const channelTableFeatures = tableFeatures({});
const helper = createColumnHelper<typeof channelTableFeatures, ChannelRow>();

/** Column id -> the field the core sorts on. */
export const SORTABLE: Record<string, ChannelSortField> = {
  name: 'name',
  platform: 'platform',
  organisation: 'organisationName',
  status: 'status',
  latestCount: 'latestCount',
  latestDate: 'latestDate',
};

export function channelColumns(t: Messages) {
  return helper.columns([
    helper.accessor('name', {
      id: 'name',
      header: t.channels.columns.name,
      cell: (info) => {
        const row = info.row.original;
        return (
          <span className="channel-name">
            {row.url ? <ExternalLink href={row.url} label={row.name} hint={t.channels.opensInBrowser} /> : row.name}
            {row.handle && row.handle !== row.name ? <span className="handle"> {row.handle}</span> : null}
          </span>
        );
      },
    }),
    helper.accessor('platform', {
      id: 'platform',
      header: t.channels.columns.platform,
      cell: (info) => t.platforms[info.getValue()],
    }),
    helper.accessor('organisationName', {
      id: 'organisation',
      header: t.channels.columns.organisation,
      cell: (info) => info.getValue() ?? '—',
    }),
    helper.accessor('status', {
      id: 'status',
      header: t.channels.columns.status,
      cell: (info) => {
        const status = info.getValue();
        return <span className={`status status-${status ?? 'unknown'}`}>{t.statuses[status ?? 'unknown']}</span>;
      },
    }),
    helper.accessor('latestCount', {
      id: 'latestCount',
      header: t.channels.columns.latestCount,
      cell: (info) => {
        const row = info.row.original;
        return row.latestCount === null
          ? '—'
          : `${formatNumber(row.latestCount)} ${row.latestMetric ? t.metrics[row.latestMetric] : ''}`;
      },
    }),
    helper.accessor('latestDate', {
      id: 'latestDate',
      header: t.channels.columns.latestDate,
      cell: (info) => {
        const date = info.getValue();
        return date ? <time dateTime={date}>{formatIsoDate(date)}</time> : '—';
      },
    }),
  ]);
}
