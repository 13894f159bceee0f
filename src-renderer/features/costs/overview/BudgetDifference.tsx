import { formatEuroCents } from '../../../format/nlBE';
import { useMessages } from '../../../i18n/i18n';
import { overviewMessages } from './messages';

/**
 * "+ € 40,00 onder budget" in green, "− € 10,00 over budget" in red: the sign and the words say it,
 * not the colour alone. Null (a year without a budget has no difference) is a muted dash.
 */
export function BudgetDifference({ cents }: { cents: number | null }) {
  const m = useMessages(overviewMessages);
  if (cents === null) return <span className="muted">—</span>;
  const state = cents > 0 ? 'under' : cents < 0 ? 'over' : 'even';
  const sign = cents > 0 ? '+ ' : cents < 0 ? '− ' : '';
  return (
    <span className={`budget-difference budget-${state}`}>
      {sign}
      {formatEuroCents(Math.abs(cents))} <span className="budget-difference-word">{m.budgetState[state]}</span>
    </span>
  );
}
