import { useI18n, useMessages } from '../../i18n/i18n';
import type { GridColumn } from './gridColumn';
import { gridMessages } from './gridMessages';

export interface SortState {
  columnId: string;
  desc: boolean;
}

interface Props<Row> {
  columns: GridColumn<Row>[];
  /** Columns the user can sort by; a click on the same one again reverses the order. */
  sortable: ReadonlySet<string>;
  sort: SortState | null;
  onSort(sort: SortState): void;
}

/** One header row for an EditableGrid: column titles, sort buttons where the query can sort. */
export function GridColumnHeaders<Row>({ columns, sortable, sort, onSort }: Props<Row>) {
  const m = useMessages(gridMessages);
  const { format } = useI18n();
  return (
    <thead>
      <tr aria-rowindex={1}>
        <th scope="col" className="select-cell frozen" role="columnheader">
          <span className="visually-hidden">{m.selectRow}</span>
        </th>
        {columns.map((column) => {
          const sorted = sort?.columnId === column.id ? sort : null;
          return (
            <th
              key={column.id}
              scope="col"
              role="columnheader"
              className={[column.rowHeader ? 'frozen name-cell' : '', column.numeric ? 'number' : ''].join(' ')}
              aria-sort={sorted ? (sorted.desc ? 'descending' : 'ascending') : undefined}
            >
              <div className="header-cell">
                {sortable.has(column.id) ? (
                  <button
                    type="button"
                    className="sort-button"
                    title={format(m.sortBy, { column: column.header })}
                    onClick={() => onSort({ columnId: column.id, desc: sorted ? !sorted.desc : false })}
                  >
                    {column.header}
                    {sorted ? (
                      <>
                        <span aria-hidden="true" className="sort-indicator">
                          {sorted.desc ? ' ▼' : ' ▲'}
                        </span>
                        <span className="visually-hidden">, {sorted.desc ? m.sortDescending : m.sortAscending}</span>
                      </>
                    ) : null}
                  </button>
                ) : (
                  <span className="header-title">{column.header}</span>
                )}
              </div>
            </th>
          );
        })}
      </tr>
    </thead>
  );
}
