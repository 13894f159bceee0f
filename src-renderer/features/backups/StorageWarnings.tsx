import { useState } from 'react';
import type { RegisterInfo } from '../../../shared/domain/register';
import { useI18n, useMessages } from '../../i18n/i18n';
import { backupsMessages } from './messages';
import './backups.css';

const DISMISSED_KEY = 'kanalenregister.dismissedStorageWarnings';

function readDismissed(): string[] {
  try {
    const parsed: unknown = JSON.parse(sessionStorage.getItem(DISMISSED_KEY) ?? '[]');
    return Array.isArray(parsed) ? parsed.filter((entry): entry is string => typeof entry === 'string') : [];
  } catch {
    return [];
  }
}

/**
 * Why the register's location is a risk (a network share, a synced folder). Hidden per warning and
 * per file until the app (this browser session or window) restarts: the risk stays, so it comes back.
 */
export function StorageWarnings({ register }: { register: RegisterInfo | null }) {
  const m = useMessages(backupsMessages);
  const { language } = useI18n();
  const [dismissed, setDismissed] = useState<string[]>(readDismissed);
  if (!register) return null;
  const visible = register.warnings.filter((warning) => !dismissed.includes(`${register.path}\n${warning.code}`));
  if (visible.length === 0) return null;

  const dismiss = (code: string) => {
    const next = [...dismissed, `${register.path}\n${code}`];
    setDismissed(next);
    sessionStorage.setItem(DISMISSED_KEY, JSON.stringify(next));
  };

  return (
    <div className="storage-warnings" role="note" aria-label={m.warnings.title}>
      {visible.map((warning) => (
        <div key={warning.code} className="storage-warning">
          <p>
            <strong>{m.warnings.title}</strong> {language === 'nl' ? warning.message : warning.messageEn}
          </p>
          <button type="button" onClick={() => dismiss(warning.code)} title={m.warnings.dismissLabel}>
            {m.warnings.dismiss}
          </button>
        </div>
      ))}
    </div>
  );
}
