import type { KeyboardEvent } from 'react';
import {
  CHANNEL_KINDS,
  CHANNEL_STATUSES,
  PLATFORMS,
  type ChannelFilters,
  type ChannelSortField,
} from '../../../../shared/domain/channel';
import type { Organisation } from '../../../../shared/domain/organisation';
import type { Person } from '../../../../shared/domain/person';
import { gridMessages } from '../../../components/grid/gridMessages';
import { useMessages } from '../../../i18n/i18n';
import type { ChannelsMessages } from '../channelsMessages';
import type { EditorLabels } from './editorOptions';
import type { ChannelColumn } from './gridColumns';

export interface SortRule {
  field: ChannelSortField;
  desc: boolean;
}

interface Props {
  columns: ChannelColumn[];
  widths: Record<string, number>;
  sort: SortRule[];
  filters: ChannelFilters;
  organisations: Organisation[];
  people: Person[];
  messages: ChannelsMessages;
  labels: EditorLabels;
  format(template: string, values: Record<string, string | number>): string;
  onSort(field: ChannelSortField, additive: boolean): void;
  onFilter(filters: ChannelFilters): void;
  onResize(columnId: string, width: number): void;
  onResizeStart(columnId: string, event: unknown): void;
}

const TEXT_FILTER_FIELDS = { name: 'name', handle: 'handle', url: 'url', audience: 'audience', notes: 'notes' } as const;

/** Column headings (sort, resize) and the filter row of the channel grid. */
export function GridHeader(props: Props) {
  const { columns, sort, filters, messages: m, format } = props;
  const grid = useMessages(gridMessages);

  const filterControl = (column: ChannelColumn) => {
    const label = format(m.filterOn, { column: m.columns[column.id] ?? column.id });
    const selectFilter = (
      current: string | undefined,
      options: Array<[string, string]>,
      apply: (value: string | undefined) => ChannelFilters,
    ) => (
      <select
        aria-label={label}
        value={current ?? ''}
        onChange={(event) => props.onFilter(apply(event.target.value || undefined))}
      >
        <option value="">{m.filterAll}</option>
        {options.map(([value, text]) => (
          <option key={value} value={value}>
            {text}
          </option>
        ))}
      </select>
    );
    switch (column.filter) {
      case 'text': {
        const key = TEXT_FILTER_FIELDS[column.id as keyof typeof TEXT_FILTER_FIELDS];
        if (!key) return null;
        return (
          <input
            type="search"
            aria-label={label}
            value={filters[key] ?? ''}
            onChange={(event) => props.onFilter({ ...filters, [key]: event.target.value || undefined })}
          />
        );
      }
      case 'platform':
        return selectFilter(
          filters.platforms?.[0],
          PLATFORMS.map((p) => [p, props.labels.platforms[p] ?? p]),
          (value) => ({ ...filters, platforms: value ? [value as (typeof PLATFORMS)[number]] : undefined }),
        );
      case 'kind':
        return selectFilter(
          filters.kind,
          CHANNEL_KINDS.map((k) => [k, props.labels.kinds[k] ?? k]),
          (value) => ({
            ...filters,
            kind: value as (typeof CHANNEL_KINDS)[number] | undefined,
          }),
        );
      case 'status':
        return selectFilter(
          filters.statuses?.[0],
          [
            ...CHANNEL_STATUSES.map((s): [string, string] => [s, props.labels.statuses[s] ?? s]),
            ['none', props.labels.statuses.unknown ?? ''],
          ],
          (value) => ({ ...filters, statuses: value ? [value as (typeof CHANNEL_STATUSES)[number] | 'none'] : undefined }),
        );
      case 'organisation':
        return selectFilter(
          filters.organisationIds?.[0],
          [['none', m.filterEmpty], ...props.organisations.map((o): [string, string] => [o.id, o.name])],
          (value) => ({ ...filters, organisationIds: value ? [value] : undefined }),
        );
      case 'person':
        return selectFilter(
          filters.responsiblePersonIds?.[0],
          [['none', m.filterEmpty], ...props.people.map((p): [string, string] => [p.id, p.name])],
          (value) => ({ ...filters, responsiblePersonIds: value ? [value] : undefined }),
        );
      case 'yesNo':
        return selectFilter(
          filters.createdByWebmasters,
          [
            ['yes', m.yes],
            ['no', m.no],
            ['unknown', m.unknown],
          ],
          (value) => ({ ...filters, createdByWebmasters: value as 'yes' | 'no' | 'unknown' | undefined }),
        );
      default:
        return null;
    }
  };

  const onResizeKey = (event: KeyboardEvent, column: ChannelColumn) => {
    const width = props.widths[column.id] ?? column.width;
    if (event.key === 'ArrowLeft' || event.key === 'ArrowRight') {
      event.preventDefault();
      event.stopPropagation();
      props.onResize(column.id, Math.max(60, width + (event.key === 'ArrowLeft' ? -20 : 20)));
    }
  };

  return (
    <thead>
      <tr aria-rowindex={1}>
        <th scope="col" className="select-cell frozen" role="columnheader">
          <span className="visually-hidden">{grid.selectRow}</span>
        </th>
        {columns.map((column) => {
          const index = sort.findIndex((rule) => rule.field === column.sortField);
          const rule = index >= 0 ? sort[index] : undefined;
          const title = m.columns[column.id] ?? column.id;
          return (
            <th
              key={column.id}
              scope="col"
              role="columnheader"
              className={column.id === 'name' ? 'frozen name-cell' : undefined}
              aria-sort={rule && index === 0 ? (rule.desc ? 'descending' : 'ascending') : undefined}
            >
              <div className="header-cell">
                {column.sortField ? (
                  <button
                    type="button"
                    className="sort-button"
                    title={format(m.sortBy, { column: title })}
                    onClick={(event) => props.onSort(column.sortField!, event.shiftKey)}
                  >
                    {title}
                    {rule ? (
                      <span aria-hidden="true" className="sort-indicator">
                        {rule.desc ? ' ▼' : ' ▲'}
                        {sort.length > 1 ? index + 1 : ''}
                      </span>
                    ) : null}
                    {rule ? <span className="visually-hidden">, {rule.desc ? m.sortDescending : m.sortAscending}</span> : null}
                  </button>
                ) : (
                  <span className="header-title">{title}</span>
                )}
                <span
                  role="separator"
                  aria-orientation="vertical"
                  aria-label={format(m.resize, { column: title })}
                  aria-valuenow={props.widths[column.id] ?? column.width}
                  aria-valuemin={60}
                  aria-valuemax={2000}
                  tabIndex={0}
                  className="resize-handle"
                  onKeyDown={(event) => onResizeKey(event, column)}
                  onMouseDown={(event) => props.onResizeStart(column.id, event)}
                  onTouchStart={(event) => props.onResizeStart(column.id, event)}
                />
              </div>
            </th>
          );
        })}
      </tr>
      <tr aria-rowindex={2} className="filter-row">
        <td className="select-cell frozen" role="gridcell" />
        {columns.map((column) => (
          <td key={column.id} role="gridcell" className={column.id === 'name' ? 'frozen name-cell' : undefined}>
            {filterControl(column)}
          </td>
        ))}
      </tr>
    </thead>
  );
}
