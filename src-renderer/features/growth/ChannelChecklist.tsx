import { useId, useState } from 'react';
import type { ChannelRow } from '../../../shared/domain/channel';
import { labelsFor, PLATFORM_LABELS } from '../../../shared/domain/labels';
import { formatNumber } from '../../format/nlBE';
import { useI18n, useMessages } from '../../i18n/i18n';
import { growthMessages } from './messages';
import { useQuery } from './useQuery';

/** A channel as the pickers show it: several channels share a name ("Stad Mechelen"), so platform and owner too. */
export interface PickedChannel {
  id: string;
  name: string;
  platform: string;
  organisationName: string | null;
}

export function pickedFromRow(row: ChannelRow): PickedChannel {
  return { id: row.id, name: row.name, platform: row.platform, organisationName: row.organisationName };
}

const RESULT_LIMIT = 60;

/**
 * Search the register and tick channels: the results are checkboxes (keyboard and screen reader
 * friendly), the chosen ones are listed below with a remove button each.
 */
export function ChannelChecklist({
  chosen,
  onChange,
  max,
  generation,
  legend,
}: {
  chosen: PickedChannel[];
  onChange(next: PickedChannel[]): void;
  max: number;
  generation: number;
  legend?: string;
}) {
  const m = useMessages(growthMessages);
  const { format, language } = useI18n();
  const platforms = labelsFor(PLATFORM_LABELS, language);
  const [search, setSearch] = useState('');
  const searchId = useId();
  const resultsId = useId();
  const chosenId = useId();
  const statusId = useId();
  const results = useQuery(
    'channels.list',
    { search: search.trim() || undefined, sort: [{ field: 'name', desc: false }], limit: RESULT_LIMIT },
    generation,
  );
  const chosenIds = new Set(chosen.map((channel) => channel.id));
  const full = chosen.length >= max;
  const describe = (channel: PickedChannel) =>
    [platforms[channel.platform as keyof typeof platforms] ?? channel.platform, channel.organisationName]
      .filter(Boolean)
      .join(' · ');

  const toggle = (row: ChannelRow, checked: boolean) => {
    if (checked) {
      if (chosenIds.has(row.id) || full) return;
      onChange([...chosen, pickedFromRow(row)]);
    } else {
      onChange(chosen.filter((channel) => channel.id !== row.id));
    }
  };

  const rows = results.value?.rows ?? [];
  const total = results.value?.total ?? 0;
  return (
    <div className="channel-checklist">
      <div className="field">
        <label htmlFor={searchId}>{m.searchChannels}</label>
        <input
          id={searchId}
          type="search"
          value={search}
          placeholder={m.searchPlaceholder}
          aria-controls={resultsId}
          onChange={(event) => setSearch(event.target.value)}
        />
      </div>
      <fieldset className="checklist-results" id={resultsId} aria-describedby={statusId}>
        <legend>{legend ?? m.searchResults}</legend>
        {rows.length === 0 && !results.loading ? <p className="hint">{m.noResults}</p> : null}
        <ul>
          {rows.map((row) => {
            const checked = chosenIds.has(row.id);
            const boxId = `${resultsId}-${row.id}`;
            return (
              <li key={row.id}>
                <input
                  id={boxId}
                  type="checkbox"
                  checked={checked}
                  disabled={!checked && full}
                  onChange={(event) => toggle(row, event.target.checked)}
                />
                <label htmlFor={boxId}>
                  {row.name} <span className="muted">{describe(pickedFromRow(row))}</span>
                </label>
              </li>
            );
          })}
        </ul>
      </fieldset>
      <div className="checklist-chosen">
        <p id={chosenId} className="checklist-chosen-title">
          {format(m.chosen, { count: chosen.length, max })}
        </p>
        {chosen.length === 0 ? (
          <p className="hint">{m.noneChosen}</p>
        ) : (
          <>
            <ul aria-labelledby={chosenId}>
              {chosen.map((channel) => (
                <li key={channel.id}>
                  <span>
                    {channel.name} <span className="muted">{describe(channel)}</span>
                  </span>
                  <button
                    type="button"
                    className="chip-remove"
                    aria-label={format(m.remove, { name: `${channel.name} (${describe(channel)})` })}
                    onClick={() => onChange(chosen.filter((c) => c.id !== channel.id))}
                  >
                    ✕
                  </button>
                </li>
              ))}
            </ul>
            <button type="button" className="link-button" onClick={() => onChange([])}>
              {m.clearChosen}
            </button>
          </>
        )}
      </div>
      <p id={statusId} className="hint" aria-live="polite">
        {total > rows.length ? format(m.moreResults, { count: formatNumber(total) }) : ''}
        {full ? ` ${format(m.maxReached, { max })}` : ''}
      </p>
    </div>
  );
}
