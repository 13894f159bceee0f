import type { ReactNode } from 'react';
import type { ApiError } from '../../../shared/api/result';

/** What every grid row has: an id (selection, keys) and a soft-delete mark. */
export interface GridRow {
  id: string;
  deletedAt: string | null;
}

/**
 * How a cell is edited: free text (a URL gets a URL input, an amount a decimal keyboard) or a
 * choice among `options`.
 */
export type EditorKind = 'text' | 'url' | 'amount' | 'select';

/** A choice of a select editor: [value sent to onEdit, label shown]. */
export type EditorOption = readonly [string, string];

/** One column of an EditableGrid: what it shows, copies and edits for a row. */
export interface GridColumn<Row> {
  id: string;
  /** The column's title; also names the cell in the editor's label. */
  header: string;
  width: number;
  numeric?: boolean;
  /** The cell naming the row (a <th scope="row">, frozen at the left). One column per grid. */
  rowHeader?: boolean;
  /** Null: read-only. */
  editor: EditorKind | null;
  options?: readonly EditorOption[];
  /** A hint inside an empty editor, e.g. "dd/mm/jjjj". */
  placeholder?: string;
  /** Whether Delete empties the cell (false where a row cannot do without the value). */
  clearable?: boolean;
  /** The text the cell shows and Ctrl+C copies; '' for empty. */
  text(row: Row): string;
  /** The raw value an editor starts from (codes and ids for selects); defaults to text(row). */
  editValue?(row: Row): string;
  /** What the cell shows when plain text is not enough (a badge, a warning, a greyed note). */
  render?(row: Row): ReactNode;
}

export type CommitMove = 'down' | 'right' | 'left' | 'none';

export interface EditOutcome {
  error: ApiError | null;
  /**
   * A warning shown in the cell, which stays open: for a duplicate the user can override by
   * committing the same value again (`force`), or a note on what a new row still needs.
   */
  confirm?: string;
}

export interface EditContext {
  /** The same value was committed again after a `confirm` warning. */
  force: boolean;
  /** How the edit ended: Enter (down), Tab (right/left), leaving the cell (none). */
  move: CommitMove;
}

export function editValueOf<Row>(column: GridColumn<Row>, row: Row): string {
  return column.editValue ? column.editValue(row) : column.text(row);
}
