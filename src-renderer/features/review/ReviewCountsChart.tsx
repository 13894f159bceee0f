import { Bar, BarChart, CartesianGrid, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import { REVIEW_STATES, type ReviewResult } from '../../../shared/domain/review';
import { ChartFrame } from '../../components/charts/ChartFrame';
import { AXIS_FONT, CHART_GRID, CHART_INK } from '../../components/charts/chartStyle';
import { seriesColour } from '../../components/charts/colours';
import type { ExportLegendItem } from '../../components/charts/exportChart';
import { formatIsoDate, formatNumber } from '../../format/nlBE';
import { useI18n, useMessages } from '../../i18n/i18n';
import { NumberColumnHeaders } from '../growth/NumberColumnHeaders';
import { reviewMessages } from './messages';

/** Each state keeps its colour whatever the filter: open, accepted, dismissed, done. */
const stateColour = (index: number) => seriesColour(index);

/** The counts per rule as horizontal bars stacked by state; the table below holds the same numbers. */
export function ReviewCountsChart({ result, notice }: { result: ReviewResult; notice: string | null }) {
  const m = useMessages(reviewMessages);
  const { language, format } = useI18n();
  const titles = new Map(result.rules.map((rule) => [rule.rule, language === 'nl' ? rule.title : rule.titleEn]));
  const rows = result.countsByRule.map((counts) => ({
    ...counts,
    title: titles.get(counts.rule) ?? counts.rule,
    total: counts.open + counts.accepted + counts.dismissed + counts.done,
  }));
  const legend: ExportLegendItem[] = REVIEW_STATES.map((state, index) => ({
    label: m.states[state],
    colour: stateColour(index),
    shape: 'bar',
  }));

  return (
    <ChartFrame
      title={m.chartTitle}
      subtitle={format(m.referenceDate, { date: formatIsoDate(result.referenceDate) })}
      notice={notice}
      legend={legend}
      fileName={`nazicht-${result.referenceDate}`}
      table={
        <div className="chart-table-wrap">
          <table className="grid entity-table chart-table">
            <caption>{m.chartCaption}</caption>
            <thead>
              <tr>
                <th scope="col">{m.rule}</th>
                <NumberColumnHeaders labels={[...REVIEW_STATES.map((state) => m.states[state]), m.total]} />
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.rule}>
                  <th scope="row">{row.title}</th>
                  {REVIEW_STATES.map((state) => (
                    <td key={state} className="number">
                      {formatNumber(row[state])}
                    </td>
                  ))}
                  <td className="number">{formatNumber(row.total)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      }
    >
      <ResponsiveContainer width="100%" height={Math.max(160, rows.length * 34 + 40)}>
        <BarChart data={rows} layout="vertical" margin={{ top: 8, right: 24, bottom: 8, left: 8 }} accessibilityLayer={false}>
          <CartesianGrid stroke={CHART_GRID} strokeDasharray="3 3" horizontal={false} />
          <XAxis type="number" allowDecimals={false} tick={AXIS_FONT} stroke={CHART_INK} />
          <YAxis type="category" dataKey="title" width={240} tick={AXIS_FONT} stroke={CHART_INK} interval={0} />
          {REVIEW_STATES.map((state, index) => (
            <Bar
              key={state}
              dataKey={state}
              name={m.states[state]}
              stackId="state"
              fill={stateColour(index)}
              stroke="#ffffff"
              strokeWidth={1}
              isAnimationActive={false}
              maxBarSize={24}
            />
          ))}
        </BarChart>
      </ResponsiveContainer>
    </ChartFrame>
  );
}
