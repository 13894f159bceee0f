import { useId } from 'react';
import { PLATFORMS, type Platform } from '../../../shared/domain/channel';
import type { ChannelSelection } from '../../../shared/domain/growth';
import { labelsFor, PLATFORM_LABELS } from '../../../shared/domain/labels';
import { useI18n, useMessages } from '../../i18n/i18n';
import { ChannelChecklist, type PickedChannel } from './ChannelChecklist';
import { growthMessages } from './messages';
import { useQuery } from './useQuery';

export const MAX_SERIES = 50;
export const SELECTION_MODES = ['channels', 'organisations', 'platforms', 'view'] as const;
export type SelectionMode = (typeof SELECTION_MODES)[number];

export interface SelectionState {
  mode: SelectionMode;
  channels: PickedChannel[];
  organisationIds: string[];
  platforms: Platform[];
  viewId: string | null;
}

export const EMPTY_SELECTION: SelectionState = {
  mode: 'channels',
  channels: [],
  organisationIds: [],
  platforms: [],
  viewId: null,
};

/** What the growth methods are asked about; null while nothing is chosen. */
export function toChannelSelection(state: SelectionState): ChannelSelection | null {
  switch (state.mode) {
    case 'channels':
      return state.channels.length > 0 ? { channelIds: state.channels.map((channel) => channel.id) } : null;
    case 'organisations':
      return state.organisationIds.length > 0 ? { filters: { organisationIds: state.organisationIds } } : null;
    case 'platforms':
      return state.platforms.length > 0 ? { filters: { platforms: state.platforms } } : null;
    case 'view':
      return state.viewId ? { viewId: state.viewId } : null;
  }
}

function toggled<T>(list: T[], item: T, on: boolean): T[] {
  return on ? (list.includes(item) ? list : [...list, item]) : list.filter((x) => x !== item);
}

/** Which channels the charts are about: one by one, by organisation, by platform, or a saved view. */
export function ChannelSelector({
  value,
  onChange,
  generation,
}: {
  value: SelectionState;
  onChange(next: SelectionState): void;
  generation: number;
}) {
  const m = useMessages(growthMessages);
  const { format, language } = useI18n();
  const baseId = useId();
  const organisations = useQuery('organisations.list', value.mode === 'organisations' ? {} : null, generation);
  const views = useQuery('views.list', value.mode === 'view' ? {} : null, generation);
  const platformLabels = labelsFor(PLATFORM_LABELS, language);

  return (
    <fieldset className="growth-selection">
      <legend>{m.selection}</legend>
      <div className="segmented" role="radiogroup" aria-label={m.selectBy}>
        {SELECTION_MODES.map((mode) => (
          <label key={mode} className={value.mode === mode ? 'segment selected' : 'segment'}>
            <input
              type="radio"
              name={`${baseId}-mode`}
              value={mode}
              checked={value.mode === mode}
              onChange={() => onChange({ ...value, mode })}
            />
            {m.selectByMode[mode]}
          </label>
        ))}
      </div>

      {value.mode === 'channels' ? (
        <ChannelChecklist
          chosen={value.channels}
          onChange={(channels) => onChange({ ...value, channels })}
          max={MAX_SERIES}
          generation={generation}
        />
      ) : null}

      {value.mode === 'organisations' ? (
        <fieldset className="checklist-results">
          <legend>{m.organisations}</legend>
          <ul>
            {[...(organisations.value ?? [])]
              .sort((a, b) => a.name.localeCompare(b.name, 'nl'))
              .map((organisation) => {
                const id = `${baseId}-org-${organisation.id}`;
                return (
                  <li key={organisation.id}>
                    <input
                      id={id}
                      type="checkbox"
                      checked={value.organisationIds.includes(organisation.id)}
                      onChange={(event) =>
                        onChange({
                          ...value,
                          organisationIds: toggled(value.organisationIds, organisation.id, event.target.checked),
                        })
                      }
                    />
                    <label htmlFor={id}>
                      {organisation.name} <span className="muted">({organisation.channelCount})</span>
                    </label>
                  </li>
                );
              })}
          </ul>
        </fieldset>
      ) : null}

      {value.mode === 'platforms' ? (
        <fieldset className="checklist-results checklist-columns">
          <legend>{m.platforms}</legend>
          <ul>
            {PLATFORMS.map((platform) => {
              const id = `${baseId}-platform-${platform}`;
              return (
                <li key={platform}>
                  <input
                    id={id}
                    type="checkbox"
                    checked={value.platforms.includes(platform)}
                    onChange={(event) =>
                      onChange({ ...value, platforms: toggled(value.platforms, platform, event.target.checked) })
                    }
                  />
                  <label htmlFor={id}>{platformLabels[platform]}</label>
                </li>
              );
            })}
          </ul>
        </fieldset>
      ) : null}

      {value.mode === 'view' ? (
        views.value && views.value.length === 0 ? (
          <p className="hint">{m.noViews}</p>
        ) : (
          <div className="field">
            <label htmlFor={`${baseId}-view`}>{m.savedView}</label>
            <select
              id={`${baseId}-view`}
              value={value.viewId ?? ''}
              onChange={(event) => onChange({ ...value, viewId: event.target.value || null })}
            >
              <option value="">{m.chooseView}</option>
              {(views.value ?? []).map((view) => (
                <option key={view.id} value={view.id}>
                  {view.name}
                </option>
              ))}
            </select>
          </div>
        )
      ) : null}

      {value.mode !== 'channels' ? <p className="hint">{format(m.filterLimit, { max: MAX_SERIES })}</p> : null}
    </fieldset>
  );
}
