import type { BackupInfo } from '../../../shared/domain/backups';
import { useI18n, useMessages } from '../../i18n/i18n';
import { formatNumber, formatTimestamp } from '../../format/nlBE';
import { formatBytes } from './backupFormat';
import { backupsMessages } from './messages';

/** The backups of one register, newest first, each with its own "Herstellen…" button. */
export function BackupsTable({
  backups,
  caption,
  disabled,
  onRestore,
  buttonRef,
}: {
  backups: BackupInfo[];
  caption: string;
  disabled: boolean;
  onRestore(backup: BackupInfo): void;
  /** Lets the dialog put the focus back on a row's button after a cancelled confirmation. */
  buttonRef(id: string, element: HTMLButtonElement | null): void;
}) {
  const m = useMessages(backupsMessages);
  const { format } = useI18n();
  return (
    <table className="backups-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{m.columns.date}</th>
          <th scope="col">{m.columns.reason}</th>
          <th scope="col" className="number">
            {m.columns.size}
          </th>
          <th scope="col" className="number">
            {m.columns.channels}
          </th>
          <th scope="col">{m.columns.actions}</th>
        </tr>
      </thead>
      <tbody>
        {backups.map((backup) => {
          const date = formatTimestamp(backup.createdAt);
          return (
            <tr key={backup.id}>
              <th scope="row" className="backup-date">
                {date}
              </th>
              <td>
                {m.reasons[backup.reason]}
                {backup.reason === 'pre-migration' ? (
                  <span className="muted"> ({format(m.schema, { version: backup.schemaVersion })})</span>
                ) : null}
              </td>
              <td className="number">{formatBytes(backup.sizeBytes)}</td>
              <td className="number">{formatNumber(backup.channelCount)}</td>
              <td>
                <button
                  type="button"
                  ref={(element) => buttonRef(backup.id, element)}
                  disabled={disabled}
                  onClick={() => onRestore(backup)}
                >
                  {m.restore}
                  {/* The row's date in the button's name: a list of buttons read out of context still says which one. */}
                  <span className="visually-hidden"> ({date})</span>
                </button>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
