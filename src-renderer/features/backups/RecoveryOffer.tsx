import { useState } from 'react';
import type { ApiError } from '../../../shared/api/result';
import type { RegisterState } from '../../../shared/domain/register';
import { ErrorMessage } from '../../components/ErrorMessage';
import { formatNumber, formatTimestamp } from '../../format/nlBE';
import { useI18n, useMessages } from '../../i18n/i18n';
import type { RegisterModel } from '../register/useRegister';
import { backupsMessages } from './messages';
import './backups.css';

/**
 * Under the error when a register could not be opened (damaged, ...): its latest backup, restored
 * into a new file with one click; the file that failed is never written to.
 */
export function RecoveryOffer({
  recovery,
  model,
  onShowAll,
}: {
  recovery: RegisterState['recovery'];
  model: RegisterModel;
  onShowAll(path: string): void;
}) {
  const m = useMessages(backupsMessages);
  const { format } = useI18n();
  const [restoring, setRestoring] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  if (!recovery) return null;
  const latest = recovery.backups[0];

  const restore = async () => {
    if (!latest) return;
    setRestoring(true);
    setError(null);
    const refused = await model.restore(latest.id, recovery.path);
    setRestoring(false);
    setError(refused);
    // The offer (and the button that had the focus) goes away with the problem: continue from the page's content.
    if (!refused) document.getElementById('main')?.focus();
  };

  return (
    <section className="recovery-offer" aria-label={m.recovery.label}>
      {latest ? (
        <>
          <p>
            {format(m.recovery.latest, { date: formatTimestamp(latest.createdAt), count: formatNumber(latest.channelCount) })}
          </p>
          <div className="recovery-actions">
            <button type="button" className="primary" onClick={() => void restore()} disabled={restoring}>
              {restoring ? m.recovery.restoring : m.recovery.restore}
            </button>
            <button type="button" onClick={() => onShowAll(recovery.path)}>
              {m.recovery.all}
            </button>
          </div>
        </>
      ) : (
        <p>{m.recovery.none}</p>
      )}
      <ErrorMessage error={error} />
    </section>
  );
}
