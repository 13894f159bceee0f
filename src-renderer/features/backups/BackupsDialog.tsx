import { useEffect, useRef, useState } from 'react';
import type { ApiError } from '../../../shared/api/result';
import type { BackupInfo } from '../../../shared/domain/backups';
import { invoke } from '../../api/client';
import { ErrorMessage } from '../../components/ErrorMessage';
import { ModalDialog } from '../../components/ModalDialog';
import { formatNumber, formatTimestamp } from '../../format/nlBE';
import { useI18n, useMessages } from '../../i18n/i18n';
import type { RegisterModel } from '../register/useRegister';
import { baseName } from './backupFormat';
import { BackupsTable } from './BackupsTable';
import { IntegrityCheck } from './IntegrityCheck';
import { RestoreConfirm } from './RestoreConfirm';
import { backupsMessages } from './messages';
import './backups.css';

/** Whose backups the dialog lists: the open register, or a file that could not be opened. */
export type BackupsTarget = { kind: 'current' } | { kind: 'file'; path: string };

/** "Reservekopieën en herstellen": list, make one now, restore one into a new file, check the register. */
export function BackupsDialog({
  target,
  model,
  onClose,
}: {
  target: BackupsTarget | null;
  model: RegisterModel;
  onClose(): void;
}) {
  const m = useMessages(backupsMessages);
  return (
    <ModalDialog title={m.title} open={target !== null} onClose={onClose}>
      {/* Keyed by target: each opening reads the list afresh. */}
      {target ? (
        <BackupsPanel key={target.kind === 'file' ? target.path : ''} target={target} model={model} onClose={onClose} />
      ) : null}
    </ModalDialog>
  );
}

function BackupsPanel({ target, model, onClose }: { target: BackupsTarget; model: RegisterModel; onClose(): void }) {
  const m = useMessages(backupsMessages);
  const { format } = useI18n();
  const current = model.state?.current ?? null;
  const sourcePath = target.kind === 'file' ? target.path : undefined;
  const registerPath = sourcePath ?? current?.path ?? null;

  const [backups, setBackups] = useState<BackupInfo[] | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [created, setCreated] = useState<BackupInfo | null>(null);
  const [creating, setCreating] = useState(false);
  const [confirming, setConfirming] = useState<BackupInfo | null>(null);
  const [restoring, setRestoring] = useState(false);
  const [restoreError, setRestoreError] = useState<ApiError | null>(null);
  const rowButtons = useRef(new Map<string, HTMLButtonElement>());
  const focusBackOn = useRef<string | null>(null);

  const listInput = sourcePath === undefined ? {} : { path: sourcePath };
  const load = async () => {
    const result = await invoke('backups.list', listInput);
    if (result.ok) {
      setBackups(result.value);
      setError(null);
    } else setError(result.error);
  };

  useEffect(() => {
    let cancelled = false;
    void invoke('backups.list', sourcePath === undefined ? {} : { path: sourcePath }).then((result) => {
      if (cancelled) return;
      if (result.ok) setBackups(result.value);
      else setError(result.error);
    });
    return () => {
      cancelled = true;
    };
  }, [sourcePath]);

  // After a cancelled confirmation the list is back: return the focus to the row the user came from.
  useEffect(() => {
    if (confirming || focusBackOn.current === null) return;
    rowButtons.current.get(focusBackOn.current)?.focus();
    focusBackOn.current = null;
  }, [confirming]);

  const createNow = async () => {
    setCreating(true);
    setCreated(null);
    const result = await invoke('backups.create', {});
    setCreating(false);
    if (!result.ok) {
      setError(result.error);
      return;
    }
    setCreated(result.value);
    await load();
  };

  const restore = async (backup: BackupInfo) => {
    setRestoring(true);
    setRestoreError(null);
    const refused = await model.restore(backup.id, sourcePath);
    setRestoring(false);
    if (refused) setRestoreError(refused);
    else onClose();
  };

  if (confirming) {
    return (
      <RestoreConfirm
        backup={confirming}
        registerPath={registerPath}
        registerIsOpen={target.kind === 'current'}
        busy={restoring}
        error={restoreError}
        onConfirm={() => void restore(confirming)}
        onCancel={() => {
          focusBackOn.current = confirming.id;
          setConfirming(null);
          setRestoreError(null);
        }}
      />
    );
  }

  const caption =
    current && target.kind === 'current'
      ? format(m.caption, { name: current.fileName })
      : format(m.captionPath, { path: registerPath ? baseName(registerPath) : '' });

  return (
    <div className="backups-panel">
      <p className="hint">{m.intro}</p>
      {sourcePath ? <p>{format(m.introFor, { path: sourcePath })}</p> : null}
      {target.kind === 'current' ? (
        <div className="backups-create">
          <button type="button" onClick={() => void createNow()} disabled={creating || current === null}>
            {creating ? m.creating : m.create}
          </button>
        </div>
      ) : null}
      <p role="status" className="backups-status">
        {created
          ? format(m.created, { date: formatTimestamp(created.createdAt), count: formatNumber(created.channelCount) })
          : null}
      </p>
      <ErrorMessage error={error} />
      {backups === null ? (
        error ? null : (
          <p>{m.loading}</p>
        )
      ) : backups.length === 0 ? (
        <p>{m.empty}</p>
      ) : (
        <div className="backups-table-wrap">
          <BackupsTable
            backups={backups}
            caption={caption}
            disabled={restoring}
            onRestore={(backup) => {
              setRestoreError(null);
              setConfirming(backup);
            }}
            buttonRef={(id, element) => {
              if (element) rowButtons.current.set(id, element);
              else rowButtons.current.delete(id);
            }}
          />
        </div>
      )}
      {target.kind === 'current' && current ? <IntegrityCheck /> : null}
      <div className="dialog-actions">
        <button type="button" onClick={onClose}>
          {m.close}
        </button>
      </div>
    </div>
  );
}
