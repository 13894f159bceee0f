import type { CostOverview } from '../../../../shared/domain/costOverview';
import { formatEuroCents } from '../../../format/nlBE';
import { useMessages } from '../../../i18n/i18n';
import { NumberColumnHeaders } from '../../growth/NumberColumnHeaders';
import { AmountOrNote } from './AmountOrNote';
import { BudgetDifference } from './BudgetDifference';
import { overviewMessages } from './messages';

/** Cost per year of the range, against the budget for the whole register. */
export function YearTotalsTable({ overview }: { overview: CostOverview }) {
  const m = useMessages(overviewMessages);
  return (
    <table className="grid entity-table costs-table">
      <caption>{m.years.caption}</caption>
      <thead>
        <tr>
          <th scope="col">{m.years.year}</th>
          <NumberColumnHeaders labels={[m.years.cost, m.years.budget, m.years.difference]} />
        </tr>
      </thead>
      <tbody>
        {overview.years.map((year) => (
          <tr key={year.year}>
            <th scope="row">{year.year}</th>
            <td className="number">{formatEuroCents(year.totalCents)}</td>
            <td className="number">
              <AmountOrNote cents={year.budgetCents} note={m.noBudget} />
            </td>
            <td className="number">
              <BudgetDifference cents={year.differenceCents} />
            </td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row">{m.total}</th>
          <td className="number">{formatEuroCents(overview.totalCents)}</td>
          <td />
          <td />
        </tr>
      </tfoot>
    </table>
  );
}
