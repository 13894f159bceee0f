import { useId, useState } from 'react';
import type { ChannelCostTotal, CostOverview } from '../../../../shared/domain/costOverview';
import { formatEuroCents, formatIsoDate, formatNumber } from '../../../format/nlBE';
import { useI18n, useMessages } from '../../../i18n/i18n';
import { metricLabel, seriesLabel } from '../../growth/chartLabels';
import { formatSigned } from '../../growth/format';
import { AmountOrNote } from './AmountOrNote';
import { sortChannelRows, type ChannelSort, type ChannelSortKey } from './channelSort';
import { overviewMessages } from './messages';

function SortableHeader({
  label,
  sortKey,
  sort,
  onSort,
  numeric,
}: {
  label: string;
  sortKey: ChannelSortKey;
  sort: ChannelSort;
  onSort(next: ChannelSort): void;
  numeric?: boolean;
}) {
  const m = useMessages(overviewMessages);
  const active = sort.key === sortKey;
  return (
    <th
      scope="col"
      className={numeric ? 'number sortable' : 'sortable'}
      aria-sort={active ? (sort.desc ? 'descending' : 'ascending') : undefined}
    >
      <button
        type="button"
        className="sort-button"
        // Amounts first from the highest, names from A.
        onClick={() => onSort({ key: sortKey, desc: active ? !sort.desc : sortKey !== 'name' })}
      >
        {label}
        <span className="sort-indicator" aria-hidden="true">
          {active ? (sort.desc ? ' ▼' : ' ▲') : ''}
        </span>
        <span className="visually-hidden">{m.channels.sortHint}</span>
      </button>
    </th>
  );
}

/**
 * Per channel: its own (direct) cost, its allocated part of shared costs, the total, its followers
 * and what a follower and a gained follower cost. Shared money nobody was given is a row of its own,
 * so the column adds up to the overall total.
 */
export function ChannelCostTable({ overview }: { overview: CostOverview }) {
  const m = useMessages(overviewMessages);
  const { language } = useI18n();
  const captionId = useId();
  const [sort, setSort] = useState<ChannelSort>({ key: 'total', desc: true });
  const rows = sortChannelRows(overview.byChannel, sort);
  const sum = (pick: (row: ChannelCostTotal) => number) => rows.reduce((total, row) => total + pick(row), 0);

  const followers = (row: ChannelCostTotal) =>
    row.followers === null ? (
      <span className="muted">{m.channels.noCount}</span>
    ) : (
      <>
        {formatNumber(row.followers)} {metricLabel(row.metric, language)}
        {row.followersDate ? <span className="muted followers-date"> ({formatIsoDate(row.followersDate)})</span> : null}
      </>
    );
  const perFollowerNote = (row: ChannelCostTotal) => (row.followers === null ? m.channels.noCount : m.channels.noFollowers);
  const perGainedNote = (row: ChannelCostTotal) => (row.gainedFollowers === null ? m.channels.noCount : m.channels.noGrowth);

  return (
    <>
      <div className="costs-table-wrap" role="region" aria-labelledby={captionId} tabIndex={0}>
        <table className="grid entity-table costs-table costs-channel-table">
          <caption id={captionId}>{m.channels.caption}</caption>
          <thead>
            <tr>
              <SortableHeader label={m.channels.channel} sortKey="name" sort={sort} onSort={setSort} />
              <th scope="col">{m.channels.organisation}</th>
              <th scope="col" className="number">
                {m.direct}
              </th>
              <th scope="col" className="number">
                {m.allocated}
              </th>
              <SortableHeader label={m.total} sortKey="total" sort={sort} onSort={setSort} numeric />
              <th scope="col" className="number">
                {m.channels.followers}
              </th>
              <th scope="col" className="number">
                {m.channels.gained}
              </th>
              <SortableHeader label={m.channels.perFollower} sortKey="perFollower" sort={sort} onSort={setSort} numeric />
              <SortableHeader label={m.channels.perGained} sortKey="perGained" sort={sort} onSort={setSort} numeric />
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.channelId}>
                <th scope="row">{seriesLabel(row.channelName, row.platform, language)}</th>
                <td>{row.organisationName ?? ''}</td>
                <td className="number">{formatEuroCents(row.directCents)}</td>
                <td className="number">{formatEuroCents(row.allocatedCents)}</td>
                <td className="number">{formatEuroCents(row.totalCents)}</td>
                <td className="number">{followers(row)}</td>
                <td className="number">
                  {row.gainedFollowers === null ? (
                    <span className="muted">{m.channels.noCount}</span>
                  ) : (
                    formatSigned(row.gainedFollowers)
                  )}
                </td>
                <td className="number">
                  <AmountOrNote cents={row.costPerFollowerCents} note={perFollowerNote(row)} />
                </td>
                <td className="number">
                  <AmountOrNote cents={row.costPerGainedFollowerCents} note={perGainedNote(row)} />
                </td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            {overview.unallocatedCents !== 0 ? (
              <tr>
                <th scope="row" colSpan={2}>
                  {m.channels.unallocated}
                </th>
                <td className="number" />
                <td className="number" />
                <td className="number">{formatEuroCents(overview.unallocatedCents)}</td>
                <td colSpan={4} />
              </tr>
            ) : null}
            <tr>
              <th scope="row" colSpan={2}>
                {m.total}
              </th>
              <td className="number">{formatEuroCents(sum((row) => row.directCents))}</td>
              <td className="number">{formatEuroCents(sum((row) => row.allocatedCents))}</td>
              <td className="number">{formatEuroCents(overview.totalCents)}</td>
              <td colSpan={4} />
            </tr>
          </tfoot>
        </table>
      </div>
      <p className="hint">{m.channels.perFollowerNote}</p>
    </>
  );
}
