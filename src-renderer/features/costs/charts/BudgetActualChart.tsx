import { Bar } from 'recharts';
import type { CostOverview } from '../../../../shared/domain/costOverview';
import { ChartFrame } from '../../../components/charts/ChartFrame';
import { seriesColour } from '../../../components/charts/colours';
import type { ExportLegendItem } from '../../../components/charts/exportChart';
import { formatEuroCents } from '../../../format/nlBE';
import { useMessages } from '../../../i18n/i18n';
import { NumberColumnHeaders } from '../../growth/NumberColumnHeaders';
import { AmountOrNote } from '../overview/AmountOrNote';
import { BudgetDifference } from '../overview/BudgetDifference';
import { EuroYearBarChart } from './EuroYearBarChart';
import { costChartMessages } from './messages';

const BUDGET_COLOUR = seriesColour(8);
const ACTUAL_COLOUR = seriesColour(1);

/** The whole register's budget and its actual cost side by side per year; the table adds the difference. */
export function BudgetActualChart({
  overview,
  periodText,
  notice,
}: {
  overview: CostOverview;
  periodText: string;
  notice: string | null;
}) {
  const m = useMessages(costChartMessages);
  const data = overview.years.map((year) => ({
    year: String(year.year),
    budget: year.budgetCents === null ? null : year.budgetCents / 100,
    actual: year.totalCents / 100,
  }));
  const tallest = Math.max(0, ...data.flatMap((row) => [row.budget ?? 0, row.actual]));
  const hasBudget = overview.years.some((year) => year.budgetCents !== null);
  const hasAny = hasBudget || overview.years.some((year) => year.totalCents !== 0);
  const legend: ExportLegendItem[] = [
    { label: m.budget, colour: BUDGET_COLOUR, shape: 'bar' },
    { label: m.actual, colour: ACTUAL_COLOUR, shape: 'bar' },
  ];

  return (
    <ChartFrame
      title={m.budgetTitle}
      subtitle={periodText}
      notice={notice}
      headingLevel={3}
      legend={hasAny ? legend : []}
      fileName={`budget-tegenover-werkelijk-${overview.fromYear}-${overview.toYear}`}
      table={
        <>
          {hasBudget ? null : <p className="hint">{m.noBudgets}</p>}
          <div className="chart-table-wrap">
            <table className="grid entity-table chart-table">
              <caption>{m.budgetCaption}</caption>
              <thead>
                <tr>
                  <th scope="col">{m.year}</th>
                  <NumberColumnHeaders labels={[m.budget, m.actual, m.difference]} />
                </tr>
              </thead>
              <tbody>
                {overview.years.map((year) => (
                  <tr key={year.year}>
                    <th scope="row">{year.year}</th>
                    <td className="number">
                      <AmountOrNote cents={year.budgetCents} note={m.noBudget} />
                    </td>
                    <td className="number">{formatEuroCents(year.totalCents)}</td>
                    <td className="number">
                      <BudgetDifference cents={year.differenceCents} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      }
    >
      {!hasAny ? (
        <p className="chart-empty">{m.noCosts}</p>
      ) : (
        <EuroYearBarChart data={data} tallestEuro={tallest}>
          <Bar dataKey="budget" name={m.budget} fill={BUDGET_COLOUR} isAnimationActive={false} maxBarSize={48} />
          <Bar dataKey="actual" name={m.actual} fill={ACTUAL_COLOUR} isAnimationActive={false} maxBarSize={48} />
        </EuroYearBarChart>
      )}
    </ChartFrame>
  );
}
