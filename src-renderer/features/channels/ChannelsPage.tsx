import { useTable } from '@tanstack/react-table';
import { useId, useMemo, useState } from 'react';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useI18n } from '../../i18n/i18n';
import { channelColumns, channelTableFeatures, SORTABLE } from './channelColumns';
import { useChannelList, type SortRule } from './useChannelList';

export function ChannelsPage({ generation }: { generation: number }) {
  const { t, format } = useI18n();
  const [search, setSearch] = useState('');
  const [sort, setSort] = useState<SortRule[]>([{ field: 'name', desc: false }]);
  const { rows, total, loading, error, loadMore } = useChannelList(generation, search.trim(), sort);
  const columns = useMemo(() => channelColumns(t), [t]);
  const table = useTable({ features: channelTableFeatures, columns, data: rows });
  const searchId = useId();
  const captionId = useId();

  /** Click: sort by this column; Shift+click: add it as the next sort key. */
  const toggleSort = (columnId: string, additive: boolean) => {
    const field = SORTABLE[columnId];
    if (!field) return;
    setSort((current) => {
      const existing = current.find((rule) => rule.field === field);
      const next: SortRule = { field, desc: existing ? !existing.desc : false };
      if (!additive) return [next];
      return existing ? current.map((rule) => (rule.field === field ? next : rule)) : [...current, next];
    });
  };

  return (
    <section aria-labelledby={captionId}>
      <div className="page-header">
        <h1 id={captionId}>{t.channels.title}</h1>
        <div className="search">
          <label htmlFor={searchId}>{t.channels.search}</label>
          <input
            id={searchId}
            type="search"
            value={search}
            placeholder={t.channels.searchPlaceholder}
            onChange={(event) => setSearch(event.target.value)}
          />
        </div>
      </div>
      <ErrorMessage error={error} />
      <div className="table-wrap">
        <table className="grid" aria-busy={loading}>
          <caption className="visually-hidden">{format(t.channels.caption, { shown: rows.length, total })}</caption>
          <thead>
            {table.getHeaderGroups().map((group) => (
              <tr key={group.id}>
                {group.headers.map((header) => {
                  const field = SORTABLE[header.column.id];
                  const index = sort.findIndex((rule) => rule.field === field);
                  const rule = index >= 0 ? sort[index] : undefined;
                  return (
                    <th
                      key={header.id}
                      scope="col"
                      aria-sort={rule && index === 0 ? (rule.desc ? 'descending' : 'ascending') : undefined}
                    >
                      <button
                        type="button"
                        className="sort-button"
                        onClick={(event) => toggleSort(header.column.id, event.shiftKey)}
                        title={format(t.channels.sortBy, { column: String(header.column.columnDef.header) })}
                      >
                        <table.FlexRender header={header} />
                        {rule ? (
                          <span aria-hidden="true" className="sort-indicator">
                            {rule.desc ? ' ▼' : ' ▲'}
                            {sort.length > 1 ? index + 1 : ''}
                          </span>
                        ) : null}
                        {rule ? (
                          <span className="visually-hidden">
                            , {rule.desc ? t.channels.sortDescending : t.channels.sortAscending}
                          </span>
                        ) : null}
                      </button>
                    </th>
                  );
                })}
              </tr>
            ))}
          </thead>
          <tbody>
            {table.getRowModel().rows.map((row) => (
              <tr key={row.original.id}>
                {row.getAllCells().map((cell) =>
                  cell.column.id === 'name' ? (
                    <th key={cell.id} scope="row">
                      <table.FlexRender cell={cell} />
                    </th>
                  ) : (
                    <td key={cell.id} className={cell.column.id === 'latestCount' ? 'number' : undefined}>
                      <table.FlexRender cell={cell} />
                    </td>
                  ),
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="table-status" aria-live="polite">
        {loading
          ? t.channels.loading
          : rows.length === 0
            ? t.channels.empty
            : format(t.channels.caption, { shown: rows.length, total })}
      </p>
      {rows.length < total ? (
        <button type="button" onClick={loadMore}>
          {t.channels.more}
        </button>
      ) : null}
    </section>
  );
}
