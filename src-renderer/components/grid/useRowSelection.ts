import { useCallback, useState } from 'react';

/**
 * The rows ticked in an EditableGrid and the row the cursor is on: actions work on the
 * ticked rows, or on the active row when none is ticked.
 */
export function useRowSelection<Row extends { id: string }>() {
  const [selection, setSelection] = useState<Set<string>>(new Set());
  const [activeRow, setActiveRow] = useState<Row | null>(null);
  const toggleSelect = useCallback(
    (row: Row) =>
      setSelection((current) => {
        const next = new Set(current);
        if (next.has(row.id)) next.delete(row.id);
        else next.add(row.id);
        return next;
      }),
    [],
  );
  const clearSelection = useCallback(() => setSelection(new Set()), []);
  const targetIds = selection.size > 0 ? [...selection] : activeRow ? [activeRow.id] : [];
  return { selection, toggleSelect, clearSelection, activeRow, setActiveRow, targetIds };
}
