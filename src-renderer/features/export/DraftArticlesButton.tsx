import { useId, useState } from 'react';
import type { ApiError } from '../../../shared/api/result';
import { invoke } from '../../api/client';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useMessages } from '../../i18n/i18n';
import { exportMessages } from './messages';

/**
 * "Artikels opstellen uit aanbevelingen": the core drafts one Besluit article per accepted
 * recommendation of the Nazicht page; the list appends them, where they stay editable.
 */
export function DraftArticlesButton({ disabled, onDrafted }: { disabled: boolean; onDrafted(texts: string[]): void }) {
  const m = useMessages(exportMessages);
  const hintId = useId();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [none, setNone] = useState(false);

  const draft = async () => {
    if (busy) return;
    setBusy(true);
    const result = await invoke('review.draftArticles', {});
    setBusy(false);
    if (!result.ok) {
      setError(result.error);
      return;
    }
    setError(null);
    // Nothing accepted yet: say so here, where the user looks, and leave the list alone.
    setNone(result.value.length === 0);
    if (result.value.length > 0) onDrafted(result.value);
  };

  return (
    <>
      <button
        type="button"
        aria-describedby={hintId}
        disabled={disabled}
        aria-disabled={busy || undefined}
        onClick={() => void draft()}
      >
        {m.draftArticles}
      </button>
      <p id={hintId} className="hint">
        {m.draftArticlesHint}
      </p>
      <p className="hint" role="status">
        {none ? m.noRecommendations : ''}
      </p>
      <ErrorMessage error={error} />
    </>
  );
}
