import { useEffect, useState } from 'react';
import type { Input, Method, Output } from '../../../shared/api/contract';
import type { ApiError } from '../../../shared/api/result';
import { invoke } from '../../api/client';

interface Loaded<T> {
  key: string;
  value: T | null;
  error: ApiError | null;
}

/**
 * Calls a read method whenever its input (or `reloadKey`) changes; `input` null means "nothing to
 * ask yet". The previous answer stays while a new one is on its way, so charts do not flash empty.
 */
export function useQuery<M extends Method>(method: M, input: Input<M> | null, reloadKey: string | number = 0) {
  const key = input === null ? null : JSON.stringify([method, input, reloadKey]);
  const [loaded, setLoaded] = useState<Loaded<Output<M>> | null>(null);

  useEffect(() => {
    if (key === null) return;
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

  if (key === null) return { value: null, error: null, loading: false };
  return {
    value: loaded?.value ?? null,
    error: loaded?.key === key ? loaded.error : null,
    loading: loaded?.key !== key,
  };
}
