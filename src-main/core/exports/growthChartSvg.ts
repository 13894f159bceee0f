import { findGaps } from '../growth/gaps';
import { isoToTime, timeTicks, valueTicks } from './growthChartAxes';

export interface ChartSeries {
  /** The legend's text, e.g. "Stadsbestuur Mechelen (Facebook, likes)". */
  label: string;
  /** Oldest first. */
  points: Array<{ date: string; count: number }>;
}

export interface ChartSpec {
  title: string;
  /** The x axis runs over the whole period, so a single count shows where in it it was taken. */
  from: string;
  to: string;
  yLabel: string;
  series: ChartSeries[];
}

/**
 * Distinct colours, each at least 3:1 against white (the renderer's chart palette), with a dash
 * pattern per series as well: the note is often printed in black and white.
 */
const COLOURS = ['#0b4f9c', '#b3002d', '#1d7a3a', '#7a3fa0', '#b35600', '#00798c', '#d1007a', '#5c4300'];
const DASHES = ['', '9 4', '2 3', '12 4 2 4'];
/** Fonts that exist on Linux (DejaVu, Liberation), Windows and macOS (Arial, Helvetica). */
const FONT = 'DejaVu Sans, Liberation Sans, Arial, Helvetica, sans-serif';
const INK = '#1f2933';
const GRID = '#d9dee3';

export const CHART_WIDTH = 960;
const PLOT = { left: 78, right: 24, top: 56, bottom: 44 };
const PLOT_HEIGHT = 300;
const LEGEND_ROW = 22;
const LEGEND_COLUMNS = 2;
const LEGEND_MAX_CHARS = 52;
/** Series with this many points or fewer get a dot on every point; longer lines only where a point is alone. */
const DOTS_UP_TO = 40;
const DAY = 86_400_000;

/** A line chart of counts over a period, as an SVG document (the PNG in the note is rendered from it). */
export function growthChartSvg(spec: ChartSpec): string {
  const legendRows = Math.ceil(spec.series.length / LEGEND_COLUMNS);
  const height = PLOT.top + PLOT_HEIGHT + PLOT.bottom + legendRows * LEGEND_ROW + 12;
  const plotWidth = CHART_WIDTH - PLOT.left - PLOT.right;
  let from = isoToTime(spec.from);
  let to = isoToTime(spec.to);
  if (to <= from) [from, to] = [from - DAY, from + DAY];
  const max = spec.series.reduce((top, series) => series.points.reduce((m, point) => Math.max(m, point.count), top), 0);
  const yTicks = valueTicks(max);
  const yTop = yTicks[yTicks.length - 1]!.value;
  const x = (time: number) => PLOT.left + ((time - from) / (to - from)) * plotWidth;
  const y = (count: number) => PLOT.top + PLOT_HEIGHT - (count / yTop) * PLOT_HEIGHT;
  const bottom = PLOT.top + PLOT_HEIGHT;

  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${CHART_WIDTH}" height="${height}" viewBox="0 0 ${CHART_WIDTH} ${height}" font-family="${FONT}">`,
    `<rect width="100%" height="100%" fill="#ffffff"/>`,
    text(PLOT.left, 26, spec.title, { size: 17, weight: 'bold' }),
    text(PLOT.left, 46, spec.yLabel, { size: 12 }),
  ];
  for (const tick of yTicks) {
    const at = round(y(tick.value));
    parts.push(
      `<line x1="${PLOT.left}" x2="${CHART_WIDTH - PLOT.right}" y1="${at}" y2="${at}" stroke="${GRID}" stroke-width="1"/>`,
    );
    parts.push(text(PLOT.left - 8, at + 4, tick.label, { size: 12, anchor: 'end' }));
  }
  for (const tick of timeTicks(from, to)) {
    const at = round(x(tick.value));
    parts.push(`<line x1="${at}" x2="${at}" y1="${bottom}" y2="${bottom + 5}" stroke="${INK}" stroke-width="1"/>`);
    parts.push(text(at, bottom + 20, tick.label, { size: 12, anchor: 'middle' }));
  }
  parts.push(
    `<line x1="${PLOT.left}" x2="${PLOT.left}" y1="${PLOT.top}" y2="${bottom}" stroke="${INK}" stroke-width="1"/>`,
    `<line x1="${PLOT.left}" x2="${CHART_WIDTH - PLOT.right}" y1="${bottom}" y2="${bottom}" stroke="${INK}" stroke-width="1"/>`,
  );

  spec.series.forEach((series, index) => {
    const colour = COLOURS[index % COLOURS.length]!;
    const dash = DASHES[index % DASHES.length]!;
    for (const run of gapFreeRuns(series.points)) {
      const coordinates = run.map((point) => [round(x(isoToTime(point.date))), round(y(point.count))] as const);
      if (coordinates.length > 1) {
        parts.push(
          `<polyline points="${coordinates.map(([px, py]) => `${px},${py}`).join(' ')}" fill="none" stroke="${colour}" stroke-width="2.5" stroke-linejoin="round"${dash ? ` stroke-dasharray="${dash}"` : ''}/>`,
        );
      }
      if (coordinates.length === 1 || series.points.length <= DOTS_UP_TO) {
        for (const [px, py] of coordinates)
          parts.push(`<circle cx="${px}" cy="${py}" r="4" fill="${colour}" stroke="#ffffff" stroke-width="1"/>`);
      }
    }
    const column = index % LEGEND_COLUMNS;
    const row = Math.floor(index / LEGEND_COLUMNS);
    const legendX = PLOT.left + column * (plotWidth / LEGEND_COLUMNS);
    const legendY = bottom + PLOT.bottom + row * LEGEND_ROW + 8;
    parts.push(
      `<line x1="${legendX}" x2="${legendX + 30}" y1="${legendY}" y2="${legendY}" stroke="${colour}" stroke-width="3"${dash ? ` stroke-dasharray="${dash}"` : ''}/>`,
      `<circle cx="${legendX + 15}" cy="${legendY}" r="4" fill="${colour}"/>`,
      text(legendX + 38, legendY + 4, shorten(series.label), { size: 12 }),
    );
  });
  parts.push('</svg>');
  return parts.join('\n');
}

/**
 * The series cut at its gaps (the growth charts' rule, growth/gaps.ts): a line is drawn only
 * between counts that follow each other at the channel's usual pace, never across a missing year.
 */
function gapFreeRuns<P extends { date: string }>(points: readonly P[]): P[][] {
  const gaps = new Set(findGaps(points.map((point) => isoToTime(point.date) / DAY)));
  const runs: P[][] = [[]];
  points.forEach((point, index) => {
    runs[runs.length - 1]!.push(point);
    if (gaps.has(index)) runs.push([]);
  });
  return runs;
}

function text(
  x: number,
  y: number,
  content: string,
  style: { size: number; weight?: 'bold'; anchor?: 'end' | 'middle' },
): string {
  const weight = style.weight ? ` font-weight="${style.weight}"` : '';
  const anchor = style.anchor ? ` text-anchor="${style.anchor}"` : '';
  return `<text x="${round(x)}" y="${round(y)}" font-size="${style.size}" fill="${INK}"${weight}${anchor}>${escapeXml(content)}</text>`;
}

/** Cut by code points, so an emoji at the cut is not split into a lone surrogate. */
function shorten(label: string): string {
  const characters = [...label];
  return characters.length <= LEGEND_MAX_CHARS
    ? label
    : `${characters
        .slice(0, LEGEND_MAX_CHARS - 1)
        .join('')
        .trimEnd()}…`;
}

/**
 * Names come from the register: never markup in the SVG. Characters XML 1.0 does not allow
 * (control characters a name pasted from elsewhere may carry, lone surrogates) would make the
 * SVG unparsable and the whole note fail: they become U+FFFD.
 */
const NOT_XML =
  // eslint-disable-next-line no-control-regex -- matching the control characters XML forbids is the point
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

export function escapeXml(value: string): string {
  return value.replace(NOT_XML, '\ufffd').replace(/[<>&"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}
