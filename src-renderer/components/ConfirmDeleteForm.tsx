import { useState, type FormEvent } from 'react';
import type { ApiError, Result } from '../../shared/api/result';
import { ErrorMessage } from './ErrorMessage';

/**
 * The question before deleting a record. The core may refuse (something still points at the record);
 * its message then shows here and "Cancel" becomes "Close", since there is nothing left to cancel.
 */
export function ConfirmDeleteForm({
  question,
  labels,
  remove,
  onDeleted,
  onCancel,
}: {
  question: string;
  labels: { cancel: string; close: string; delete: string };
  remove(): Promise<Result<unknown>>;
  onDeleted(): void;
  onCancel(): void;
}) {
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    const result = await remove();
    setBusy(false);
    if (result.ok) onDeleted();
    else setError(result.error);
  };

  return (
    <form className="entity-form" onSubmit={submit}>
      <p>{question}</p>
      <ErrorMessage error={error} />
      <div className="dialog-actions">
        <button type="button" onClick={onCancel}>
          {error ? labels.close : labels.cancel}
        </button>
        <button type="submit" className="danger" aria-disabled={busy || undefined}>
          {labels.delete}
        </button>
      </div>
    </form>
  );
}
