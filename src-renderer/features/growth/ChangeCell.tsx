import { formatNumber } from '../../format/nlBE';
import { useMessages } from '../../i18n/i18n';
import { formatPercent, formatSigned } from './format';
import { growthMessages } from './messages';

/** ▲ +12 / ▼ −3, with "stijging" / "daling" for screen readers (the arrows are decoration). */
export function ChangeValue({ value, percent }: { value: number | null; percent?: boolean }) {
  const m = useMessages(growthMessages);
  if (value === null) return <span className="muted">—</span>;
  const direction = value > 0 ? 'up' : value < 0 ? 'down' : 'same';
  return (
    <span className={`change change-${direction}`}>
      <span aria-hidden="true">{direction === 'up' ? '▲ ' : direction === 'down' ? '▼ ' : '= '}</span>
      <span className="visually-hidden">{m[direction]}: </span>
      {percent ? formatPercent(value) : formatSigned(value)}
    </span>
  );
}

/** A count that may be unknown. */
export function CountValue({ value }: { value: number | null }) {
  const m = useMessages(growthMessages);
  return value === null ? <span className="muted">{m.noCount}</span> : <>{formatNumber(value)}</>;
}

/** A gain that may be unknown, signed. */
export function GainValue({ value }: { value: number | null }) {
  const m = useMessages(growthMessages);
  return value === null ? <span className="muted">{m.gainUnknown}</span> : <>{formatSigned(value)}</>;
}
