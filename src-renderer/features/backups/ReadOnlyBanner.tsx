import type { RegisterInfo } from '../../../shared/domain/register';
import { formatTimestamp } from '../../format/nlBE';
import { useI18n, useMessages } from '../../i18n/i18n';
import { backupsMessages } from './messages';
import './backups.css';

const UNKNOWN_HOLDER = 'onbekend';

/**
 * Under the header while the register is open read-only (someone else holds it): in words, not
 * only in colour, and saying who holds it, so the user knows whom to ask.
 */
export function ReadOnlyBanner({ register }: { register: RegisterInfo | null }) {
  const m = useMessages(backupsMessages);
  const { format } = useI18n();
  if (!register || register.access !== 'read-only') return null;
  // An unreadable lock file names no one (the core says "onbekend"): say that, not "onbekend op onbekend".
  const holder = register.lockHolder && register.lockHolder.host !== UNKNOWN_HOLDER ? register.lockHolder : null;
  return (
    <div className="read-only-banner" role="status">
      <strong>{m.readOnly.title}</strong>{' '}
      {holder
        ? format(m.readOnly.heldBy, { user: holder.user, host: holder.host, date: formatTimestamp(holder.openedAt) })
        : m.readOnly.unknownHolder}
    </div>
  );
}
