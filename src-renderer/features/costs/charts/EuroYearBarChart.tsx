import type { ReactNode } from 'react';
import { BarChart, CartesianGrid, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import { AXIS_FONT, CHART_GRID, CHART_INK } from '../../../components/charts/chartStyle';
import { euroAxisWidth, formatEuroAxis } from './euroAxis';

/**
 * The drawing both cost charts share, so they read alike side by side: a bar group per year,
 * euro up (the axis as wide as its longest label), the same size, grid and axes. `children`
 * are the Bars: each chart says what it compares within a year.
 */
export function EuroYearBarChart({
  data,
  tallestEuro,
  children,
}: {
  /** One entry per year: `year` as the label, the bars' values in euro. */
  data: Array<{ year: string }>;
  tallestEuro: number;
  children: ReactNode;
}) {
  return (
    <ResponsiveContainer width="100%" height={320}>
      <BarChart data={data} margin={{ top: 12, right: 24, bottom: 8, left: 8 }} accessibilityLayer={false}>
        <CartesianGrid stroke={CHART_GRID} strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey="year" type="category" tick={AXIS_FONT} stroke={CHART_INK} />
        <YAxis tickFormatter={formatEuroAxis} tick={AXIS_FONT} stroke={CHART_INK} width={euroAxisWidth(tallestEuro)} />
        {children}
      </BarChart>
    </ResponsiveContainer>
  );
}
