import { parseDayText } from '../../../../shared/domain/dayText';
import { parseEuro } from '../../../../shared/domain/money';
import { formatEuroCents, formatIsoDate } from '../../../format/nlBE';
import { useMessages } from '../../../i18n/i18n';
import type { CostColumn } from './costColumns';
import type { CostDraft, DraftNeed } from './costDraft';
import { linesMessages } from './linesMessages';

interface Props {
  column: CostColumn;
  first: boolean;
  draft: CostDraft;
  needs: DraftNeed[];
  /** Something was typed: the cells a line still needs say so. */
  started: boolean;
}

/** A cell of the empty last line: the hint, a value typed for the new cost, or "needed". */
export function NewCostRow({ column, first, draft, needs, started }: Props) {
  const m = useMessages(linesMessages);
  const raw = (draft[column.id] ?? '').trim();
  if (raw !== '') return <>{draftText(column, raw)}</>;
  const needed = needs.some((need) =>
    need === 'owner' ? column.id === 'channelId' || column.id === 'organisationId' : need === column.id,
  );
  if (started && needed) return <span className="draft-needed">{m.required}</span>;
  return first && !started ? <span className="new-row-hint">{m.newRow}</span> : null;
}

/** A typed value as the grid will show it once saved ("1234,5" -> "€ 1.234,50"). */
function draftText(column: CostColumn, raw: string): string {
  if (column.options) return column.options.find(([value]) => value === raw)?.[1] ?? raw;
  if (column.id === 'amountCents') {
    const amount = parseEuro(raw);
    return amount.ok ? formatEuroCents(amount.cents) : raw;
  }
  if (column.id === 'startDate' || column.id === 'endDate') {
    const iso = parseDayText(raw);
    return iso ? formatIsoDate(iso) : raw;
  }
  return raw;
}
