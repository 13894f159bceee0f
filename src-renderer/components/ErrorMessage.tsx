import type { ApiError } from '../../shared/api/result';
import { useI18n } from '../i18n/i18n';

/** An API error in the user's language, announced to screen readers. */
export function ErrorMessage({ error }: { error: ApiError | null }) {
  const { errorText, t } = useI18n();
  if (!error) return null;
  return (
    <div className="error-message" role="alert">
      <strong>{t.errors.title}:</strong> {errorText(error)}
    </div>
  );
}
