import { useEffect, useState } from 'react';
import type { ApiError } from '../../../shared/api/result';
import type { ChannelRow, ChannelSortField } from '../../../shared/domain/channel';
import { invoke } from '../../api/client';

export interface SortRule {
  field: ChannelSortField;
  desc: boolean;
}

const PAGE_SIZE = 200;

interface Loaded {
  key: string;
  rows: ChannelRow[];
  total: number;
  error: ApiError | null;
}

/** Rows come sorted and filtered from the core; the view only holds what it shows. */
export function useChannelList(generation: number, search: string, sort: SortRule[]) {
  const queryKey = JSON.stringify([generation, search, sort]);
  // "Load more" counts per query: a new search or sort starts again at one page.
  const [more, setMore] = useState({ queryKey, pages: 1 });
  const pages = more.queryKey === queryKey ? more.pages : 1;
  const requestKey = `${queryKey}/${pages}`;
  const [loaded, setLoaded] = useState<Loaded | null>(null);

  useEffect(() => {
    let cancelled = false;
    const [, searchText, sortRules] = JSON.parse(queryKey) as [number, string, SortRule[]];
    void invoke('channels.list', { search: searchText || undefined, sort: sortRules, offset: 0, limit: PAGE_SIZE * pages }).then(
      (result) => {
        if (cancelled) return;
        setLoaded(
          result.ok
            ? { key: requestKey, rows: result.value.rows, total: result.value.total, error: null }
            : { key: requestKey, rows: [], total: 0, error: result.error },
        );
      },
    );
    return () => {
      cancelled = true;
    };
  }, [queryKey, pages, requestKey]);

  return {
    rows: loaded?.rows ?? [],
    total: loaded?.total ?? 0,
    error: loaded?.error ?? null,
    loading: loaded?.key !== requestKey,
    loadMore: () => setMore({ queryKey, pages: pages + 1 }),
  };
}
