import { useRef, useState } from 'react';
import type { ApiError } from '../../../shared/api/result';
import type { ExportOptions, PreparedExport } from '../../../shared/domain/exportOptions';
import { fetchPreparedExport, invoke } from '../../api/client';
import { offerDownload } from '../../components/offerDownload';

export type RunPhase = 'idle' | 'preparing' | 'saving' | 'downloading';

/** What the last export did: saved to a path (Electron), downloaded (browser mode), or not saved (cancelled). */
export type RunOutcome =
  | { kind: 'saved'; prepared: PreparedExport; options: ExportOptions; path: string }
  | { kind: 'downloaded'; prepared: PreparedExport; options: ExportOptions }
  | { kind: 'cancelled' };

/**
 * One export from start to file: exports.prepare writes it (off the main thread), then the desktop
 * app asks where to save it (host.saveExport) while browser mode downloads it.
 */
export function useExportRun() {
  const [phase, setPhase] = useState<RunPhase>('idle');
  const [outcome, setOutcome] = useState<RunOutcome | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const fileDialogs = useRef<boolean | null>(null);

  const fail = (apiError: ApiError) => {
    setError(apiError);
    setPhase('idle');
  };

  const run = async (options: ExportOptions) => {
    if (phase !== 'idle') return;
    setError(null);
    setOutcome(null);
    setPhase('preparing');
    if (fileDialogs.current === null) {
      const capabilities = await invoke('host.capabilities', {});
      if (!capabilities.ok) return fail(capabilities.error);
      fileDialogs.current = capabilities.value.fileDialogs;
    }
    const prepared = await invoke('exports.prepare', options);
    if (!prepared.ok) return fail(prepared.error);
    const { exportId } = prepared.value;

    if (fileDialogs.current) {
      setPhase('saving');
      const saved = await invoke('host.saveExport', { exportId });
      if (!saved.ok || saved.value === null) {
        // Not claimed: drop the prepared file now rather than leave it for the hourly clean-up.
        await invoke('exports.discard', { exportId });
        if (!saved.ok) return fail(saved.error);
        setOutcome({ kind: 'cancelled' });
      } else {
        setOutcome({ kind: 'saved', prepared: prepared.value, options, path: saved.value.path });
      }
    } else {
      setPhase('downloading');
      const file = await fetchPreparedExport(exportId);
      if (!file.ok) return fail(file.error);
      offerDownload(file.value, prepared.value.fileName);
      setOutcome({ kind: 'downloaded', prepared: prepared.value, options });
    }
    setPhase('idle');
  };

  return { phase, outcome, error, run };
}
