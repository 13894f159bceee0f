import { useMemo, type ReactNode } from 'react';
import type { ChannelGroup, ChannelRow } from '../../../../shared/domain/channel';
import type { Organisation } from '../../../../shared/domain/organisation';
import type { Person } from '../../../../shared/domain/person';
import { EditableGrid } from '../../../components/grid/EditableGrid';
import type { EditOutcome, GridColumn } from '../../../components/grid/gridColumn';
import { editorOptions, type EditorLabels } from './editorOptions';
import { cellText, COLUMN_BY_ID, editValue, type CellLabels, type ChannelColumn } from './gridColumns';

export interface GridMessages {
  gridLabel: string;
  newRow: string;
  noResponsible: string;
  /** The hint inside an empty date editor: dd/mm/jjjj. */
  datePlaceholder: string;
  columns: Record<string, string>;
  cellLabels: CellLabels;
  editorLabels: EditorLabels;
  groupLabel(group: ChannelGroup): string;
  groupCount(count: number): string;
}

interface Props {
  columns: ChannelColumn[];
  widths: Record<string, number>;
  header: ReactNode;
  total: number;
  groups: ChannelGroup[] | undefined;
  getRow(index: number): ChannelRow | undefined;
  ensureRange(start: number, end: number): void;
  organisations: Organisation[];
  people: Person[];
  selection: ReadonlySet<string>;
  messages: GridMessages;
  onToggleSelect(row: ChannelRow): void;
  onEdit(row: ChannelRow | null, column: ChannelColumn, value: string, force: boolean): Promise<EditOutcome>;
  onPaste(startRowIndex: number, columns: ChannelColumn[], matrix: string[][]): void;
  onOpenDetails(row: ChannelRow): void;
  onActiveRowChange(row: ChannelRow | null): void;
}

/** The header's rows: the column titles and the filter row. */
const HEADER_ROWS = 2;

/**
 * The channel grid: the editable grid over the core's paged channel query, with the channel's
 * own cells (status badge, "nobody responsible", groups with their counts).
 */
export function ChannelGrid(props: Props) {
  const { columns: specs, messages, organisations, people, onEdit, onPaste } = props;
  const { cellLabels, editorLabels } = messages;

  const columns = useMemo(
    () =>
      specs.map((spec): GridColumn<ChannelRow> => {
        const options = spec.editor ? editorOptions(spec.editor, editorLabels, organisations, people) : null;
        const field = spec.field;
        return {
          id: spec.id,
          header: messages.columns[spec.id] ?? spec.id,
          width: spec.width,
          numeric: spec.numeric,
          rowHeader: spec.id === 'name',
          editor: !spec.editor ? null : options ? 'select' : spec.editor === 'url' ? 'url' : 'text',
          options: options ?? undefined,
          placeholder: spec.editor === 'date' ? messages.datePlaceholder : undefined,
          // A channel cannot do without its name.
          clearable: spec.id !== 'name',
          text: (row) => cellText(row, spec.id, cellLabels),
          editValue: field ? (row) => editValue(row, field) : undefined,
          render: renderCell(spec.id, cellLabels, messages.noResponsible),
        };
      }),
    [specs, messages.columns, messages.noResponsible, messages.datePlaceholder, cellLabels, editorLabels, organisations, people],
  );

  const specOf = (column: GridColumn<ChannelRow>) => COLUMN_BY_ID.get(column.id)!;

  return (
    <EditableGrid<ChannelRow, ChannelGroup>
      label={messages.gridLabel}
      className="channel-grid"
      columns={columns}
      widths={props.widths}
      header={props.header}
      headerRowCount={HEADER_ROWS}
      total={props.total}
      groups={props.groups}
      getRow={props.getRow}
      ensureRange={props.ensureRange}
      rowName={(row) => row.name}
      selection={props.selection}
      newRow={{
        render: (_column, columnIndex) => (columnIndex === 0 ? <span className="new-row-hint">{messages.newRow}</span> : null),
        editValue: () => '',
      }}
      newRowName={messages.newRow}
      groupLabel={(group) => (
        <>
          {messages.groupLabel(group)} <span className="group-count">{messages.groupCount(group.count)}</span>
        </>
      )}
      onToggleSelect={props.onToggleSelect}
      onEdit={(row, column, value, { force }) =>
        // An empty new line is no channel yet: leaving it (even with Enter) does nothing.
        row === null && value.trim() === '' ? Promise.resolve({ error: null }) : onEdit(row, specOf(column), value, force)
      }
      onPaste={(start, columns, matrix) => onPaste(start, columns.map(specOf), matrix)}
      onOpenDetails={props.onOpenDetails}
      onActiveRowChange={props.onActiveRowChange}
    />
  );
}

/** The channel cells that show more than their text. */
function renderCell(columnId: string, labels: CellLabels, noResponsible: string): GridColumn<ChannelRow>['render'] {
  if (columnId === 'responsible') {
    return (row) =>
      row.responsiblePersonId ? cellText(row, columnId, labels) : <span className="no-responsible">{noResponsible}</span>;
  }
  if (columnId === 'status') {
    return (row) => <span className={`status status-${row.status ?? 'unknown'}`}>{cellText(row, columnId, labels)}</span>;
  }
  return undefined;
}
