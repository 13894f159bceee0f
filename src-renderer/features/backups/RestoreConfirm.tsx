import { useEffect, useId, useRef } from 'react';
import type { ApiError } from '../../../shared/api/result';
import type { BackupInfo } from '../../../shared/domain/backups';
import { ErrorMessage } from '../../components/ErrorMessage';
import { formatTimestamp } from '../../format/nlBE';
import { useI18n, useMessages } from '../../i18n/i18n';
import { baseName, restoredNameExample } from './backupFormat';
import { backupsMessages } from './messages';

/**
 * The question before a restore, inside the dialog: it says that a NEW file is made and that the
 * open register (or the file that failed to open) is left as it is.
 */
export function RestoreConfirm({
  backup,
  registerPath,
  registerIsOpen,
  busy,
  error,
  onConfirm,
  onCancel,
}: {
  backup: BackupInfo;
  /** The register the backup belongs to: the open one, or the file that could not be opened. */
  registerPath: string | null;
  registerIsOpen: boolean;
  busy: boolean;
  error: ApiError | null;
  onConfirm(): void;
  onCancel(): void;
}) {
  const m = useMessages(backupsMessages);
  const { format } = useI18n();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const headingId = useId();
  const date = formatTimestamp(backup.createdAt);

  // The question replaces the list: move the focus to it, so keyboard and screen reader users land on what changed.
  useEffect(() => headingRef.current?.focus(), []);

  return (
    <section className="restore-confirm" aria-labelledby={headingId}>
      <h3 id={headingId} ref={headingRef} tabIndex={-1}>
        {format(m.confirmTitle, { date })}
      </h3>
      <p>{registerPath ? format(m.confirmNewFile, { name: restoredNameExample(registerPath) }) : m.confirmNewFileNoName}</p>
      {registerPath ? (
        <p>
          <strong>
            {format(registerIsOpen ? m.confirmNeverOverwrites : m.confirmNeverOverwritesFile, { name: baseName(registerPath) })}
          </strong>
        </p>
      ) : null}
      <p>{format(m.confirmContents, { count: backup.channelCount })}</p>
      <ErrorMessage error={error} />
      <div className="dialog-actions">
        <button type="button" onClick={onCancel} disabled={busy}>
          {m.cancel}
        </button>
        <button type="button" className="primary" onClick={onConfirm} disabled={busy}>
          {busy ? m.restoring : m.confirm}
        </button>
      </div>
    </section>
  );
}
