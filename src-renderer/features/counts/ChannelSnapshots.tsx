import { useId } from 'react';
import { formatIsoDate, formatNumber } from '../../format/nlBE';
import { useI18n, useMessages } from '../../i18n/i18n';
import { metricLabel } from '../growth/chartLabels';
import { useQuery } from '../growth/useQuery';
import { countsMessages } from './messages';
import { snapshotsPanelMessages } from './snapshotsPanelMessages';
import './counts.css';

const SHOWN = 10;

/** The channel's latest counts (newest first) in the detail panel of the channel grid. */
export function ChannelSnapshots({ channelId, version }: { channelId: string; version: number }) {
  const m = useMessages(snapshotsPanelMessages);
  const c = useMessages(countsMessages);
  const { language } = useI18n();
  const captionId = useId();
  const snapshots = useQuery('snapshots.forChannel', { channelId, limit: SHOWN }, version);
  const rows = (snapshots.value ?? []).slice(0, SHOWN);
  return (
    <>
      <h3 id={captionId}>{m.title}</h3>
      {snapshots.error ? (
        <p className="muted">{language === 'nl' ? snapshots.error.message : snapshots.error.messageEn}</p>
      ) : rows.length === 0 ? (
        <p className="muted">{snapshots.loading ? c.loading : m.none}</p>
      ) : (
        <table className="grid entity-table snapshot-list">
          <caption className="visually-hidden">{m.caption}</caption>
          <thead>
            <tr>
              <th scope="col">{m.date}</th>
              <th scope="col" className="number">
                {m.count}
              </th>
              <th scope="col">{m.source}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((snapshot) => (
              <tr key={snapshot.id}>
                <th scope="row">{formatIsoDate(snapshot.date)}</th>
                <td className="number">
                  {formatNumber(snapshot.count)} {metricLabel(snapshot.metric, language)}
                </td>
                <td className="snapshot-source" title={snapshot.source ?? undefined}>
                  {snapshot.source ?? ''}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p className="hint">
        <a href="#/tellingen">{m.enter}</a> · <a href="#/groei">{m.growth}</a>
      </p>
    </>
  );
}
