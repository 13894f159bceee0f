import { useId, useState } from 'react';
import {
  CartesianGrid,
  Line,
  LineChart,
  ReferenceArea,
  ReferenceLine,
  ResponsiveContainer,
  usePlotArea,
  XAxis,
  YAxis,
} from 'recharts';
import type { Campaign } from '../../../shared/domain/campaign';
import type { GrowthSeries, GrowthSeriesResult } from '../../../shared/domain/growth';
import { formatIsoDate, formatNumber } from '../../format/nlBE';
import { useI18n, useMessages } from '../../i18n/i18n';
import { ChartFrame } from '../../components/charts/ChartFrame';
import { AXIS_FONT, CHART_GRID as GRID, CHART_INK as INK } from '../../components/charts/chartStyle';
import { seriesColour } from '../../components/charts/colours';
import { textWidth, type ExportLegendItem } from '../../components/charts/exportChart';
import { metricLabel, seriesLabel } from './chartLabels';
import { addDays, isoToTime, timeToIso } from './dates';
import { formatIndex, formatPercent, formatSigned, formatValue } from './format';
import { growthMessages } from './messages';
import { NumberColumnHeaders } from './NumberColumnHeaders';
import { dataExtent, timeTicks } from './timeAxis';

const POINTS_SHOWN_IN_TABLE = 1000;

interface ChartPoint {
  t: number;
  v: number | null;
}

/**
 * The campaign's name on top of its band, with a white halo so it reads over lines and grid. A
 * name wider than the room right of the band's start is moved left, so it stays inside the plot.
 */
function BandLabel({ viewBox, name, row }: { viewBox?: { x: number; y: number; width: number }; name: string; row: number }) {
  const plot = usePlotArea();
  if (!viewBox) return null;
  const width = textWidth(name, 12, true) + 2;
  const right = plot ? plot.x + plot.width - 4 : Infinity;
  const left = plot ? plot.x + 4 : 0;
  const x = Math.max(left, Math.min(viewBox.x + 4, right - width));
  return (
    <text
      x={x}
      y={viewBox.y + 14 + row * 15}
      fontSize={12}
      fontWeight={700}
      fill={INK}
      stroke="#ffffff"
      strokeWidth={3}
      paintOrder="stroke"
      fontFamily={AXIS_FONT.fontFamily}
    >
      {name}
    </text>
  );
}

/** A point with a value between two without (a line needs two points to show). */
function isAlone(points: ChartPoint[], index: number): boolean {
  return points[index]?.v !== null && (points[index - 1]?.v ?? null) === null && (points[index + 1]?.v ?? null) === null;
}

/** Dots only where a point stands alone between gaps, or on short series; none otherwise (fast). */
function dotFor(points: ChartPoint[], colour: string) {
  const short = points.length <= 60;
  if (!short && !points.some((_, index) => isAlone(points, index))) return false;
  return (props: { cx?: number; cy?: number; index?: number }) => {
    const index = props.index ?? 0;
    const here = points[index];
    if (props.cx === undefined || props.cy === undefined || here?.v === null || (!short && !isAlone(points, index))) {
      return <g key={`dot-${index}`} />;
    }
    return (
      <circle key={`dot-${index}`} cx={props.cx} cy={props.cy} r={short ? 4 : 3} fill={colour} stroke="#ffffff" strokeWidth={1} />
    );
  };
}

export function SeriesChart({
  result,
  campaigns,
  indexed,
  interpolate,
  periodText,
  notice,
}: {
  result: GrowthSeriesResult;
  campaigns: Campaign[];
  indexed: boolean;
  interpolate: boolean;
  periodText: string;
  notice: string | null;
}) {
  const m = useMessages(growthMessages);
  const { language } = useI18n();
  const title = indexed ? m.seriesTitleIndexed : m.seriesTitle;
  const series = result.series;
  const allDates = series.flatMap((s) => s.points.map((p) => p.date));
  const bounds =
    result.from && result.to ? ([isoToTime(result.from), isoToTime(result.to)] as [number, number]) : dataExtent(allDates);
  // A single day (one count per channel, as in the 2014 sample) gets a fortnight either side.
  const extent: [number, number] | null =
    bounds && bounds[0] === bounds[1] ? [bounds[0] - 14 * 86_400_000, bounds[1] + 14 * 86_400_000] : bounds;
  const anyInterpolated = interpolate && series.some((s) => s.points.some((p) => p.interpolated));
  const hasValues = series.some((s) => s.points.some((p) => p.value !== null));

  const visibleCampaigns = extent
    ? campaigns
        .filter((c) => isoToTime(c.endDate) >= extent[0] && isoToTime(c.startDate) <= extent[1])
        .sort((a, b) => a.startDate.localeCompare(b.startDate))
    : [];

  const legend: ExportLegendItem[] = [
    ...series.map((s, index) => ({
      label: seriesLabel(s.name, s.platform, language),
      colour: seriesColour(index),
      shape: 'line' as const,
    })),
    ...(anyInterpolated ? [{ label: m.interpolatedLegend, colour: '#4d5660', shape: 'dashed' as const }] : []),
    ...visibleCampaigns.map((c) => ({
      label: m.campaignLegend.replace('{name}', c.name),
      colour: c.colour,
      shape: 'band' as const,
    })),
  ];

  const fileName = `groei-volgers${indexed ? '-geindexeerd' : ''}-${result.from ?? 'begin'}-${result.to ?? 'einde'}`;
  const subtitle = `${periodText}${indexed ? ` · ${m.axisIndex}` : ''}`;

  return (
    <ChartFrame
      title={title}
      subtitle={subtitle}
      notice={notice}
      legend={hasValues ? legend : []}
      fileName={fileName}
      table={
        <>
          <SeriesSummaryTable series={series} title={title} periodText={periodText} />
          <SeriesPointsTable series={series} title={title} indexed={indexed} />
        </>
      }
    >
      {!hasValues || !extent ? (
        <p className="chart-empty">{m.noData}</p>
      ) : (
        <ResponsiveContainer width="100%" height={380}>
          <LineChart margin={{ top: 12, right: 24, bottom: 8, left: 8 }} accessibilityLayer={false}>
            <CartesianGrid stroke={GRID} strokeDasharray="3 3" />
            <XAxis
              dataKey="t"
              type="number"
              scale="time"
              domain={extent}
              ticks={timeTicks(extent[0], extent[1])}
              tickFormatter={(t: number) => formatIsoDate(timeToIso(t))}
              tick={AXIS_FONT}
              stroke={INK}
              allowDataOverflow
            />
            <YAxis
              type="number"
              domain={['auto', 'auto']}
              tickFormatter={(v: number) => (indexed ? formatIndex(v) : formatNumber(v))}
              tick={AXIS_FONT}
              stroke={INK}
              width={indexed ? 64 : 72}
              label={{
                value: indexed ? m.axisIndex : m.axisCount,
                angle: -90,
                position: 'insideLeft',
                offset: 0,
                style: { textAnchor: 'middle' },
                ...AXIS_FONT,
              }}
            />
            {visibleCampaigns.map((campaign, index) => (
              <ReferenceArea
                key={campaign.id}
                x1={Math.max(isoToTime(campaign.startDate), extent[0])}
                x2={Math.min(isoToTime(addDays(campaign.endDate, 1)), extent[1])}
                fill={campaign.colour}
                fillOpacity={0.18}
                stroke={campaign.colour}
                strokeOpacity={0.5}
                ifOverflow="hidden"
                label={<BandLabel name={campaign.name} row={index % 2} />}
              />
            ))}
            {indexed ? <ReferenceLine y={100} stroke="#4d5660" strokeDasharray="4 4" /> : null}
            {anyInterpolated
              ? series.map((s, index) => (
                  <Line
                    key={`bridge-${s.channelId}`}
                    data={s.points.map((p) => ({ t: isoToTime(p.date), v: p.value }))}
                    dataKey="v"
                    name={`${seriesLabel(s.name, s.platform, language)} ${m.interpolatedLegend}`}
                    stroke={seriesColour(index)}
                    strokeWidth={2}
                    strokeDasharray="5 4"
                    strokeOpacity={0.8}
                    dot={false}
                    activeDot={false}
                    connectNulls={false}
                    isAnimationActive={false}
                  />
                ))
              : null}
            {series.map((s, index) => {
              const points: ChartPoint[] = s.points.map((p) => ({ t: isoToTime(p.date), v: p.interpolated ? null : p.value }));
              return (
                <Line
                  key={s.channelId}
                  data={points}
                  dataKey="v"
                  name={seriesLabel(s.name, s.platform, language)}
                  stroke={seriesColour(index)}
                  strokeWidth={2.5}
                  dot={dotFor(points, seriesColour(index))}
                  activeDot={false}
                  connectNulls={false}
                  isAnimationActive={false}
                />
              );
            })}
          </LineChart>
        </ResponsiveContainer>
      )}
    </ChartFrame>
  );
}

/** A count with the date it was taken, or "no count" when the period holds none. */
function CountWithDateCell({ point }: { point: { count: number; date: string } | null }) {
  const m = useMessages(growthMessages);
  return (
    <td className="number">
      {point ? (
        <>
          {formatNumber(point.count)} <span className="muted">({formatIsoDate(point.date)})</span>
        </>
      ) : (
        <span className="muted">{m.noCount}</span>
      )}
    </td>
  );
}

/** Per channel: first and last count in the period, the change, and whether the chart was thinned out. */
function SeriesSummaryTable({ series, title, periodText }: { series: GrowthSeries[]; title: string; periodText: string }) {
  const m = useMessages(growthMessages);
  const { format, language } = useI18n();
  const downsampled = series.filter((s) => s.downsampled);
  return (
    <div className="chart-table-wrap">
      <table className="grid entity-table chart-table">
        <caption>{format(m.summaryCaption, { title, period: periodText })}</caption>
        <thead>
          <tr>
            <th scope="col">{m.channel}</th>
            <th scope="col">{m.metric}</th>
            <NumberColumnHeaders labels={[m.firstCount, m.lastCount, m.change, m.changePct]} />
          </tr>
        </thead>
        <tbody>
          {series.map((s, index) => (
            <tr key={s.channelId}>
              <th scope="row">
                <span className="table-swatch" aria-hidden="true">
                  <svg width="14" height="10" focusable="false">
                    <rect width="14" height="10" fill={seriesColour(index)} />
                  </svg>
                </span>
                {seriesLabel(s.name, s.platform, language)}
              </th>
              <td>{metricLabel(s.metric, language)}</td>
              <CountWithDateCell point={s.first} />
              <CountWithDateCell point={s.last} />
              <td className="number">{s.change === null ? '—' : formatSigned(s.change)}</td>
              <td className="number">{s.changePct === null ? '—' : formatPercent(s.changePct)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {downsampled.map((s) => (
        <p key={s.channelId} className="hint">
          {format(m.downsampled, {
            name: seriesLabel(s.name, s.platform, language),
            count: formatNumber(s.pointCount),
            shown: formatNumber(s.points.length),
          })}
        </p>
      ))}
    </div>
  );
}

/** Every point the chart draws, by date: rendered only when opened (a long series makes a long table). */
function SeriesPointsTable({ series, title, indexed }: { series: GrowthSeries[]; title: string; indexed: boolean }) {
  const m = useMessages(growthMessages);
  const { format, language } = useI18n();
  const [open, setOpen] = useState(false);
  const regionId = useId();
  const dates = [...new Set(series.flatMap((s) => s.points.map((p) => p.date)))].sort();
  const byDate = series.map((s) => new Map(s.points.map((p) => [p.date, p])));
  const shown = dates.slice(0, POINTS_SHOWN_IN_TABLE);
  const anyInterpolated = series.some((s) => s.points.some((p) => p.interpolated));
  return (
    <details className="chart-details" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>{m.detailsSummary}</summary>
      {open ? (
        <div className="chart-table-wrap chart-points" role="region" aria-labelledby={regionId} tabIndex={0}>
          <table className="grid entity-table chart-table">
            <caption id={regionId}>{format(m.pointsCaption, { title })}</caption>
            <thead>
              <tr>
                <th scope="col">{m.date}</th>
                {series.map((s) => (
                  <th scope="col" key={s.channelId} className="number">
                    {seriesLabel(s.name, s.platform, language)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {shown.map((date) => (
                <tr key={date}>
                  <th scope="row">{formatIsoDate(date)}</th>
                  {byDate.map((points, index) => {
                    const point = points.get(date);
                    return (
                      <td key={series[index]!.channelId} className="number">
                        {!point || point.value === null ? (
                          <>
                            <span aria-hidden="true">—</span>
                            <span className="visually-hidden">{m.noCount}</span>
                          </>
                        ) : point.interpolated ? (
                          <>
                            {formatValue(point.value, indexed)}*<span className="visually-hidden"> {m.interpolatedMark}</span>
                          </>
                        ) : (
                          formatValue(point.value, indexed)
                        )}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
          {dates.length > shown.length ? (
            <p className="hint">{format(m.pointsLimit, { count: formatNumber(shown.length) })}</p>
          ) : null}
          {anyInterpolated ? <p className="hint">{m.interpolatedNote}</p> : null}
        </div>
      ) : null}
    </details>
  );
}
