import {
  columnOrderingFeature,
  columnResizingFeature,
  columnSizingFeature,
  columnVisibilityFeature,
  tableFeatures,
  useTable,
  type ColumnDef,
  type ColumnOrderState,
  type ColumnSizingState,
  type ColumnVisibilityState,
} from '@tanstack/react-table';
import { useMemo, useState } from 'react';
import type { ChannelRow } from '../../../shared/domain/channel';
import type { ViewDefinition } from '../../../shared/domain/savedView';
import { COLUMN_BY_ID, GRID_COLUMNS, type ChannelColumn } from './grid/gridColumns';

const features = tableFeatures({ columnVisibilityFeature, columnOrderingFeature, columnSizingFeature, columnResizingFeature });
const COLUMN_DEFS: Array<ColumnDef<typeof features, ChannelRow>> = GRID_COLUMNS.map((column) => ({
  id: column.id,
  size: column.width,
  minSize: 60,
  maxSize: 2000,
  // The name column is frozen in place and cannot be hidden.
  enableHiding: column.id !== 'name',
}));
const NO_ROWS: ChannelRow[] = [];

export type ColumnLayout = NonNullable<ViewDefinition['columns']>;

export const DEFAULT_LAYOUT: ColumnLayout = {
  order: GRID_COLUMNS.map((column) => column.id),
  hidden: GRID_COLUMNS.filter((column) => column.hiddenByDefault).map((column) => column.id),
  widths: {},
};

/**
 * Which columns show, in what order and how wide: TanStack Table owns this column model
 * (visibility, ordering, sizing, drag-resizing); the rows come from the core, not from the table.
 */
export function useColumnLayout() {
  const [visibility, setVisibility] = useState<ColumnVisibilityState>(() => toVisibility(DEFAULT_LAYOUT.hidden));
  const [order, setOrder] = useState<ColumnOrderState>(DEFAULT_LAYOUT.order);
  const [sizing, setSizing] = useState<ColumnSizingState>({});

  const table = useTable({
    features,
    columns: COLUMN_DEFS,
    data: NO_ROWS,
    state: { columnVisibility: visibility, columnOrder: order, columnSizing: sizing },
    onColumnVisibilityChange: setVisibility,
    onColumnOrderChange: setOrder,
    onColumnSizingChange: setSizing,
    columnResizeMode: 'onChange',
  });

  const visibleColumns: ChannelColumn[] = table
    .getVisibleLeafColumns()
    .map((column) => COLUMN_BY_ID.get(column.id))
    .filter((column): column is ChannelColumn => column !== undefined);
  // The frozen name column always comes first.
  visibleColumns.sort((a, b) => (a.id === 'name' ? -1 : b.id === 'name' ? 1 : 0));

  const widths = useMemo(() => {
    const result: Record<string, number> = {};
    for (const column of table.getAllLeafColumns()) result[column.id] = column.getSize();
    return result;
    // Recomputed when sizing changes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [sizing, table]);

  const layout: ColumnLayout = {
    order,
    hidden: Object.entries(visibility)
      .filter(([, visible]) => !visible)
      .map(([id]) => id),
    widths: sizing,
  };

  return {
    table,
    visibleColumns,
    widths,
    layout,
    allColumns: order.map((id) => COLUMN_BY_ID.get(id)).filter((column): column is ChannelColumn => column !== undefined),
    isVisible: (id: string) => visibility[id] !== false,
    setVisible: (id: string, visible: boolean) => setVisibility((current) => ({ ...current, [id]: visible })),
    move: (id: string, delta: number) =>
      setOrder((current) => {
        const from = current.indexOf(id);
        const to = from + delta;
        if (from < 0 || to < 0 || to >= current.length) return current;
        const next = [...current];
        next.splice(from, 1);
        next.splice(to, 0, id);
        return next;
      }),
    resize: (id: string, width: number) => setSizing((current) => ({ ...current, [id]: width })),
    startResize: (id: string, event: unknown) => {
      const header = table.getFlatHeaders().find((h) => h.column.id === id);
      header?.getResizeHandler()(event);
    },
    apply: (next: ColumnLayout | undefined) => {
      const value = next ?? DEFAULT_LAYOUT;
      const known = GRID_COLUMNS.map((column) => column.id);
      // Columns added since the view was saved go at the end.
      const added = GRID_COLUMNS.filter((column) => !value.order.includes(column.id));
      setOrder([...value.order.filter((id) => known.includes(id)), ...added.map((column) => column.id)]);
      // ...hidden if they are hidden by default, as they would be in a new view.
      setVisibility(toVisibility([...value.hidden, ...added.filter((c) => c.hiddenByDefault).map((c) => c.id)]));
      setSizing(value.widths);
    },
  };
}

function toVisibility(hidden: string[]): ColumnVisibilityState {
  return Object.fromEntries(hidden.map((id) => [id, false]));
}
