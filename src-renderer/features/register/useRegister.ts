import { useCallback, useEffect, useState } from 'react';
import type { ApiError } from '../../../shared/api/result';
import type { RecentRegister, RegisterState } from '../../../shared/domain/register';
import { invoke } from '../../api/client';

export interface RegisterModel {
  state: RegisterState | null;
  recent: RecentRegister[];
  defaultDirectory: string;
  /** Bumped whenever another file is opened, so every view reloads its data. */
  generation: number;
  error: ApiError | null;
  open(path: string): Promise<boolean>;
  create(path: string): Promise<boolean>;
  openSample(): Promise<boolean>;
  /**
   * Restores a backup into a new file and switches to it, like opening another file. Answers the
   * refusal instead of showing it on the page, so the dialog that asked can show it in place.
   */
  restore(backupId: string, sourcePath?: string): Promise<ApiError | null>;
  /** Reads the register state again (after a backup: the bar's figures do not change, the list does). */
  refresh(): Promise<void>;
}

function loadRegisterState() {
  return Promise.all([invoke('register.current', {}), invoke('register.recent', {}), invoke('register.defaultDirectory', {})]);
}

export function useRegister(): RegisterModel {
  const [state, setState] = useState<RegisterState | null>(null);
  const [recent, setRecent] = useState<RecentRegister[]>([]);
  const [defaultDirectory, setDefaultDirectory] = useState('');
  const [generation, setGeneration] = useState(0);
  const [error, setError] = useState<ApiError | null>(null);

  const apply = useCallback((loaded: Awaited<ReturnType<typeof loadRegisterState>>) => {
    const [current, recentList, directory] = loaded;
    if (current.ok) setState(current.value);
    else setError(current.error);
    if (recentList.ok) setRecent(recentList.value);
    if (directory.ok) setDefaultDirectory(directory.value);
  }, []);

  const refresh = useCallback(async () => apply(await loadRegisterState()), [apply]);

  useEffect(() => {
    let cancelled = false;
    void loadRegisterState().then((loaded) => {
      if (!cancelled) apply(loaded);
    });
    return () => {
      cancelled = true;
    };
  }, [apply]);

  const run = useCallback(
    async (call: () => ReturnType<typeof invoke<'register.open'>>) => {
      const result = await call();
      if (!result.ok) {
        setError(result.error);
        await refresh();
        return false;
      }
      setError(null);
      setGeneration((g) => g + 1);
      await refresh();
      return true;
    },
    [refresh],
  );

  const restore = useCallback(
    async (backupId: string, sourcePath?: string) => {
      const result = await invoke('backups.restore', sourcePath === undefined ? { backupId } : { backupId, sourcePath });
      if (!result.ok) {
        await refresh();
        return result.error;
      }
      setError(null);
      setGeneration((g) => g + 1);
      await refresh();
      return null;
    },
    [refresh],
  );

  return {
    state,
    recent,
    defaultDirectory,
    generation,
    error,
    open: (path) => run(() => invoke('register.open', { path })),
    create: (path) => run(() => invoke('register.create', { path })),
    openSample: () => run(() => invoke('register.openSample', {})),
    restore,
    refresh,
  };
}
