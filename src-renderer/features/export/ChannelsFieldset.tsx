import { useId } from 'react';
import type { SavedView } from '../../../shared/domain/savedView';
import { formatNumber } from '../../format/nlBE';
import { useI18n, useMessages } from '../../i18n/i18n';
import { useQuery } from '../growth/useQuery';
import type { ChannelQuery, ChannelSource } from './exportChoice';
import { exportMessages } from './messages';

interface Props {
  source: ChannelSource;
  viewId: string;
  views: SavedView[];
  /** The query the Kanalen page handed over; without it "Wat ik zie" is not offered. */
  handed: ChannelQuery | null;
  generation: number;
  viewError: string | null;
  onChange(source: ChannelSource, viewId: string): void;
}

/** Which channels go into the export: all, a saved view, or what the Kanalen grid showed; with their count. */
export function ChannelsFieldset({ source, viewId, views, handed, generation, viewError, onChange }: Props) {
  const m = useMessages(exportMessages);
  const { format } = useI18n();
  const name = useId();
  const selectId = useId();
  const countId = useId();
  const viewErrorId = useId();
  const sources: ChannelSource[] = handed ? ['all', 'view', 'current'] : ['all', 'view'];
  const labels: Record<ChannelSource, string> = { all: m.allChannels, view: m.savedView, current: m.current };

  const query = chosenQuery(source, views.find((view) => view.id === viewId) ?? null, handed);
  const counted = useQuery('channels.list', query ? { ...query, limit: 1 } : null, generation);
  const total = counted.value?.total;

  return (
    <fieldset className="export-channels" aria-describedby={countId}>
      <legend>{m.channels}</legend>
      {sources.map((option) => (
        <div className="field field-check" key={option}>
          <input
            id={`${name}-${option}`}
            type="radio"
            name={name}
            value={option}
            checked={source === option}
            onChange={() => onChange(option, viewId)}
          />
          <label htmlFor={`${name}-${option}`}>{labels[option]}</label>
        </div>
      ))}
      {source === 'view' ? (
        views.length === 0 ? (
          <p className="hint">{m.noViews}</p>
        ) : (
          <div className="field export-view">
            <label htmlFor={selectId}>{m.chooseView}</label>
            <select
              id={selectId}
              value={viewId}
              aria-invalid={viewError ? true : undefined}
              aria-describedby={viewError ? viewErrorId : undefined}
              onChange={(event) => onChange('view', event.target.value)}
            >
              <option value="">{m.chooseViewPlaceholder}</option>
              {views.map((view) => (
                <option key={view.id} value={view.id}>
                  {view.name}
                </option>
              ))}
            </select>
          </div>
        )
      ) : null}
      {viewError ? (
        <p id={viewErrorId} className="field-error" role="alert">
          {viewError}
        </p>
      ) : null}
      {source === 'current' ? <p className="hint">{m.currentHint}</p> : null}
      <p id={countId} className="hint export-count" aria-live="polite">
        {query === null
          ? null
          : total === undefined
            ? m.countingChannels
            : total === 1
              ? m.channelCountOne
              : format(m.channelCount, { count: formatNumber(total) })}
      </p>
    </fieldset>
  );
}

/** The channel query the chosen source stands for (a saved view without its column layout); null: none yet. */
function chosenQuery(source: ChannelSource, view: SavedView | null, handed: ChannelQuery | null): ChannelQuery | null {
  if (source === 'all') return {};
  if (source === 'current') return handed;
  if (!view) return null;
  const { columns: _columns, ...query } = view.definition;
  return query;
}
