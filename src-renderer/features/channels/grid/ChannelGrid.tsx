import { useVirtualizer } from '@tanstack/react-virtual';
import {
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
  type ClipboardEvent,
  type KeyboardEvent,
  type MouseEvent,
  type ReactNode,
} from 'react';
import type { ApiError } from '../../../../shared/api/result';
import type { ChannelGroup, ChannelRow } from '../../../../shared/domain/channel';
import type { Organisation } from '../../../../shared/domain/organisation';
import type { Person } from '../../../../shared/domain/person';
import { CellEditor, type CommitMove, type EditorLabels } from './CellEditor';
import { layoutDisplayRows } from './displayRows';
import { cellText, editValue, type CellLabels, type GridColumn } from './gridColumns';
import { parseTsv, toTsvCell } from './tsv';

const ROW_HEIGHT = 34;
/** Columns before the data columns: the selection checkbox and details button. */
const SELECT_COLUMN_WIDTH = 64;

export interface GridMessages {
  gridLabel: string;
  selectRow: string;
  details: string;
  newRow: string;
  loadingRow: string;
  noResponsible: string;
  groupNone: string;
  cellLabels: CellLabels;
  editorLabels: EditorLabels;
  editLabel(column: string, row: string): string;
  groupLabel(group: ChannelGroup): string;
  groupCount(count: number): string;
}

export interface EditOutcome {
  error: ApiError | null;
  /** A warning the user can override by committing the same value again (e.g. a duplicate URL). */
  confirm?: string;
}

interface Props {
  columns: GridColumn[];
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
  onToggleSelect(row: ChannelRow, range: boolean): void;
  onEdit(row: ChannelRow | null, column: GridColumn, value: string, force: boolean): Promise<EditOutcome>;
  onPaste(startRowIndex: number, columns: GridColumn[], matrix: string[][]): void;
  onOpenDetails(row: ChannelRow): void;
  onActiveRowChange(row: ChannelRow | null): void;
}

interface Active {
  display: number;
  column: number;
}

interface Editing extends Active {
  initial: string;
  typed: string | null;
  error: string | null;
  confirm: string | null;
  attempt: number;
}

/**
 * The channel grid: a virtualised ARIA grid over the core's paged query. Only the rows on
 * screen exist in the DOM; focus moves between cells with the keyboard like a spreadsheet
 * (arrows, Tab, Home/End, PageUp/PageDown, Enter or F2 or typing to edit, Esc to cancel),
 * and a block pasted from a spreadsheet goes to the core as one action.
 */
export function ChannelGrid(props: Props) {
  const { columns, widths, total, groups, getRow, ensureRange, messages } = props;
  const layout = useMemo(() => layoutDisplayRows(total, groups), [total, groups]);
  const scrollRef = useRef<HTMLDivElement>(null);
  const [active, setActive] = useState<Active>({ display: 0, column: 0 });
  const [editing, setEditing] = useState<Editing | null>(null);
  const focusPending = useRef(false);
  const errorId = useId();
  const gridId = useId();

  // TanStack Virtual hands out new functions each render by design; this component is not auto-memoised.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: layout.count,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
  });
  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = items[items.length - 1]?.index ?? 0;

  // Fetch the blocks of the rows on screen.
  useEffect(() => {
    const start = layout.at(first);
    const end = layout.at(last);
    const from = start.type === 'row' ? start.index : 0;
    const to = end.type === 'row' ? end.index : total - 1;
    ensureRange(from, Math.max(from, to));
  }, [first, last, layout, ensureRange, total]);

  const activeRow = (() => {
    const item = layout.at(Math.min(active.display, layout.count - 1));
    return item.type === 'row' ? (getRow(item.index) ?? null) : null;
  })();
  const onActiveRowChange = props.onActiveRowChange;
  useEffect(() => onActiveRowChange(activeRow), [activeRow, onActiveRowChange]);

  // Keep focus on the active cell after keyboard moves and edits, scrolling it into view.
  useEffect(() => {
    if (!focusPending.current || editing) return;
    focusPending.current = false;
    virtualizer.scrollToIndex(active.display, { align: 'auto' });
    requestAnimationFrame(() => {
      scrollRef.current?.querySelector<HTMLElement>(`[data-cell="${active.display}:${active.column}"]`)?.focus();
    });
  }, [active, editing, virtualizer]);

  const moveTo = (display: number, column: number) => {
    let target = Math.max(0, Math.min(layout.count - 1, display));
    // Group headings are not cells: step over them in the direction of travel.
    const step = target >= active.display ? 1 : -1;
    while (layout.at(target).type === 'group') {
      const next = target + step;
      if (next < 0 || next >= layout.count) break;
      target = next;
    }
    if (layout.at(target).type === 'group') target = active.display;
    focusPending.current = true;
    setActive({ display: target, column: Math.max(0, Math.min(columns.length - 1, column)) });
  };

  const rowAt = (display: number): ChannelRow | null | undefined => {
    const item = layout.at(display);
    if (item.type === 'new') return null;
    if (item.type === 'group') return undefined;
    return getRow(item.index);
  };

  const startEditing = (display: number, columnIndex: number, typed: string | null) => {
    const column = columns[columnIndex];
    const row = rowAt(display);
    if (!column?.editor || !column.field || row === undefined) return;
    const initial = row ? editValue(row, column.field) : '';
    setEditing({ display, column: columnIndex, initial, typed, error: null, confirm: null, attempt: 0 });
  };

  const commit = async (value: string, move: CommitMove) => {
    if (!editing) return;
    const column = columns[editing.column]!;
    const row = rowAt(editing.display);
    if (row === undefined) return;
    const unchanged = row !== null && value === (column.field ? editValue(row, column.field) : '');
    const emptyNewRow = row === null && value.trim() === '';
    if (!unchanged && !emptyNewRow) {
      const outcome = await props.onEdit(row, column, value, editing.confirm !== null && value === editing.initial);
      if (outcome.error || outcome.confirm) {
        setEditing({
          ...editing,
          initial: value,
          typed: null,
          error: outcome.error ? outcome.error.message : null,
          confirm: outcome.confirm ?? null,
          attempt: editing.attempt + 1,
        });
        return;
      }
    }
    setEditing(null);
    focusPending.current = true;
    if (move === 'down') moveTo(editing.display + 1, editing.column);
    else if (move === 'right') moveTo(editing.display, editing.column + 1);
    else if (move === 'left') moveTo(editing.display, editing.column - 1);
    else setActive({ display: editing.display, column: editing.column });
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (editing) return;
    const { display, column } = active;
    const row = rowAt(display);
    const ctrl = event.ctrlKey || event.metaKey;
    switch (event.key) {
      case 'ArrowDown':
        moveTo(display + 1, column);
        break;
      case 'ArrowUp':
        moveTo(display - 1, column);
        break;
      case 'ArrowRight':
        moveTo(display, column + 1);
        break;
      case 'ArrowLeft':
        moveTo(display, column - 1);
        break;
      case 'Tab':
        // Like a spreadsheet, Tab walks the cells; at the grid's first or last cell it leaves the grid.
        if (event.shiftKey ? display === 0 && column === 0 : display === layout.count - 1 && column === columns.length - 1)
          return;
        if (event.shiftKey) {
          if (column > 0) moveTo(display, column - 1);
          else moveTo(display - 1, columns.length - 1);
        } else if (column < columns.length - 1) moveTo(display, column + 1);
        else moveTo(display + 1, 0);
        break;
      case 'Home':
        moveTo(ctrl ? 0 : display, 0);
        break;
      case 'End':
        moveTo(ctrl ? layout.count - 1 : display, columns.length - 1);
        break;
      case 'PageDown':
        moveTo(display + 10, column);
        break;
      case 'PageUp':
        moveTo(display - 10, column);
        break;
      case 'Enter':
        if (ctrl && row) props.onOpenDetails(row);
        else startEditing(display, column, null);
        break;
      case 'F2':
        startEditing(display, column, null);
        break;
      case ' ':
        if (event.shiftKey && row) props.onToggleSelect(row, false);
        else return;
        break;
      case 'Delete':
      case 'Backspace': {
        const target = columns[column];
        if (row && target?.field && target.field !== 'name') {
          void props.onEdit(row, target, '', false);
        } else return;
        break;
      }
      default:
        if (event.key.length === 1 && !ctrl && !event.altKey) {
          startEditing(display, column, event.key);
          break;
        }
        return;
    }
    event.preventDefault();
  };

  const onCopy = (event: ClipboardEvent) => {
    if (editing) return;
    const row = rowAt(active.display);
    const column = columns[active.column];
    if (!row || !column) return;
    event.clipboardData.setData('text/plain', toTsvCell(cellText(row, column.id, messages.cellLabels)));
    event.preventDefault();
  };

  const onPaste = (event: ClipboardEvent) => {
    if (editing) return;
    const text = event.clipboardData.getData('text/plain');
    if (!text) return;
    event.preventDefault();
    const matrix = parseTsv(text);
    const item = layout.at(active.display);
    const startRowIndex = item.type === 'row' ? item.index : total;
    props.onPaste(startRowIndex, columns.slice(active.column), matrix);
  };

  const activate = (event: MouseEvent, display: number, column: number) => {
    if (editing && (editing.display !== display || editing.column !== column)) return;
    setActive({ display, column });
    if (event.detail === 2) startEditing(display, column, null);
  };

  const totalWidth = SELECT_COLUMN_WIDTH + columns.reduce((sum, column) => sum + (widths[column.id] ?? column.width), 0);
  const paddingTop = items[0]?.start ?? 0;
  const paddingBottom = virtualizer.getTotalSize() - (items[items.length - 1]?.end ?? 0);

  return (
    <div className="grid-scroll" ref={scrollRef} onKeyDown={onKeyDown} onCopy={onCopy} onPaste={onPaste}>
      <table
        id={gridId}
        role="grid"
        className="channel-grid"
        aria-label={messages.gridLabel}
        aria-rowcount={layout.count + 2}
        aria-colcount={columns.length + 1}
        aria-multiselectable="true"
        style={{ width: totalWidth }}
      >
        <colgroup>
          <col style={{ width: SELECT_COLUMN_WIDTH }} />
          {columns.map((column) => (
            <col key={column.id} style={{ width: widths[column.id] ?? column.width }} />
          ))}
        </colgroup>
        {props.header}
        <tbody>
          {paddingTop > 0 ? (
            <tr aria-hidden="true" className="spacer" style={{ height: paddingTop }}>
              <td colSpan={columns.length + 1} />
            </tr>
          ) : null}
          {items.map((item) => {
            const line = layout.at(item.index);
            const ariaRowIndex = item.index + 3;
            if (line.type === 'group') {
              return (
                <tr key={`g${item.index}`} className="group-row" aria-rowindex={ariaRowIndex}>
                  <th colSpan={columns.length + 1} scope="colgroup" role="columnheader">
                    {messages.groupLabel(line.group)} <span className="group-count">{messages.groupCount(line.group.count)}</span>
                  </th>
                </tr>
              );
            }
            const row = line.type === 'row' ? getRow(line.index) : null;
            const isNew = line.type === 'new';
            const selected = row ? props.selection.has(row.id) : false;
            return (
              <tr
                key={row ? row.id : `${line.type}${item.index}`}
                aria-rowindex={ariaRowIndex}
                aria-selected={isNew ? undefined : selected}
                className={[isNew ? 'new-row' : '', selected ? 'selected' : '', row?.deletedAt ? 'deleted' : ''].join(' ')}
              >
                <td className="select-cell frozen" role="gridcell">
                  {row ? (
                    <>
                      <input
                        type="checkbox"
                        tabIndex={-1}
                        checked={selected}
                        aria-label={`${messages.selectRow} ${row.name}`}
                        onChange={(event) =>
                          props.onToggleSelect(row, (event.nativeEvent as unknown as { shiftKey: boolean }).shiftKey)
                        }
                      />
                      <button
                        type="button"
                        tabIndex={-1}
                        className="details-button"
                        aria-label={`${messages.details} ${row.name}`}
                        onClick={() => props.onOpenDetails(row)}
                      >
                        <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
                          <circle cx="8" cy="8" r="7" fill="none" stroke="currentColor" strokeWidth="1.5" />
                          <rect x="7.25" y="7" width="1.5" height="5" fill="currentColor" />
                          <rect x="7.25" y="4" width="1.5" height="1.6" fill="currentColor" />
                        </svg>
                      </button>
                    </>
                  ) : null}
                </td>
                {columns.map((column, columnIndex) => {
                  const isActive = active.display === item.index && active.column === columnIndex;
                  const isEditing = editing?.display === item.index && editing.column === columnIndex;
                  const Cell = column.id === 'name' ? 'th' : 'td';
                  const text = row ? cellText(row, column.id, messages.cellLabels) : '';
                  const noResponsible = column.id === 'responsible' && row && !row.responsiblePersonId;
                  return (
                    <Cell
                      key={column.id}
                      role={column.id === 'name' ? 'rowheader' : 'gridcell'}
                      scope={column.id === 'name' ? 'row' : undefined}
                      data-cell={`${item.index}:${columnIndex}`}
                      tabIndex={isActive && !isEditing ? 0 : -1}
                      aria-readonly={column.editor ? undefined : true}
                      className={[
                        column.id === 'name' ? 'frozen name-cell' : '',
                        column.numeric ? 'number' : '',
                        isActive ? 'active' : '',
                        isEditing ? 'editing' : '',
                        `col-${column.id}`,
                      ].join(' ')}
                      onMouseDown={(event) => activate(event, item.index, columnIndex)}
                      title={text.length > 30 ? text : undefined}
                    >
                      {isEditing && editing ? (
                        <>
                          <CellEditor
                            key={editing.attempt}
                            kind={column.editor!}
                            label={messages.editLabel(String(column.id), row?.name ?? messages.newRow)}
                            initial={editing.initial}
                            typed={editing.typed}
                            organisations={props.organisations}
                            people={props.people}
                            labels={messages.editorLabels}
                            errorId={editing.error || editing.confirm ? errorId : undefined}
                            onCommit={(value, move) => void commit(value, move)}
                            onCancel={() => {
                              setEditing(null);
                              focusPending.current = true;
                              setActive({ display: item.index, column: columnIndex });
                            }}
                          />
                          {editing.error || editing.confirm ? (
                            <span id={errorId} role="alert" className={editing.error ? 'cell-error' : 'cell-warning'}>
                              {editing.error ?? editing.confirm}
                            </span>
                          ) : null}
                        </>
                      ) : row === undefined && !isNew ? (
                        <span className="loading-cell">{columnIndex === 0 ? messages.loadingRow : ''}</span>
                      ) : isNew ? (
                        columnIndex === 0 ? (
                          <span className="new-row-hint">{messages.newRow}</span>
                        ) : null
                      ) : noResponsible ? (
                        <span className="no-responsible">{messages.noResponsible}</span>
                      ) : column.id === 'status' ? (
                        <span className={`status status-${row?.status ?? 'unknown'}`}>{text}</span>
                      ) : (
                        text
                      )}
                    </Cell>
                  );
                })}
              </tr>
            );
          })}
          {paddingBottom > 0 ? (
            <tr aria-hidden="true" className="spacer" style={{ height: paddingBottom }}>
              <td colSpan={columns.length + 1} />
            </tr>
          ) : null}
        </tbody>
      </table>
    </div>
  );
}
