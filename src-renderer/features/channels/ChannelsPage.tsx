import { useCallback, useId, useMemo, useState } from 'react';
import type { ApiError } from '../../../shared/api/result';
import type {
  ChannelFilters,
  ChannelGroupField,
  ChannelList,
  ChannelListQuery,
  ChannelRow,
  ChannelSortField,
} from '../../../shared/domain/channel';
import { detectChannelUrl } from '../../../shared/domain/channelUrl';
import { KIND_LABELS, labelsFor, METRIC_LABELS, PLATFORM_LABELS, STATUS_LABELS } from '../../../shared/domain/labels';
import type { SavedView, ViewDefinition } from '../../../shared/domain/savedView';
import { invoke } from '../../api/client';
import { formatNumber } from '../../format/nlBE';
import { ErrorMessage } from '../../components/ErrorMessage';
import type { EditOutcome } from '../../components/grid/gridColumn';
import { PasteReport } from '../../components/grid/PasteReport';
import { usePasteIntoGrid } from '../../components/grid/usePasteIntoGrid';
import { useRowSelection } from '../../components/grid/useRowSelection';
import { useRowWindow, type FetchPage } from '../../components/grid/useRowWindow';
import { HistoryButtons } from '../../components/HistoryButtons';
import { useHistory } from '../../components/useHistory';
import { useI18n, useMessages } from '../../i18n/i18n';
import { ExportWhatISeeButton } from '../export/ExportWhatISeeButton';
import { ImportChannelsDialog } from '../import/ImportChannelsDialog';
import { BulkEditDialog } from './BulkEditDialog';
import { ChannelDetailPanel } from './ChannelDetailPanel';
import { channelsMessages } from './channelsMessages';
import { dayProblem, patchFor } from './channelEdits';
import { ColumnsDialog } from './ColumnsDialog';
import { ChannelGrid, type GridMessages } from './grid/ChannelGrid';
import type { EditorLabels } from './grid/editorOptions';
import type { CellLabels, ChannelColumn } from './grid/gridColumns';
import { GridHeader, type SortRule } from './grid/GridHeader';
import { SavedViews } from './SavedViews';
import { useColumnLayout } from './useColumnLayout';
import { useReferenceData } from './useReferenceData';
import './channels.css';

const DEFAULT_SORT: SortRule[] = [{ field: 'name', desc: false }];

const fetchChannels: FetchPage<Omit<ChannelListQuery, 'offset' | 'limit'>, ChannelList> = (query, offset, limit) =>
  invoke('channels.list', { ...query, offset, limit });

/** The register Marcom works in every day: the channel grid with its tools. */
export function ChannelsPage({ generation }: { generation: number }) {
  const m = useMessages(channelsMessages);
  const { format, language } = useI18n();
  const [search, setSearch] = useState('');
  const [filters, setFilters] = useState<ChannelFilters>({});
  const [sort, setSort] = useState<SortRule[]>(DEFAULT_SORT);
  const [groupBy, setGroupBy] = useState<ChannelGroupField | undefined>(undefined);
  const [showDeleted, setShowDeleted] = useState(false);
  const { selection, toggleSelect, clearSelection, activeRow, setActiveRow, targetIds } = useRowSelection<ChannelRow>();
  const [detail, setDetail] = useState<ChannelRow | null>(null);
  const [detailVersion, setDetailVersion] = useState(0);
  const [notice, setNotice] = useState<string | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [dialog, setDialog] = useState<'columns' | 'bulk' | 'import' | null>(null);
  const layout = useColumnLayout();
  const reference = useReferenceData(generation);
  const searchId = useId();
  const groupId = useId();
  const headingId = useId();
  const helpId = useId();

  const query = useMemo(
    () => ({
      search: search.trim() || undefined,
      filters: cleanFilters(filters),
      sort,
      groupBy,
      deleted: showDeleted ? ('only' as const) : ('exclude' as const),
    }),
    [search, filters, sort, groupBy, showDeleted],
  );
  const channelWindow = useRowWindow(fetchChannels, query, generation);

  const afterChange = useCallback(() => {
    channelWindow.reload();
    reference.reload();
    setDetailVersion((v) => v + 1);
  }, [channelWindow, reference]);
  const history = useHistory(generation, afterChange);
  const changed = useCallback(() => {
    afterChange();
    history.refresh();
  }, [afterChange, history]);

  const cellLabels: CellLabels = useMemo(
    () => ({
      platforms: labelsFor(PLATFORM_LABELS, language),
      statuses: labelsFor(STATUS_LABELS, language),
      kinds: labelsFor(KIND_LABELS, language),
      metrics: labelsFor(METRIC_LABELS, language),
      yes: m.yes,
      no: m.no,
      unknown: m.unknown,
      noResponsible: m.noResponsible,
    }),
    [language, m],
  );
  const editorLabels: EditorLabels = useMemo(() => ({ ...cellLabels, none: m.none, inactive: m.inactive }), [cellLabels, m]);

  const organisationName = useCallback(
    (id: string | null) => (id ? (reference.organisations.find((o) => o.id === id)?.name ?? null) : null),
    [reference.organisations],
  );

  const gridMessages: GridMessages = {
    gridLabel: showDeleted ? m.deletedTitle : m.gridLabel,
    newRow: m.newRow,
    noResponsible: m.noResponsible,
    datePlaceholder: m.datePlaceholder,
    columns: m.columns,
    cellLabels,
    editorLabels,
    groupLabel: (group) => {
      if (groupBy === 'organisation') return group.label ?? m.groupNoOrganisation;
      if (groupBy === 'platform') return cellLabels.platforms[group.key ?? ''] ?? group.key ?? '';
      return cellLabels.statuses[group.key ?? 'unknown'] ?? '';
    },
    groupCount: (count) => format(m.groupCount, { count }),
  };

  const onEdit = async (row: ChannelRow | null, column: ChannelColumn, value: string, force: boolean): Promise<EditOutcome> => {
    if (!column.field) return { error: null };
    if (row === null) return createFromNewRow(column, value);
    const refused = dayProblem(column.field, value);
    if (refused) return { error: refused };
    let patch = patchFor(column.field, value);
    if (column.field === 'url' && value.trim() !== '') {
      const check = await invoke('channels.checkUrl', { url: value, excludeId: row.id });
      if (check.ok && check.value.url) {
        if (check.value.duplicates.length > 0 && !force) {
          return {
            error: null,
            confirm: format(m.duplicateUrl, { names: check.value.duplicates.map((d) => d.name).join(', ') }),
          };
        }
        patch = { url: check.value.url };
        if (!row.handle && check.value.handle) patch.handle = check.value.handle;
        if (
          check.value.platform &&
          (row.platform === 'other' || (row.platform === 'website' && check.value.platform !== 'website'))
        ) {
          patch.platform = check.value.platform;
          patch.kind = check.value.kind ?? row.kind;
        }
      }
    }
    const result = await invoke('channels.update', { id: row.id, patch });
    if (!result.ok) return { error: result.error };
    changed();
    return { error: null };
  };

  /** The empty last line: a name makes a channel; so does a URL (name taken from the account or site). */
  const createFromNewRow = async (column: ChannelColumn, value: string): Promise<EditOutcome> => {
    let fields;
    if (column.field === 'name') {
      fields = { name: value, kind: 'social' as const, platform: 'other' as const };
    } else if (column.field === 'url') {
      const detected = detectChannelUrl(value);
      if (!detected) return { error: { code: 'INVALID_INPUT', message: m.nameFirst, messageEn: m.nameFirst } };
      const name = detected.handle ?? new URL(detected.url).hostname.replace(/^www\./, '');
      fields = { name, kind: detected.kind, platform: detected.platform, url: detected.url, handle: detected.handle };
    } else {
      return { error: { code: 'INVALID_INPUT', message: m.nameFirst, messageEn: m.nameFirst } };
    }
    const result = await invoke('channels.create', { fields });
    if (!result.ok) return { error: result.error };
    changed();
    return { error: null };
  };

  const paste = usePasteIntoGrid({
    total: channelWindow.total ?? 0,
    list: (offset, limit) => fetchChannels(query, offset, limit),
    fieldOf: (column: ChannelColumn) => column.field,
    paste: (rows) => invoke('channels.paste', { rows }),
    setError,
    changed,
  });

  const run = async (action: () => Promise<{ ok: boolean; error?: ApiError }>, clearAfter = false) => {
    const result = await action();
    if (!result.ok) setError(result.error ?? null);
    else {
      setError(null);
      if (clearAfter) clearSelection();
      changed();
    }
  };

  const applyView = (view: SavedView | null) => {
    const definition: ViewDefinition = view?.definition ?? {};
    setSearch(definition.search ?? '');
    setFilters(definition.filters ?? {});
    setSort(definition.sort && definition.sort.length > 0 ? definition.sort : DEFAULT_SORT);
    setGroupBy(definition.groupBy);
    setShowDeleted(definition.deleted === 'only');
    layout.apply(definition.columns);
  };

  const currentView: ViewDefinition = {
    search: query.search,
    filters: query.filters,
    sort,
    groupBy,
    deleted: showDeleted ? 'only' : undefined,
    columns: layout.layout,
  };

  const toggleSort = (field: ChannelSortField, additive: boolean) =>
    setSort((current) => {
      const existing = current.find((rule) => rule.field === field);
      const next: SortRule = { field, desc: existing ? !existing.desc : false };
      if (!additive) return [next];
      return existing ? current.map((rule) => (rule.field === field ? next : rule)) : [...current, next];
    });

  return (
    <div className={detail ? 'channels-page with-detail' : 'channels-page'}>
      <section className="channels-main" aria-labelledby={headingId}>
        <div className="page-header">
          <h1 id={headingId}>{showDeleted ? m.deletedTitle : m.title}</h1>
          <div className="search">
            <label htmlFor={searchId}>{m.search}</label>
            <input
              id={searchId}
              type="search"
              value={search}
              placeholder={m.searchPlaceholder}
              onChange={(event) => setSearch(event.target.value)}
            />
          </div>
        </div>
        <div className="toolbar" role="toolbar" aria-label={m.toolbar}>
          <SavedViews generation={generation} current={currentView} onApply={applyView} />
          <span className="toolbar-group">
            <label htmlFor={groupId}>{m.groupBy}</label>
            <select
              id={groupId}
              value={groupBy ?? ''}
              onChange={(event) => setGroupBy((event.target.value || undefined) as ChannelGroupField | undefined)}
            >
              <option value="">{m.groupNone}</option>
              <option value="platform">{m.groupByField.platform}</option>
              <option value="organisation">{m.groupByField.organisation}</option>
              <option value="status">{m.groupByField.status}</option>
            </select>
          </span>
          <label className="toolbar-group">
            <input type="checkbox" checked={showDeleted} onChange={(event) => setShowDeleted(event.target.checked)} />{' '}
            {m.showDeleted}
          </label>
          <button type="button" onClick={() => setDialog('columns')}>
            {m.columnsButton}
          </button>
          <button type="button" onClick={() => setDialog('import')}>
            {m.importButton}
          </button>
          <ExportWhatISeeButton query={query} />
          <span className="toolbar-group">
            <HistoryButtons history={history} />
          </span>
          <span className="toolbar-group">
            {showDeleted ? (
              <button
                type="button"
                disabled={targetIds.length === 0}
                onClick={() => void run(() => invoke('channels.restore', { ids: targetIds }), true)}
              >
                {m.restore}
              </button>
            ) : (
              <>
                <button
                  type="button"
                  disabled={!activeRow}
                  onClick={() => activeRow && void run(() => invoke('channels.duplicate', { id: activeRow.id }))}
                >
                  {m.duplicate}
                </button>
                <button
                  type="button"
                  disabled={targetIds.length === 0}
                  onClick={() => void run(() => invoke('channels.delete', { ids: targetIds }), true)}
                >
                  {m.delete}
                </button>
                <button type="button" disabled={selection.size === 0} onClick={() => setDialog('bulk')}>
                  {m.bulkEdit}
                </button>
              </>
            )}
            {selection.size > 0 ? (
              <>
                <span className="muted">{format(m.selected, { count: selection.size })}</span>
                <button type="button" onClick={clearSelection}>
                  {m.clearSelection}
                </button>
              </>
            ) : null}
          </span>
        </div>
        <ErrorMessage error={error ?? history.error ?? channelWindow.error} />
        {notice ? (
          <p className="report" role="status">
            {notice}{' '}
            <button type="button" onClick={() => setNotice(null)}>
              {m.close}
            </button>
          </p>
        ) : null}
        <PasteReport result={paste.pasteResult} pasteDone={m.pasteDone} columns={m.columns} onClose={paste.closeReport} />
        <p id={helpId} className="keyboard-help muted">
          {m.keyboardHelp}
        </p>
        <ChannelGrid
          columns={layout.visibleColumns}
          widths={layout.widths}
          total={channelWindow.total ?? 0}
          groups={channelWindow.page?.groups}
          getRow={channelWindow.getRow}
          ensureRange={channelWindow.ensureRange}
          organisations={reference.organisations}
          people={reference.people}
          selection={selection}
          messages={gridMessages}
          header={
            <GridHeader
              columns={layout.visibleColumns}
              widths={layout.widths}
              sort={sort}
              filters={filters}
              organisations={reference.organisations}
              people={reference.people}
              messages={m}
              labels={editorLabels}
              format={format}
              onSort={toggleSort}
              onFilter={setFilters}
              onResize={layout.resize}
              onResizeStart={layout.startResize}
            />
          }
          onToggleSelect={toggleSelect}
          onEdit={onEdit}
          onPaste={paste.onPaste}
          onOpenDetails={setDetail}
          onActiveRowChange={setActiveRow}
        />
        <p className="table-status" aria-live="polite">
          {channelWindow.total === null
            ? m.loading
            : channelWindow.total === 1
              ? m.summaryOne
              : format(m.summary, { total: formatNumber(channelWindow.total) })}
        </p>
      </section>
      {detail ? (
        <ChannelDetailPanel
          row={(activeRow?.id === detail.id ? activeRow : null) ?? detail}
          version={detailVersion}
          labels={cellLabels}
          nameOf={(field, id) =>
            field === 'organisationId'
              ? organisationName(typeof id === 'string' ? id : null)
              : field === 'responsiblePersonId'
                ? (reference.people.find((p) => p.id === id)?.name ?? null)
                : null
          }
          onClose={() => setDetail(null)}
          onChanged={changed}
        />
      ) : null}
      <ColumnsDialog open={dialog === 'columns'} layout={layout} onClose={() => setDialog(null)} />
      <BulkEditDialog
        ids={dialog === 'bulk' ? [...selection] : null}
        organisations={reference.organisations}
        people={reference.people}
        labels={editorLabels}
        onClose={() => setDialog(null)}
        onDone={() => {
          clearSelection();
          changed();
        }}
      />
      <ImportChannelsDialog
        open={dialog === 'import'}
        onClose={() => setDialog(null)}
        onImported={(result) => {
          setNotice(format(m.importDone, { created: result.created }));
          changed();
        }}
      />
    </div>
  );
}

/** Drops empty filter values so an unused filter does not reach the query. */
function cleanFilters(filters: ChannelFilters): ChannelFilters | undefined {
  const entries = Object.entries(filters).filter(
    ([, value]) => value !== undefined && value !== '' && !(Array.isArray(value) && value.length === 0),
  );
  return entries.length > 0 ? (Object.fromEntries(entries) as ChannelFilters) : undefined;
}
