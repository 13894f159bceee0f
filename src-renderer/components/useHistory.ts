import { useCallback, useEffect, useState } from 'react';
import type { ApiError } from '../../shared/api/result';
import type { HistoryState } from '../../shared/domain/history';
import { invoke } from '../api/client';

const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

/**
 * Undo / redo of whole actions (an edit, a paste, an import), kept in the register by the core.
 * Ctrl+Z / Ctrl+Y / Ctrl+Shift+Z (Cmd on macOS) anywhere except inside a text field, where
 * the browser's own text undo applies.
 */
export function useHistory(generation: number, onChanged: () => void) {
  const [state, setState] = useState<HistoryState | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [version, setVersion] = useState(0);

  useEffect(() => {
    let cancelled = false;
    void invoke('history.state', {}).then((result) => {
      if (!cancelled && result.ok) setState(result.value);
    });
    return () => {
      cancelled = true;
    };
  }, [generation, version]);

  const refresh = useCallback(() => setVersion((v) => v + 1), []);

  const run = useCallback(
    async (method: 'history.undo' | 'history.redo') => {
      const result = await invoke(method, {});
      if (result.ok) {
        setState(result.value);
        setError(null);
        onChanged();
      } else {
        setError(result.error);
      }
    },
    [onChanged],
  );

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const modifier = isMac ? event.metaKey : event.ctrlKey;
      if (!modifier || event.altKey) return;
      const target = event.target as HTMLElement | null;
      if (target && (target.tagName === 'INPUT' || target.tagName === 'TEXTAREA' || target.tagName === 'SELECT')) return;
      const key = event.key.toLowerCase();
      if (key === 'z' && !event.shiftKey) {
        event.preventDefault();
        void run('history.undo');
      } else if (key === 'y' || (key === 'z' && event.shiftKey)) {
        event.preventDefault();
        void run('history.redo');
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [run]);

  return { state, error, refresh, undo: () => run('history.undo'), redo: () => run('history.redo') };
}

export type History = ReturnType<typeof useHistory>;
