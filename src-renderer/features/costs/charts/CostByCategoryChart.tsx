import { Bar } from 'recharts';
import { COST_CATEGORIES } from '../../../../shared/domain/cost';
import type { CostOverview } from '../../../../shared/domain/costOverview';
import { COST_CATEGORY_LABELS, labelsFor } from '../../../../shared/domain/labels';
import { ChartFrame } from '../../../components/charts/ChartFrame';
import type { ExportLegendItem } from '../../../components/charts/exportChart';
import { formatEuroCents } from '../../../format/nlBE';
import { useI18n, useMessages } from '../../../i18n/i18n';
import { NumberColumnHeaders } from '../../growth/NumberColumnHeaders';
import { categoryColour } from './categoryColours';
import { EuroYearBarChart } from './EuroYearBarChart';
import { costChartMessages } from './messages';

/** Cost per year as bars stacked by category; the table below holds the same cents. */
export function CostByCategoryChart({
  overview,
  periodText,
  notice,
}: {
  overview: CostOverview;
  periodText: string;
  notice: string | null;
}) {
  const m = useMessages(costChartMessages);
  const { language } = useI18n();
  const labels = labelsFor(COST_CATEGORY_LABELS, language);
  // Categories without any cost in the range would only lengthen the legend and the table.
  const categories = COST_CATEGORIES.filter((category) => overview.years.some((year) => year.byCategory[category] !== 0));
  const data = overview.years.map((year) => ({
    year: String(year.year),
    ...Object.fromEntries(categories.map((category) => [category, year.byCategory[category] / 100])),
  }));
  const tallest = Math.max(0, ...overview.years.map((year) => year.totalCents / 100));
  const legend: ExportLegendItem[] = categories.map((category) => ({
    label: labels[category],
    colour: categoryColour(category),
    shape: 'bar',
  }));

  return (
    <ChartFrame
      title={m.byCategoryTitle}
      subtitle={periodText}
      notice={notice}
      headingLevel={3}
      legend={legend}
      fileName={`kosten-per-jaar-per-categorie-${overview.fromYear}-${overview.toYear}`}
      table={
        <div className="chart-table-wrap">
          <table className="grid entity-table chart-table">
            <caption>{m.byCategoryCaption}</caption>
            <thead>
              <tr>
                <th scope="col">{m.year}</th>
                <NumberColumnHeaders labels={[...categories.map((category) => labels[category]), m.total]} />
              </tr>
            </thead>
            <tbody>
              {overview.years.map((year) => (
                <tr key={year.year}>
                  <th scope="row">{year.year}</th>
                  {categories.map((category) => (
                    <td key={category} className="number">
                      {formatEuroCents(year.byCategory[category])}
                    </td>
                  ))}
                  <td className="number">{formatEuroCents(year.totalCents)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      }
    >
      {categories.length === 0 ? (
        <p className="chart-empty">{m.noCosts}</p>
      ) : (
        <EuroYearBarChart data={data} tallestEuro={tallest}>
          {categories.map((category) => (
            <Bar
              key={category}
              dataKey={category}
              name={labels[category]}
              stackId="cost"
              fill={categoryColour(category)}
              // A white edge between stacked parts keeps neighbouring colours apart.
              stroke="#ffffff"
              strokeWidth={1}
              isAnimationActive={false}
              maxBarSize={72}
            />
          ))}
        </EuroYearBarChart>
      )}
    </ChartFrame>
  );
}
