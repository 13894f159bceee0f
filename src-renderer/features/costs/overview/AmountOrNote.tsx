import { formatEuroCents } from '../../../format/nlBE';

/** An amount, or a short muted note saying why there is none (no budget, not computable). */
export function AmountOrNote({ cents, note }: { cents: number | null; note: string }) {
  return cents === null ? <span className="muted">{note}</span> : <>{formatEuroCents(cents)}</>;
}
