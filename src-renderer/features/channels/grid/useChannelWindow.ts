import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { ApiError } from '../../../../shared/api/result';
import type { ChannelGroup, ChannelListQuery, ChannelRow } from '../../../../shared/domain/channel';
import { invoke } from '../../../api/client';

const BLOCK = 100;

interface WindowState {
  key: string;
  total: number | null;
  groups: ChannelGroup[] | undefined;
  blocks: Map<number, ChannelRow[]>;
  error: ApiError | null;
  version: number;
}

/**
 * The rows of a query, fetched from the core in blocks of 100 as the grid scrolls to them.
 * The renderer never holds the whole register: at 100,000 channels it holds the few blocks
 * on screen. `reload()` refetches after an edit; a new query starts from scratch.
 */
export function useChannelWindow(query: Omit<ChannelListQuery, 'offset' | 'limit'>, generation: number) {
  const key = JSON.stringify([query, generation]);
  const [state, setState] = useState<WindowState>(() => ({
    key,
    total: null,
    groups: undefined,
    blocks: new Map(),
    error: null,
    version: 0,
  }));
  const inFlight = useRef(new Set<string>());
  // Until the first block of a new query arrives, show an empty window rather than the old query's rows.
  const current = useMemo(
    () =>
      state.key === key
        ? state
        : { key, total: null, groups: undefined, blocks: new Map<number, ChannelRow[]>(), error: null, version: 0 },
    [state, key],
  );

  const fetchBlock = useCallback((block: number, forKey: string, version: number) => {
    const flightKey = `${forKey}#${version}#${block}`;
    if (inFlight.current.has(flightKey)) return;
    inFlight.current.add(flightKey);
    const [parsedQuery] = JSON.parse(forKey) as [Omit<ChannelListQuery, 'offset' | 'limit'>];
    void invoke('channels.list', { ...parsedQuery, offset: block * BLOCK, limit: BLOCK }).then((result) => {
      inFlight.current.delete(flightKey);
      setState((previous) => {
        const base =
          previous.key === forKey
            ? previous
            : { key: forKey, total: null, groups: undefined, blocks: new Map(), error: null, version };
        if (base.version !== version) return base;
        if (!result.ok) return { ...base, error: result.error, total: base.total ?? 0 };
        const blocks = new Map(base.blocks);
        blocks.set(block, result.value.rows);
        return { ...base, blocks, total: result.value.total, groups: result.value.groups, error: null };
      });
    });
  }, []);

  // The first block tells the total and the groups.
  useEffect(() => {
    fetchBlock(0, key, 0);
  }, [key, fetchBlock]);

  const ensureRange = useCallback(
    (start: number, end: number) => {
      if (current.total === null) return;
      const last = Math.min(end, current.total - 1);
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
    (index: number): ChannelRow | undefined => current.blocks.get(Math.floor(index / BLOCK))?.[index % BLOCK],
    [current],
  );

  return { total: current.total, groups: current.groups, error: current.error, getRow, ensureRange, reload };
}
