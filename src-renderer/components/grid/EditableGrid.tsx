import { useVirtualizer } from '@tanstack/react-virtual';
import {
  useEffect,
  useId,
  useImperativeHandle,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type ClipboardEvent,
  type CSSProperties,
  type KeyboardEvent,
  type MouseEvent,
  type ReactNode,
  type Ref,
} from 'react';
import { useI18n, useMessages } from '../../i18n/i18n';
import { CellEditor } from './CellEditor';
import { layoutDisplayRows, type RowGroup } from './displayRows';
import { editValueOf, type CommitMove, type EditContext, type EditOutcome, type GridColumn, type GridRow } from './gridColumn';
import { gridMessages } from './gridMessages';
import { parseTsv, toTsvCell } from './tsv';
import './grid.css';

const ROW_HEIGHT = 34;
/** The first column: the selection checkbox, and the details button when there are details. */
const SELECT_WIDTH = 36;
const SELECT_AND_DETAILS_WIDTH = 64;

/** What a page can ask of its grid from outside (a toolbar button). */
export interface GridHandle {
  /** Moves the focus to the first cell of the empty line that adds a row. */
  focusNewRow(): void;
}

/** The empty last line: what its cells show and what their editors start from (a page may keep a draft there). */
export interface NewRowModel<Column> {
  render(column: Column, columnIndex: number): ReactNode;
  editValue(column: Column): string;
}

export interface EditableGridProps<Row extends GridRow, Group extends RowGroup, Column extends GridColumn<Row>> {
  ref?: Ref<GridHandle>;
  label: string;
  /** Extra class of the table ("channel-grid"), for the page's own styles. */
  className?: string;
  columns: Column[];
  /** Widths chosen by the user, by column id; a column's own width otherwise. */
  widths?: Record<string, number>;
  /** The <thead>; its rows count in aria-rowindex (`headerRowCount`). */
  header: ReactNode;
  headerRowCount: number;
  total: number;
  groups?: Group[];
  getRow(index: number): Row | undefined;
  ensureRange(start: number, end: number): void;
  /** How a row is named in labels ("Bedrag van Hosting 2014 bewerken"). */
  rowName(row: Row): string;
  selection: ReadonlySet<string>;
  newRow: NewRowModel<Column>;
  /** The new line's name in editor labels ("nieuw kanaal"). */
  newRowName: string;
  groupLabel?(group: Group): ReactNode;
  onToggleSelect(row: Row): void;
  /** `row` null: the empty last line. */
  /** May answer at once (a draft kept on the page): then the focus moves on before the next key. */
  onEdit(row: Row | null, column: Column, value: string, context: EditContext): EditOutcome | Promise<EditOutcome>;
  /** A block pasted at a row (rows past the end are new ones), over the columns from the active one on. */
  onPaste(startRowIndex: number, columns: Column[], matrix: string[][]): void;
  /** Without it there is no details button and Ctrl+Enter does nothing. */
  onOpenDetails?(row: Row): void;
  onActiveRowChange?(row: Row | null): void;
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
 * An editable, virtualised ARIA grid over a paged query: only the rows on screen exist in the
 * DOM; focus moves between cells with the keyboard like a spreadsheet (arrows, Tab, Home/End,
 * PageUp/PageDown, Enter or F2 or typing to edit, Esc to cancel, Delete to clear), Ctrl+C copies
 * a cell and Ctrl+V hands a pasted block to the page as one action. The last line adds a row.
 */
export function EditableGrid<Row extends GridRow, Group extends RowGroup, Column extends GridColumn<Row> = GridColumn<Row>>(
  props: EditableGridProps<Row, Group, Column>,
) {
  const { columns, widths, total, groups, getRow, ensureRange, newRow } = props;
  const m = useMessages(gridMessages);
  const { format, language } = useI18n();
  const layout = useMemo(() => layoutDisplayRows(total, groups), [total, groups]);
  const scrollRef = useRef<HTMLDivElement>(null);
  const [active, setActive] = useState<Active>({ display: 0, column: 0 });
  const [editing, setEditing] = useState<Editing | null>(null);
  const focusPending = useRef(false);
  const errorId = useId();
  const selectWidth = props.onOpenDetails ? SELECT_AND_DETAILS_WIDTH : SELECT_WIDTH;

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

  // A row added from the last line pushes that line down: the active cell stays on it, ready for the next row.
  const previousCount = useRef(layout.count);
  useEffect(() => {
    const before = previousCount.current;
    previousCount.current = layout.count;
    if (before === layout.count) return;
    setActive((current) => (current.display === before - 1 ? { ...current, display: layout.count - 1 } : current));
  }, [layout.count]);

  const activeRow = (() => {
    const item = layout.at(Math.min(active.display, layout.count - 1));
    return item.type === 'row' ? (getRow(item.index) ?? null) : null;
  })();
  const onActiveRowChange = props.onActiveRowChange;
  useEffect(() => onActiveRowChange?.(activeRow), [activeRow, onActiveRowChange]);

  // Keep focus on the active cell after keyboard moves and edits, scrolling it into view. Before the
  // browser handles the next key (a layout effect), so fast typing after Tab lands in the next cell.
  useLayoutEffect(() => {
    if (!focusPending.current || editing) return;
    focusPending.current = false;
    virtualizer.scrollToIndex(active.display, { align: 'auto' });
    const selector = `[data-cell="${active.display}:${active.column}"]`;
    const cell = scrollRef.current?.querySelector<HTMLElement>(selector);
    if (cell) cell.focus({ preventScroll: true });
    // A row scrolled in from far away is rendered in the next frame.
    else requestAnimationFrame(() => scrollRef.current?.querySelector<HTMLElement>(selector)?.focus());
  }, [active, editing, virtualizer]);

  useImperativeHandle(
    props.ref,
    () => ({
      focusNewRow: () => {
        focusPending.current = true;
        setEditing(null);
        setActive({ display: layout.count - 1, column: 0 });
      },
    }),
    [layout.count],
  );

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

  /** The row at a display line: null for the new line, undefined for a heading or a row still loading. */
  const rowAt = (display: number): Row | null | undefined => {
    const item = layout.at(display);
    if (item.type === 'new') return null;
    if (item.type === 'group') return undefined;
    return getRow(item.index);
  };

  const valueIn = (row: Row | null, column: Column) => (row ? editValueOf(column, row) : newRow.editValue(column));

  const startEditing = (display: number, columnIndex: number, typed: string | null) => {
    const column = columns[columnIndex];
    const row = rowAt(display);
    if (!column?.editor || row === undefined) return;
    setEditing({ display, column: columnIndex, initial: valueIn(row, column), typed, error: null, confirm: null, attempt: 0 });
  };

  const showOutcome = (target: Editing, value: string, outcome: EditOutcome) =>
    setEditing({
      ...target,
      initial: value,
      typed: null,
      error: outcome.error ? (language === 'nl' ? outcome.error.message : outcome.error.messageEn) : null,
      confirm: outcome.confirm ?? null,
      attempt: target.attempt + 1,
    });

  const commit = async (value: string, move: CommitMove) => {
    if (!editing) return;
    const column = columns[editing.column]!;
    const row = rowAt(editing.display);
    if (row === undefined) return;
    // Enter on the new line always reaches the page: it may complete a row kept as a draft.
    const unchanged =
      row !== null ? value === valueIn(row, column) : move !== 'down' && value.trim() === valueIn(row, column).trim();
    if (!unchanged || editing.confirm !== null) {
      const force = editing.confirm !== null && value === editing.initial;
      const answer = props.onEdit(row, column, value, { force, move });
      const outcome = answer instanceof Promise ? await answer : answer;
      if (outcome.error || outcome.confirm) {
        showOutcome(editing, value, outcome);
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

  /** Delete: empty the cell; a refusal opens the cell with the reason. */
  const clear = async (display: number, columnIndex: number, row: Row) => {
    const column = columns[columnIndex]!;
    const outcome = await props.onEdit(row, column, '', { force: false, move: 'none' });
    if (outcome.error || outcome.confirm) {
      const target: Editing = { display, column: columnIndex, initial: '', typed: null, error: null, confirm: null, attempt: 0 };
      showOutcome(target, editValueOf(column, row), outcome);
    }
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
        if (ctrl && row && props.onOpenDetails) props.onOpenDetails(row);
        else startEditing(display, column, null);
        break;
      case 'F2':
        startEditing(display, column, null);
        break;
      case ' ':
        if (event.shiftKey && row) props.onToggleSelect(row);
        else return;
        break;
      case 'Delete':
      case 'Backspace': {
        const target = columns[column];
        if (row && target?.editor && target.clearable !== false) void clear(display, column, row);
        else return;
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
    event.clipboardData.setData('text/plain', toTsvCell(column.text(row)));
    event.preventDefault();
  };

  const onPaste = (event: ClipboardEvent) => {
    if (editing) return;
    const text = event.clipboardData.getData('text/plain');
    if (!text) return;
    event.preventDefault();
    const item = layout.at(active.display);
    const startRowIndex = item.type === 'row' ? item.index : total;
    props.onPaste(startRowIndex, columns.slice(active.column), parseTsv(text));
  };

  const activate = (event: MouseEvent, display: number, column: number) => {
    if (editing && (editing.display !== display || editing.column !== column)) return;
    setActive({ display, column });
    if (event.detail === 2) startEditing(display, column, null);
  };

  const totalWidth = selectWidth + columns.reduce((sum, column) => sum + (widths?.[column.id] ?? column.width), 0);
  const paddingTop = items[0]?.start ?? 0;
  const paddingBottom = virtualizer.getTotalSize() - (items[items.length - 1]?.end ?? 0);
  const ariaRowOffset = props.headerRowCount + 1;

  return (
    <div className="grid-scroll" ref={scrollRef} onKeyDown={onKeyDown} onCopy={onCopy} onPaste={onPaste}>
      <table
        role="grid"
        className={['data-grid', props.className ?? ''].join(' ')}
        aria-label={props.label}
        aria-rowcount={layout.count + props.headerRowCount}
        aria-colcount={columns.length + 1}
        aria-multiselectable="true"
        style={{ width: totalWidth, '--select-width': `${selectWidth}px` } as CSSProperties}
      >
        <colgroup>
          <col style={{ width: selectWidth }} />
          {columns.map((column) => (
            <col key={column.id} style={{ width: widths?.[column.id] ?? column.width }} />
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
            const ariaRowIndex = item.index + ariaRowOffset;
            if (line.type === 'group') {
              return (
                <tr key={`g${item.index}`} className="group-row" aria-rowindex={ariaRowIndex}>
                  <th colSpan={columns.length + 1} scope="colgroup" role="columnheader">
                    {props.groupLabel?.(line.group)}
                  </th>
                </tr>
              );
            }
            const row = line.type === 'row' ? getRow(line.index) : null;
            const isNew = line.type === 'new';
            const selected = row ? props.selection.has(row.id) : false;
            const name = row ? props.rowName(row) : props.newRowName;
            return (
              <tr
                // The new line keeps its key as rows are added above it, and so keeps the focus.
                key={row ? row.id : isNew ? 'new' : `loading${item.index}`}
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
                        aria-label={`${m.selectRow} ${name}`}
                        onChange={() => props.onToggleSelect(row)}
                      />
                      {props.onOpenDetails ? (
                        <DetailsButton label={`${m.details} ${name}`} onClick={() => props.onOpenDetails?.(row)} />
                      ) : null}
                    </>
                  ) : null}
                </td>
                {columns.map((column, columnIndex) => {
                  const isActive = active.display === item.index && active.column === columnIndex;
                  const isEditing = editing?.display === item.index && editing.column === columnIndex;
                  const Cell = column.rowHeader ? 'th' : 'td';
                  const text = row ? column.text(row) : '';
                  return (
                    <Cell
                      key={column.id}
                      role={column.rowHeader ? 'rowheader' : 'gridcell'}
                      scope={column.rowHeader ? 'row' : undefined}
                      data-cell={`${item.index}:${columnIndex}`}
                      tabIndex={isActive && !isEditing ? 0 : -1}
                      aria-readonly={column.editor ? undefined : true}
                      className={[
                        column.rowHeader ? 'frozen name-cell' : '',
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
                            options={column.options}
                            label={format(m.editLabel, { column: column.header, row: name })}
                            placeholder={column.placeholder}
                            initial={editing.initial}
                            typed={editing.typed}
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
                      ) : isNew ? (
                        newRow.render(column, columnIndex)
                      ) : row === undefined ? (
                        <span className="loading-cell">{columnIndex === 0 ? m.loadingRow : ''}</span>
                      ) : column.render && row ? (
                        column.render(row)
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

function DetailsButton({ label, onClick }: { label: string; onClick(): void }) {
  return (
    <button type="button" tabIndex={-1} className="details-button" aria-label={label} onClick={onClick}>
      <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
        <circle cx="8" cy="8" r="7" fill="none" stroke="currentColor" strokeWidth="1.5" />
        <rect x="7.25" y="7" width="1.5" height="5" fill="currentColor" />
        <rect x="7.25" y="4" width="1.5" height="1.6" fill="currentColor" />
      </svg>
    </button>
  );
}
