import { useCallback, useState } from 'react';
import type { ApiError, Result } from '../../../shared/api/result';
import type { PasteResult } from '../../../shared/domain/paste';

/** One pasted line: the row it lands on (null past the end: a new row) and its cells by field. */
export interface PastedRow<Field extends string> {
  id: string | null;
  cells: Partial<Record<Field, string>>;
}

interface Options<Column, Field extends string> {
  /** How many rows the grid holds now (a paste past them makes new rows). */
  total: number;
  /** The rows in the grid's order from `offset`, to learn which ids the paste lands on. */
  list(offset: number, limit: number): Promise<Result<{ rows: { id: string }[] }>>;
  /** The field a pasted column's cells go to; none: the column takes no paste. */
  fieldOf(column: Column): Field | null | undefined;
  /** The page's paste call (one undo step). */
  paste(rows: PastedRow<Field>[]): Promise<Result<PasteResult>>;
  /** The page's error line: the failure, or null after a paste that went through. */
  setError(error: ApiError | null): void;
  /** After a paste that went through (reload, history). */
  changed(): void;
}

/**
 * A block pasted into an EditableGrid: the clipboard matrix becomes rows keyed by the ids they
 * land on, goes to the core in one call, and its report stays shown until closed.
 */
export function usePasteIntoGrid<Column, Field extends string>(options: Options<Column, Field>) {
  const [pasteResult, setPasteResult] = useState<PasteResult | null>(null);
  const { total, list, fieldOf, paste, setError, changed } = options;

  const pasteMatrix = async (startRowIndex: number, columns: Column[], matrix: string[][]) => {
    const existing = startRowIndex < total ? await list(startRowIndex, Math.min(matrix.length, 5000)) : null;
    if (existing && !existing.ok) {
      setError(existing.error);
      return;
    }
    const ids = existing?.ok ? existing.value.rows.map((row) => row.id) : [];
    const rows = matrix.map((line, index) => {
      const cells: Partial<Record<Field, string>> = {};
      line.forEach((text, offset) => {
        const column = columns[offset];
        const field = column === undefined ? undefined : fieldOf(column);
        if (field) cells[field] = text;
      });
      return { id: ids[index] ?? null, cells };
    });
    const result = await paste(rows);
    if (!result.ok) {
      setError(result.error);
      return;
    }
    setError(null);
    setPasteResult(result.value);
    changed();
  };

  const closeReport = useCallback(() => setPasteResult(null), []);
  return {
    pasteResult,
    closeReport,
    /** For EditableGrid's onPaste. */
    onPaste: (startRowIndex: number, columns: Column[], matrix: string[][]) => void pasteMatrix(startRowIndex, columns, matrix),
  };
}
