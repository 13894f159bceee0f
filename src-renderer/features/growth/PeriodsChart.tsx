import { useId } from 'react';
import { Bar, BarChart, CartesianGrid, ReferenceLine, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import type { GrowthPeriodRow } from '../../../shared/domain/growth';
import { formatIsoDate, formatNumber } from '../../format/nlBE';
import { useI18n, useMessages } from '../../i18n/i18n';
import { ChartFrame } from '../../components/charts/ChartFrame';
import { AXIS_FONT, CHART_GRID, CHART_INK as INK } from '../../components/charts/chartStyle';
import type { ExportLegendItem } from '../../components/charts/exportChart';
import { formatSigned } from './format';
import { growthMessages } from './messages';

export const GRANULARITIES = ['month', 'quarter', 'year'] as const;
export type Granularity = (typeof GRANULARITIES)[number];

/** "2014-09" -> "09/2014", "2014-Q3" -> "K3 2014" (Dutch: kwartaal), "2014" -> "2014". */
export function periodLabel(period: string, language: 'nl' | 'en'): string {
  const month = /^(\d{4})-(\d{2})$/.exec(period);
  if (month) return `${month[2]}/${month[1]}`;
  const quarter = /^(\d{4})-Q([1-4])$/.exec(period);
  if (quarter) return `${language === 'nl' ? 'K' : 'Q'}${quarter[2]} ${quarter[1]}`;
  return period;
}

export interface SeriesKey {
  channelId: string;
  label: string;
  colour: string;
}

/** Growth per month / quarter / year as grouped bars, one colour per channel (as in the line chart). */
export function PeriodsChart({
  rows,
  granularity,
  onGranularity,
  labelOf,
  colourOf,
  periodText,
  notice,
}: {
  rows: GrowthPeriodRow[];
  granularity: Granularity;
  onGranularity(next: Granularity): void;
  labelOf(channelId: string, name: string): string;
  colourOf(channelId: string, index: number): string;
  periodText: string;
  notice: string | null;
}) {
  const m = useMessages(growthMessages);
  const { format, language } = useI18n();
  const selectId = useId();
  const unit = m.granularities[granularity];
  const title = format(m.periodsTitle, { granularity: unit });

  const channels: SeriesKey[] = [];
  for (const row of rows) {
    if (!channels.some((c) => c.channelId === row.channelId)) {
      channels.push({
        channelId: row.channelId,
        label: labelOf(row.channelId, row.name),
        colour: colourOf(row.channelId, channels.length),
      });
    }
  }
  const periods = [...new Set(rows.map((row) => row.period))].sort();
  const cell = new Map(rows.map((row) => [`${row.period}|${row.channelId}`, row]));
  const data = periods.map((period) => {
    const entry: Record<string, string | number | null> = { period };
    for (const channel of channels) entry[channel.channelId] = cell.get(`${period}|${channel.channelId}`)?.gain ?? null;
    return entry;
  });
  const hasValues = rows.some((row) => row.gain !== null);
  const legend: ExportLegendItem[] = channels.map((c) => ({ label: c.label, colour: c.colour, shape: 'bar' }));

  return (
    <ChartFrame
      title={title}
      subtitle={periodText}
      notice={notice}
      legend={hasValues ? legend : []}
      fileName={`groei-per-${unit}-${periods[0] ?? ''}-${periods[periods.length - 1] ?? ''}`}
      toolbar={
        <span className="field-inline">
          <label htmlFor={selectId}>{m.granularity}</label>
          <select id={selectId} value={granularity} onChange={(event) => onGranularity(event.target.value as Granularity)}>
            {GRANULARITIES.map((g) => (
              <option key={g} value={g}>
                {m.granularities[g]}
              </option>
            ))}
          </select>
        </span>
      }
      table={
        <div className="chart-table-wrap chart-points" role="region" aria-label={title} tabIndex={0}>
          <table className="grid entity-table chart-table">
            <caption>{format(m.periodsCaption, { granularity: unit })}</caption>
            <thead>
              <tr>
                <th scope="col">{m.periodColumn[granularity]}</th>
                {channels.map((channel) => (
                  <th scope="col" key={channel.channelId} className="number">
                    {channel.label}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {periods.map((period) => (
                <tr key={period}>
                  <th scope="row">{periodLabel(period, language)}</th>
                  {channels.map((channel) => {
                    const row = cell.get(`${period}|${channel.channelId}`);
                    const period_ = row ? `${formatIsoDate(row.start)} – ${formatIsoDate(row.end)}` : '';
                    return (
                      <td key={channel.channelId} className="number" title={period_}>
                        {row?.gain === null || row?.gain === undefined ? (
                          <span className="muted">{m.gainUnknown}</span>
                        ) : (
                          formatSigned(row.gain)
                        )}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      }
    >
      {!hasValues ? (
        <p className="chart-empty">{rows.length > 0 ? m.noGrowth : m.noData}</p>
      ) : (
        <ResponsiveContainer width="100%" height={320}>
          <BarChart data={data} margin={{ top: 12, right: 24, bottom: 8, left: 8 }} accessibilityLayer={false}>
            <CartesianGrid stroke={CHART_GRID} strokeDasharray="3 3" vertical={false} />
            <XAxis
              dataKey="period"
              type="category"
              tickFormatter={(p: string) => periodLabel(p, language)}
              tick={AXIS_FONT}
              stroke={INK}
              minTickGap={8}
            />
            <YAxis
              tickFormatter={(v: number) => formatNumber(v)}
              tick={AXIS_FONT}
              stroke={INK}
              width={72}
              label={{
                value: m.gain,
                angle: -90,
                position: 'insideLeft',
                offset: 0,
                style: { textAnchor: 'middle' },
                ...AXIS_FONT,
              }}
            />
            <ReferenceLine y={0} stroke={INK} />
            {channels.map((channel) => (
              <Bar
                key={channel.channelId}
                dataKey={channel.channelId}
                name={channel.label}
                fill={channel.colour}
                isAnimationActive={false}
                maxBarSize={40}
              />
            ))}
          </BarChart>
        </ResponsiveContainer>
      )}
    </ChartFrame>
  );
}
