import { useMessages } from '../../i18n/i18n';
import { growthMessages } from './messages';
import './fictitious.css';

/** The banner on pages that show figures of a register with generated demonstration history. */
export function FictitiousNotice() {
  const m = useMessages(growthMessages);
  return (
    <div className="fictitious-notice" role="note">
      <strong>{m.fictitious}</strong> <span>{m.fictitiousText}</span>
    </div>
  );
}

/** The register bar's badge: the same warning in two words. */
export function FictitiousBadge({ label }: { label: string }) {
  return <span className="badge badge-fictitious">{label}</span>;
}
