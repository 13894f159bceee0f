import { useCallback, useId, useMemo, useRef, useState } from 'react';
import type { ApiError } from '../../../../shared/api/result';
import {
  COST_CATEGORIES,
  type CostCategory,
  type CostLineFields,
  type CostLineList,
  type CostLinePatch,
  type CostLineRow,
  type CostListQuery,
  type CostSortField,
} from '../../../../shared/domain/cost';
import { COST_CATEGORY_LABELS, labelsFor, PLATFORM_LABELS, RECURRENCE_LABELS } from '../../../../shared/domain/labels';
import { invoke } from '../../../api/client';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { EditableGrid, type GridHandle } from '../../../components/grid/EditableGrid';
import type { EditContext, EditOutcome } from '../../../components/grid/gridColumn';
import { GridColumnHeaders, type SortState } from '../../../components/grid/GridColumnHeaders';
import { PasteReport } from '../../../components/grid/PasteReport';
import { usePasteIntoGrid } from '../../../components/grid/usePasteIntoGrid';
import { useRowSelection } from '../../../components/grid/useRowSelection';
import { useRowWindow, type FetchPage } from '../../../components/grid/useRowWindow';
import { HistoryButtons } from '../../../components/HistoryButtons';
import { useHistory } from '../../../components/useHistory';
import { formatEuroCents, formatNumber } from '../../../format/nlBE';
import { useI18n, useMessages } from '../../../i18n/i18n';
import { ImportCostsDialog } from '../import/ImportCostsDialog';
import { costColumns, type CostColumn } from './costColumns';
import { readCostCell } from './costCellReading';
import { draftFields, draftNeeds, hasTyped, setDraftCell, type CostDraft } from './costDraft';
import { linesMessages } from './linesMessages';
import { NewCostRow } from './NewCostRow';
import { useOwnerChoices } from './useOwnerChoices';
import './lines.css';

type LinesQuery = Omit<CostListQuery, 'offset' | 'limit'>;

const fetchCostLines: FetchPage<LinesQuery, CostLineList> = (query, offset, limit) =>
  invoke('costs.list', { ...query, offset, limit });

/** The columns the core can sort by, and the sort field each stands for. */
const SORT_FIELDS: Record<string, CostSortField> = {
  description: 'description',
  channelId: 'channelName',
  organisationId: 'organisationName',
  category: 'category',
  amountCents: 'amountCents',
  startDate: 'startDate',
  endDate: 'endDate',
  recurrence: 'recurrence',
  supplier: 'supplier',
};
const SORTABLE = new Set(Object.keys(SORT_FIELDS));

interface Props {
  /** The open register's generation: a new register starts the section afresh. */
  generation: number;
  /** After every edit, paste, delete, import, undo or redo (the page's overviews reload). */
  onChanged(): void;
  /** Only this channel's lines; new lines start on it. */
  channelId?: string;
}

/**
 * The cost lines in an editable grid, with the channel grid's keyboard, paste and undo: one
 * line per cost, of a channel or (shared) of an organisation. The empty last line collects a
 * new cost's cells until it has what a line needs, then Enter saves it.
 */
export function CostLinesSection(props: Props) {
  // Another register: no draft, selection or filter carries over.
  return <CostLines key={props.generation} {...props} />;
}

function CostLines({ generation, onChanged, channelId }: Props) {
  const m = useMessages(linesMessages);
  const { format, language } = useI18n();
  const [search, setSearch] = useState('');
  const [category, setCategory] = useState<CostCategory | ''>('');
  const [yearText, setYearText] = useState('');
  const [sort, setSort] = useState<SortState>({ columnId: 'startDate', desc: false });
  const { selection, toggleSelect, clearSelection, setActiveRow, targetIds } = useRowSelection<CostLineRow>();
  // A search or filter that hides selected lines drops the selection: "Verwijderen" must never
  // delete lines the user can no longer see.
  const filterBy =
    <T,>(set: (value: T) => void) =>
    (value: T) => {
      set(value);
      clearSelection();
    };
  const emptyDraft = useMemo<CostDraft>(() => (channelId ? { channelId } : {}), [channelId]);
  const [draft, setDraft] = useState<CostDraft>(emptyDraft);
  // "Kost toegevoegd." under the grid until the next change or the next new line.
  const [added, setAdded] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [importing, setImporting] = useState(false);
  const gridRef = useRef<GridHandle>(null);
  const choices = useOwnerChoices(generation);
  const searchId = useId();
  const categoryId = useId();
  const yearId = useId();
  const helpId = useId();

  const year = parseYear(yearText);
  const query = useMemo<LinesQuery>(
    () => ({
      search: search.trim() || undefined,
      channelId,
      categories: category ? [category] : undefined,
      year: year ?? undefined,
      sort: [{ field: SORT_FIELDS[sort.columnId] ?? 'startDate', desc: sort.desc }],
    }),
    [search, channelId, category, year, sort],
  );
  const lines = useRowWindow(fetchCostLines, query, generation);

  const reloadLines = lines.reload;
  const afterChange = useCallback(() => {
    setAdded(false);
    reloadLines();
    onChanged();
  }, [reloadLines, onChanged]);
  const history = useHistory(generation, afterChange);
  const refreshHistory = history.refresh;
  const changed = useCallback(() => {
    afterChange();
    refreshHistory();
  }, [afterChange, refreshHistory]);

  const labels = useMemo(
    () => ({
      categories: labelsFor(COST_CATEGORY_LABELS, language),
      recurrences: labelsFor(RECURRENCE_LABELS, language),
      platforms: labelsFor(PLATFORM_LABELS, language),
    }),
    [language],
  );
  const columns = useMemo(
    () => costColumns(m, labels, choices.channels, choices.organisations),
    [m, labels, choices.channels, choices.organisations],
  );
  const needs = draftNeeds(draft).map((need) => m.needs[need] ?? need);

  const updateLine = async (row: CostLineRow, patch: CostLinePatch): Promise<EditOutcome> => {
    const result = await invoke('costs.update', { id: row.id, patch });
    if (!result.ok) return { error: result.error };
    changed();
    return { error: null };
  };

  const createLine = async (fields: CostLineFields): Promise<EditOutcome> => {
    const result = await invoke('costs.create', { fields });
    if (!result.ok) return { error: result.error };
    setDraft(emptyDraft);
    changed();
    setAdded(true);
    return { error: null };
  };

  /** A line's cell goes to the core; a cell of the new line stays in the draft (at once) until Enter saves it whole. */
  const onEdit = (
    row: CostLineRow | null,
    column: CostColumn,
    value: string,
    { move }: EditContext,
  ): EditOutcome | Promise<EditOutcome> => {
    // An emptied cell of the new line is simply not filled in yet.
    const reading = row === null && value.trim() === '' ? null : readCostCell(column.id, value);
    if (reading && !reading.ok)
      return { error: { code: 'INVALID_INPUT', message: reading.message, messageEn: reading.messageEn } };
    if (row !== null) return updateLine(row, reading!.patch);
    const next = setDraftCell(draft, column.id, value);
    setDraft(next);
    if (move !== 'down' || !hasTyped(next, emptyDraft)) return { error: null };
    const fields = draftFields(next);
    if (fields) return createLine(fields);
    return {
      error: null,
      confirm: format(m.draftStillNeeds, {
        needs: draftNeeds(next)
          .map((n) => m.needs[n])
          .join(', '),
      }),
    };
  };

  const paste = usePasteIntoGrid({
    total: lines.total ?? 0,
    list: (offset, limit) => fetchCostLines(query, offset, limit),
    fieldOf: (column: CostColumn) => column.id,
    paste: (rows) => invoke('costs.paste', { rows }),
    setError,
    changed,
  });

  const deleteLines = async () => {
    const result = await invoke('costs.delete', { ids: targetIds });
    if (!result.ok) {
      setError(result.error);
      return;
    }
    setError(null);
    clearSelection();
    changed();
  };

  const sum = lines.page?.amountSumCents ?? 0;
  return (
    <div className="cost-lines">
      <div className="toolbar" role="toolbar" aria-label={m.toolbar}>
        <span className="toolbar-group">
          <label htmlFor={searchId}>{m.search}</label>
          <input
            id={searchId}
            type="search"
            value={search}
            placeholder={m.searchPlaceholder}
            onChange={(event) => filterBy(setSearch)(event.target.value)}
          />
        </span>
        <span className="toolbar-group">
          <label htmlFor={categoryId}>{m.category}</label>
          <select
            id={categoryId}
            value={category}
            onChange={(event) => filterBy(setCategory)(event.target.value as CostCategory | '')}
          >
            <option value="">{m.all}</option>
            {COST_CATEGORIES.map((code) => (
              <option key={code} value={code}>
                {labels.categories[code]}
              </option>
            ))}
          </select>
        </span>
        <span className="toolbar-group">
          <label htmlFor={yearId}>{m.year}</label>
          <input
            id={yearId}
            className="year-filter"
            type="number"
            min={1990}
            max={2200}
            value={yearText}
            aria-invalid={yearText !== '' && year === null ? true : undefined}
            onChange={(event) => filterBy(setYearText)(event.target.value)}
          />
        </span>
        <button type="button" onClick={() => gridRef.current?.focusNewRow()}>
          {m.newLine}
        </button>
        <button type="button" disabled={targetIds.length === 0} onClick={() => void deleteLines()}>
          {m.delete}
        </button>
        <span className="toolbar-group">
          <HistoryButtons history={history} />
        </span>
        <button type="button" onClick={() => setImporting(true)}>
          {m.importButton}
        </button>
        {selection.size > 0 ? (
          <span className="toolbar-group">
            <span className="muted">{format(m.selected, { count: selection.size })}</span>
            <button type="button" onClick={clearSelection}>
              {m.clearSelection}
            </button>
          </span>
        ) : null}
      </div>
      <ErrorMessage error={error ?? history.error ?? lines.error} />
      <PasteReport result={paste.pasteResult} pasteDone={m.pasteDone} columns={m.columns} onClose={paste.closeReport} />
      <p id={helpId} className="keyboard-help muted">
        {m.keyboardHelp}
      </p>
      <EditableGrid<CostLineRow, never, CostColumn>
        ref={gridRef}
        label={m.gridLabel}
        className="cost-grid"
        columns={columns}
        header={<GridColumnHeaders columns={columns} sortable={SORTABLE} sort={sort} onSort={(next) => setSort(next)} />}
        headerRowCount={1}
        total={lines.total ?? 0}
        getRow={lines.getRow}
        ensureRange={lines.ensureRange}
        rowName={(row) => row.description ?? `${labels.categories[row.category]} ${row.startDate}`}
        selection={selection}
        newRow={{
          render: (column, columnIndex) => (
            <NewCostRow
              column={column}
              first={columnIndex === 0}
              draft={draft}
              needs={draftNeeds(draft)}
              started={hasTyped(draft, emptyDraft)}
            />
          ),
          editValue: (column) => draft[column.id] ?? '',
        }}
        newRowName={m.newRowName}
        onToggleSelect={toggleSelect}
        onEdit={onEdit}
        onPaste={paste.onPaste}
        onActiveRowChange={setActiveRow}
      />
      <p className="draft-status" role="status">
        {hasTyped(draft, emptyDraft) ? (
          <>
            {needs.length > 0 ? format(m.draftStatus, { needs: needs.join(', ') }) : m.draftReady}{' '}
            <button type="button" onClick={() => setDraft(emptyDraft)}>
              {m.discardDraft}
            </button>
          </>
        ) : added ? (
          m.added
        ) : null}
      </p>
      <p className="table-status" aria-live="polite">
        {lines.total === null
          ? m.loading
          : lines.total === 1
            ? format(m.summaryOne, { sum: formatEuroCents(sum) })
            : format(m.summary, { count: formatNumber(lines.total), sum: formatEuroCents(sum) })}
      </p>
      {importing ? <ImportCostsDialog onClose={() => setImporting(false)} onImported={changed} /> : null}
    </div>
  );
}

/** The year filter's text as a year the query accepts, or null. */
function parseYear(text: string): number | null {
  const year = Number(text);
  return /^\d{4}$/.test(text.trim()) && year >= 1990 && year <= 2200 ? year : null;
}
