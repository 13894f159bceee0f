import { useEffect, useId, useState } from 'react';
import type { ApiError } from '../../../shared/api/result';
import type { ChangeEntry } from '../../../shared/domain/changeLog';
import type { ChannelRow } from '../../../shared/domain/channel';
import { invoke } from '../../api/client';
import { ErrorMessage } from '../../components/ErrorMessage';
import { ExternalLink } from '../../components/ExternalLink';
import { formatIsoDate, formatTimestamp } from '../../format/nlBE';
import { useMessages } from '../../i18n/i18n';
import { ChannelCosts } from '../costs/lines/ChannelCosts';
import { ChannelSnapshots } from '../counts/ChannelSnapshots';
import { channelsMessages } from './channelsMessages';
import { detailMessages } from './detailMessages';
import { DATE_FIELDS } from './channelEdits';
import { cellText, GRID_COLUMNS, type CellLabels } from './grid/gridColumns';

interface Props {
  row: ChannelRow;
  version: number;
  labels: CellLabels;
  nameOf(field: string, id: unknown): string | null;
  onClose(): void;
  onChanged(): void;
}

const FIELD_TO_COLUMN: Record<string, string> = { organisationId: 'organisation', responsiblePersonId: 'responsible' };

/** Everything about one channel, and its history with "restore this version". */
export function ChannelDetailPanel({ row, version, labels, nameOf, onClose, onChanged }: Props) {
  const m = useMessages(detailMessages);
  const cm = useMessages(channelsMessages);
  const [history, setHistory] = useState<ChangeEntry[]>([]);
  const [error, setError] = useState<ApiError | null>(null);
  const headingId = useId();

  useEffect(() => {
    let cancelled = false;
    void invoke('changeLog.forEntity', { entity: 'channel', id: row.id, limit: 200 }).then((result) => {
      if (cancelled) return;
      if (result.ok) setHistory(result.value);
      else setError(result.error);
    });
    return () => {
      cancelled = true;
    };
  }, [row.id, version]);

  const restore = async (entry: ChangeEntry) => {
    const result = await invoke('channels.restoreVersion', { id: row.id, hlc: entry.hlc });
    if (!result.ok) setError(result.error);
    else {
      setError(null);
      onChanged();
    }
  };

  const show = (field: string, value: unknown): string => {
    if (field === 'status')
      return labels.statuses[value === null || value === undefined ? 'unknown' : String(value)] ?? String(value);
    if (value === null || value === undefined || value === '') return m.empty;
    if (field === 'created') return m.created;
    if (field === 'deletedAt') return value ? m.deleted : m.restored;
    const named = nameOf(field, value);
    if (named !== null) return named;
    if (field === 'platform') return labels.platforms[String(value)] ?? String(value);
    if (field === 'kind') return labels.kinds[String(value)] ?? String(value);
    if (typeof value === 'boolean') return value ? labels.yes : labels.no;
    if (DATE_FIELDS.has(field)) return formatIsoDate(String(value));
    return String(value);
  };

  return (
    <aside className="detail-panel" aria-labelledby={headingId}>
      <div className="detail-header">
        <h2 id={headingId}>
          {m.title}: {row.name}
        </h2>
        <button type="button" onClick={onClose} aria-label={m.close}>
          ✕
        </button>
      </div>
      {row.deletedAt ? <p className="notice">{m.deletedNotice}</p> : null}
      <ErrorMessage error={error} />
      <h3>{m.fields}</h3>
      <dl className="detail-fields">
        {GRID_COLUMNS.map((column) => {
          const text = cellText(row, column.id, labels);
          return (
            <div key={column.id}>
              <dt>{cm.columns[column.id]}</dt>
              <dd>
                {column.id === 'url' && row.url ? <ExternalLink href={row.url} label={row.url} hint="" /> : text || m.empty}
              </dd>
            </div>
          );
        })}
      </dl>
      <ChannelSnapshots channelId={row.id} version={version} />
      <ChannelCosts channelId={row.id} version={version} />
      <h3>{m.history}</h3>
      {history.length === 0 ? (
        <p>{m.noHistory}</p>
      ) : (
        <ol className="history-list">
          {history.map((entry, index) => {
            const firstOfBatch = index === 0 || history[index - 1]!.batchId !== entry.batchId;
            const columnId = FIELD_TO_COLUMN[entry.field] ?? entry.field;
            const what =
              entry.field === 'created'
                ? m.created
                : entry.field === 'deletedAt'
                  ? cm.delete
                  : (cm.columns[columnId] ?? entry.field);
            return (
              <li key={entry.id} className={firstOfBatch ? 'batch-start' : undefined}>
                {firstOfBatch ? (
                  <div className="history-when">
                    <span>
                      {formatTimestamp(entry.at)} · {entry.actor ?? '—'}
                    </span>
                    <button
                      type="button"
                      className="link-button"
                      aria-label={`${m.restore} (${formatTimestamp(entry.at)})`}
                      onClick={() => void restore(entry)}
                    >
                      {m.restore}
                    </button>
                  </div>
                ) : null}
                <div className="history-change">
                  <span className="history-field">{what}</span>{' '}
                  {entry.field === 'created' || entry.field === 'deletedAt'
                    ? show(entry.field, entry.newValue)
                    : `${show(entry.field, entry.oldValue)} → ${show(entry.field, entry.newValue)}`}
                </div>
              </li>
            );
          })}
        </ol>
      )}
    </aside>
  );
}
