import { COST_CATEGORIES, RECURRENCES, type CostEditableField, type CostLineRow } from '../../../../shared/domain/cost';
import type { Platform } from '../../../../shared/domain/channel';
import { centsToEditText } from '../../../../shared/domain/money';
import type { EditorOption, GridColumn } from '../../../components/grid/gridColumn';
import { formatEuroCents, formatIsoDate } from '../../../format/nlBE';
import type { LinesMessages } from './linesMessages';

/** A column of the cost grid: its id is the field it edits (and the key of pasted cells). */
export type CostColumn = GridColumn<CostLineRow> & { id: CostEditableField };

export interface CostColumnLabels {
  categories: Record<string, string>;
  recurrences: Record<string, string>;
  platforms: Record<string, string>;
}

export interface ChannelChoice {
  id: string;
  name: string;
  platform: Platform;
}

/** What each of the grid's columns shows, copies and edits, in the user's language. */
export function costColumns(
  m: LinesMessages,
  labels: CostColumnLabels,
  channels: ChannelChoice[],
  organisations: Array<{ id: string; name: string }>,
): CostColumn[] {
  const header = (id: CostEditableField) => m.columns[id] ?? id;
  const note = (text: string) => <span className="cell-note">{text}</span>;
  const optionalText = (id: 'supplier' | 'reference' | 'notes', width: number): CostColumn => ({
    id,
    header: header(id),
    width,
    editor: 'text',
    text: (row) => row[id] ?? '',
  });
  const channelOptions: EditorOption[] = [
    ['', m.noChannel],
    ...channels.map((c): EditorOption => [c.id, `${c.name} (${labels.platforms[c.platform] ?? c.platform})`]),
  ];
  const dateColumn = (id: 'startDate' | 'endDate'): CostColumn => ({
    id,
    header: header(id),
    width: 115,
    editor: 'text',
    placeholder: m.dateHint,
    // The line cannot do without its date.
    clearable: id === 'endDate',
    text: (row) => (row[id] ? formatIsoDate(row[id]) : ''),
  });

  return [
    {
      id: 'description',
      header: header('description'),
      width: 280,
      rowHeader: true,
      editor: 'text',
      text: (row) => row.description ?? '',
      render: (row) => row.description ?? note(m.noDescription),
    },
    {
      id: 'channelId',
      header: header('channelId'),
      width: 260,
      editor: 'select',
      options: channelOptions,
      text: (row) => row.channelName ?? '',
      editValue: (row) => row.channelId ?? '',
      render: (row) =>
        row.channelName ? (
          <>
            {row.channelName}{' '}
            {row.channelPlatform ? <span className="cell-note">({labels.platforms[row.channelPlatform]})</span> : null}
          </>
        ) : null,
    },
    {
      id: 'organisationId',
      header: header('organisationId'),
      width: 220,
      editor: 'select',
      options: [['', m.noOrganisation], ...organisations.map((o): EditorOption => [o.id, o.name])],
      // A channel's line belongs to the channel: its organisation is shown, not copied or edited as the line's own.
      text: (row) => (row.shared ? (row.ownerOrganisationName ?? '') : ''),
      editValue: (row) => row.organisationId ?? '',
      render: (row) =>
        row.shared ? (
          row.ownerOrganisationName
        ) : row.ownerOrganisationName ? (
          <span className="via-channel">
            {row.ownerOrganisationName} · {m.viaChannel}
          </span>
        ) : null,
    },
    {
      id: 'category',
      header: header('category'),
      width: 190,
      editor: 'select',
      options: COST_CATEGORIES.map((c): EditorOption => [c, labels.categories[c] ?? c]),
      clearable: false,
      text: (row) => labels.categories[row.category] ?? row.category,
      editValue: (row) => row.category,
    },
    {
      id: 'amountCents',
      header: header('amountCents'),
      width: 125,
      numeric: true,
      editor: 'amount',
      clearable: false,
      text: (row) => formatEuroCents(row.amountCents),
      editValue: (row) => centsToEditText(row.amountCents),
    },
    {
      id: 'vatIncluded',
      header: header('vatIncluded'),
      width: 100,
      editor: 'select',
      options: [
        ['', m.unknown],
        ['yes', m.yes],
        ['no', m.no],
      ],
      text: (row) => (row.vatIncluded === null ? '' : row.vatIncluded ? m.yes : m.no),
      editValue: (row) => (row.vatIncluded === null ? '' : row.vatIncluded ? 'yes' : 'no'),
      render: (row) => (row.vatIncluded === null ? note(m.unknown) : row.vatIncluded ? m.yes : m.no),
    },
    dateColumn('startDate'),
    dateColumn('endDate'),
    {
      id: 'recurrence',
      header: header('recurrence'),
      width: 130,
      editor: 'select',
      options: RECURRENCES.map((r): EditorOption => [r, labels.recurrences[r] ?? r]),
      clearable: false,
      text: (row) => labels.recurrences[row.recurrence] ?? row.recurrence,
      editValue: (row) => row.recurrence,
    },
    optionalText('supplier', 170),
    optionalText('reference', 140),
    optionalText('notes', 260),
  ];
}
