import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { ApiError, Result } from '../../../shared/api/result';

const BLOCK = 100;

/** One page of a list query: its rows, the total, and whatever else the core adds (groups, a sum). */
export interface RowPage<Row> {
  rows: Row[];
  total: number;
}

/** Fetches `limit` rows from `offset` of a query; a module-level function, so its identity is stable. */
export type FetchPage<Query, Page> = (query: Query, offset: number, limit: number) => Promise<Result<Page>>;

interface WindowState<Row, Page> {
  key: string;
  /** The latest page's extras (total, groups, sums); null until the first page arrives. */
  page: Omit<Page, 'rows'> | null;
  blocks: Map<number, Row[]>;
  error: ApiError | null;
  version: number;
}

function emptyWindow<Row, Page>(key: string, version = 0): WindowState<Row, Page> {
  return { key, page: null, blocks: new Map(), error: null, version };
}

/**
 * The rows of a query, fetched from the core in blocks of 100 as the grid scrolls to them.
 * The renderer never holds the whole register: at 100,000 rows it holds the few blocks on
 * screen. `reload()` refetches after an edit; a new query starts from scratch.
 */
export function useRowWindow<Query, Page extends RowPage<unknown>>(
  fetchPage: FetchPage<Query, Page>,
  query: Query,
  generation: number,
) {
  type Row = Page['rows'][number];
  const key = JSON.stringify([query, generation]);
  const [state, setState] = useState<WindowState<Row, Page>>(() => emptyWindow(key));
  const inFlight = useRef(new Set<string>());
  // Until the first block of a new query arrives, show an empty window rather than the old query's rows.
  const current = useMemo(() => (state.key === key ? state : emptyWindow<Row, Page>(key)), [state, key]);

  const fetchBlock = useCallback(
    (block: number, forKey: string, version: number) => {
      const flightKey = `${forKey}#${version}#${block}`;
      if (inFlight.current.has(flightKey)) return;
      inFlight.current.add(flightKey);
      const [parsedQuery] = JSON.parse(forKey) as [Query];
      void fetchPage(parsedQuery, block * BLOCK, BLOCK).then((result) => {
        inFlight.current.delete(flightKey);
        setState((previous) => {
          const base = previous.key === forKey ? previous : emptyWindow<Row, Page>(forKey, version);
          if (base.version !== version) return base;
          if (!result.ok) return { ...base, error: result.error, page: base.page ?? ({ total: 0 } as Omit<Page, 'rows'>) };
          const { rows, ...page } = result.value;
          const blocks = new Map(base.blocks);
          blocks.set(block, rows);
          return { ...base, blocks, page, error: null };
        });
      });
    },
    [fetchPage],
  );

  // The first block tells the total (and the groups or sums).
  useEffect(() => {
    fetchBlock(0, key, 0);
  }, [key, fetchBlock]);

  const ensureRange = useCallback(
    (start: number, end: number) => {
      if (current.page === null) return;
      const last = Math.min(end, current.page.total - 1);
      for (let block = Math.floor(Math.max(0, start) / BLOCK); block <= Math.floor(last / BLOCK); block += 1) {
        if (!current.blocks.has(block)) fetchBlock(block, current.key, current.version);
      }
    },
    [current, fetchBlock],
  );

  const latest = useRef(current);
  useEffect(() => {
    latest.current = current;
  });

  /** After an edit: keep the rows on screen until their fresh copies arrive. */
  const reload = useCallback(() => {
    const previous = latest.current;
    const version = previous.version + 1;
    setState({ ...previous, version });
    const blocks = previous.blocks.size > 0 ? [...previous.blocks.keys()] : [0];
    for (const block of blocks) fetchBlock(block, previous.key, version);
  }, [fetchBlock]);

  const getRow = useCallback(
    (index: number): Row | undefined => current.blocks.get(Math.floor(index / BLOCK))?.[index % BLOCK],
    [current],
  );

  return { total: current.page?.total ?? null, page: current.page, error: current.error, getRow, ensureRange, reload };
}
