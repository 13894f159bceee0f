import type { ChannelEditableField, ChannelRow, ChannelSortField } from '../../../../shared/domain/channel';
import { formatIsoDate, formatNumber, formatTimestamp } from '../../../format/nlBE';
import { DATE_FIELDS } from '../channelEdits';

/** How a channel column's cell is edited: free text, or one of the channel's choice lists. */
export type EditorKind =
  'text' | 'longText' | 'url' | 'date' | 'platform' | 'kind' | 'status' | 'organisation' | 'person' | 'yesNo';

/** How a column is filtered in the filter row. */
export type FilterKind = 'text' | 'platform' | 'kind' | 'status' | 'organisation' | 'person' | 'yesNo' | null;

/** A column of the channel grid: what it edits, sorts and filters by in the core's query. */
export interface ChannelColumn {
  id: string;
  /** The field an edit writes; null for read-only columns. */
  field: ChannelEditableField | null;
  editor: EditorKind | null;
  sortField: ChannelSortField | null;
  filter: FilterKind;
  width: number;
  hiddenByDefault?: boolean;
  numeric?: boolean;
}

/** The channel fields the review rules read; edited in the grid like any other field. */
const REVIEW_FIELDS = ['lastActivityOn', 'hasPosted', 'passwordsCentralised', 'eventEndedOn', 'reviewedOn'] as const;

/** The grid's columns, in their default order. The name column is always first and frozen. */
export const GRID_COLUMNS: ChannelColumn[] = [
  { id: 'name', field: 'name', editor: 'text', sortField: 'name', filter: 'text', width: 260 },
  { id: 'platform', field: 'platform', editor: 'platform', sortField: 'platform', filter: 'platform', width: 130 },
  { id: 'handle', field: 'handle', editor: 'text', sortField: 'handle', filter: 'text', width: 170 },
  { id: 'url', field: 'url', editor: 'url', sortField: 'url', filter: 'text', width: 260 },
  {
    id: 'organisation',
    field: 'organisationId',
    editor: 'organisation',
    sortField: 'organisationName',
    filter: 'organisation',
    width: 200,
  },
  {
    id: 'responsible',
    field: 'responsiblePersonId',
    editor: 'person',
    sortField: 'responsiblePersonName',
    filter: 'person',
    width: 190,
  },
  { id: 'status', field: 'status', editor: 'status', sortField: 'status', filter: 'status', width: 140 },
  { id: 'latestCount', field: null, editor: null, sortField: 'latestCount', filter: null, width: 130, numeric: true },
  { id: 'latestDate', field: null, editor: null, sortField: 'latestDate', filter: null, width: 120 },
  { id: 'kind', field: 'kind', editor: 'kind', sortField: 'kind', filter: 'kind', width: 130, hiddenByDefault: true },
  { id: 'audience', field: 'audience', editor: 'text', sortField: 'audience', filter: 'text', width: 180, hiddenByDefault: true },
  { id: 'purpose', field: 'purpose', editor: 'longText', sortField: null, filter: null, width: 220, hiddenByDefault: true },
  {
    id: 'createdByWebmasters',
    field: 'createdByWebmasters',
    editor: 'yesNo',
    sortField: null,
    filter: 'yesNo',
    width: 150,
    hiddenByDefault: true,
  },
  { id: 'notes', field: 'notes', editor: 'longText', sortField: null, filter: 'text', width: 260 },
  // The review's facts (Nazicht): hidden until someone works through the review.
  ...REVIEW_FIELDS.map((field): ChannelColumn => ({
    id: field,
    field,
    editor: DATE_FIELDS.has(field) ? 'date' : 'yesNo',
    sortField: null,
    filter: null,
    width: 150,
    hiddenByDefault: true,
  })),
  { id: 'updatedAt', field: null, editor: null, sortField: 'updatedAt', filter: null, width: 150, hiddenByDefault: true },
];

export const COLUMN_BY_ID = new Map(GRID_COLUMNS.map((column) => [column.id, column]));

export interface CellLabels {
  platforms: Record<string, string>;
  statuses: Record<string, string>;
  kinds: Record<string, string>;
  metrics: Record<string, string>;
  yes: string;
  no: string;
  unknown: string;
  noResponsible: string;
}

/** The text a cell shows (and copies); '' for empty. */
export function cellText(row: ChannelRow, columnId: string, labels: CellLabels): string {
  switch (columnId) {
    case 'name':
      return row.name;
    case 'platform':
      return labels.platforms[row.platform] ?? row.platform;
    case 'handle':
      return row.handle ?? '';
    case 'url':
      return row.url ?? '';
    case 'organisation':
      return row.organisationName ?? '';
    case 'responsible':
      return row.responsiblePersonName ?? '';
    case 'status':
      return labels.statuses[row.status ?? 'unknown'] ?? '';
    case 'kind':
      return labels.kinds[row.kind] ?? row.kind;
    case 'audience':
      return row.audience ?? '';
    case 'purpose':
      return row.purpose ?? '';
    case 'createdByWebmasters':
    case 'hasPosted':
    case 'passwordsCentralised': {
      const value = row[columnId];
      return value === null ? labels.unknown : value ? labels.yes : labels.no;
    }
    case 'lastActivityOn':
    case 'eventEndedOn':
    case 'reviewedOn': {
      const value = row[columnId];
      return value ? formatIsoDate(value) : '';
    }
    case 'notes':
      return row.notes ?? '';
    case 'latestCount':
      return row.latestCount === null
        ? ''
        : `${formatNumber(row.latestCount)} ${row.latestMetric ? labels.metrics[row.latestMetric] : ''}`.trim();
    case 'latestDate':
      return row.latestDate ? formatIsoDate(row.latestDate) : '';
    case 'updatedAt':
      return formatTimestamp(row.updatedAt);
    default:
      return '';
  }
}

/** The raw text an editor starts from (ids for selects, codes for enums). */
export function editValue(row: ChannelRow, field: ChannelEditableField): string {
  const value = row[field];
  if (value === null || value === undefined) return '';
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (DATE_FIELDS.has(field)) return formatIsoDate(String(value));
  return String(value);
}
