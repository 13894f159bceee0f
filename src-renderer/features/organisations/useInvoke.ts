import { useEffect, useState } from 'react';
import type { Input, Method, Output } from '../../../shared/api/contract';
import type { ApiError } from '../../../shared/api/result';
import { invoke } from '../../api/client';

interface Loaded<T> {
  key: string;
  /** The latest good answer (kept when a reload fails, so the table does not empty). */
  value: T | null;
  error: ApiError | null;
}

/**
 * Calls a read method whenever `reloadKey` (or the input) changes. While a new answer is on its
 * way the previous one stays on screen, so rows (and the focus in them) do not flicker away.
 */
export function useInvoke<M extends Method>(method: M, input: Input<M>, reloadKey: string) {
  const key = JSON.stringify([method, input, reloadKey]);
  const [loaded, setLoaded] = useState<Loaded<Output<M>> | null>(null);

  useEffect(() => {
    let cancelled = false;
    const [name, parsed] = JSON.parse(key) as [M, Input<M>];
    void invoke(name, parsed).then((result) => {
      if (cancelled) return;
      setLoaded((previous) =>
        result.ok ? { key, value: result.value, error: null } : { key, value: previous?.value ?? null, error: result.error },
      );
    });
    return () => {
      cancelled = true;
    };
  }, [key]);

  return {
    value: loaded?.value ?? null,
    error: loaded?.error ?? null,
    loading: loaded?.key !== key,
  };
}

/** A counter to reload after the page's own changes, combined with the register's generation. */
export function useReloadKey(generation: number): [string, () => void] {
  const [count, setCount] = useState(0);
  return [`${generation}/${count}`, () => setCount((n) => n + 1)];
}
