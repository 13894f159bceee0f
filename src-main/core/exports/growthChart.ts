import { Resvg } from '@resvg/resvg-js';
import { formatCount, formatShortDate } from './docxFormat';
import type { ExportChannel, ExportDataset } from './exportDataset';
import { growthChartSvg, type ChartSeries } from './growthChartSvg';

/** More lines than this cannot be told apart on a printed page. */
export const MAX_CHART_SERIES = 8;
/** Rendered at twice its size, so the image stays sharp when printed at the page's width. */
const ZOOM = 2;

export interface GrowthChart {
  png: Buffer;
  /** Size in CSS pixels (96 to the inch), as the SVG was laid out. */
  width: number;
  height: number;
  title: string;
  /** The caption under the figure. */
  caption: string;
  /** What the chart shows, for screen readers (the image's alternative text). */
  description: string;
}

/**
 * The growth chart of the Word note: one line per channel with counts in the period, the
 * MAX_CHART_SERIES largest (by their last count in the period), drawn as SVG and rendered to
 * PNG with resvg (Word has no SVG everywhere; a PNG opens in every version and in LibreOffice).
 * Null when no channel has a count in the period: the note says so instead.
 */
export function growthChart(dataset: ExportDataset): GrowthChart | null {
  const counted = dataset.channels.filter((channel) => channel.countsInPeriod.length > 0);
  if (counted.length === 0) return null;
  const shown = [...counted]
    .sort((a, b) => lastCount(b) - lastCount(a) || a.name.localeCompare(b.name, 'nl'))
    .slice(0, MAX_CHART_SERIES);
  const period = `${formatShortDate(dataset.from)} – ${formatShortDate(dataset.to)}`;
  const title = `Aantal volgers per kanaal, ${period}`;
  const series: ChartSeries[] = shown.map((channel) => ({ label: seriesLabel(channel), points: channel.countsInPeriod }));
  const svg = growthChartSvg({ title, from: dataset.from, to: dataset.to, yLabel: 'Aantal volgers, likes of abonnees', series });
  const rendered = new Resvg(svg, {
    fitTo: { mode: 'zoom', value: ZOOM },
    font: { loadSystemFonts: true, sansSerifFamily: 'DejaVu Sans' },
  }).render();
  const which = `${whichChannels(shown.length, counted.length)} met tellingen in de periode`;
  return {
    png: rendered.asPng(),
    width: rendered.width / ZOOM,
    height: rendered.height / ZOOM,
    title,
    caption: `${title} (${which}).`,
    description: `Lijngrafiek: ${title}, ${which}. ${shown.map(describeSeries).join(' ')}`,
  };
}

/** "het enige kanaal", "beide kanalen", "alle 5 kanalen", "de 8 kanalen met de meeste volgers, van de 24". */
function whichChannels(shown: number, counted: number): string {
  if (counted > shown) return `de ${shown} kanalen met de meeste volgers, van de ${counted}`;
  if (counted === 1) return 'het enige kanaal';
  return counted === 2 ? 'beide kanalen' : `alle ${counted} kanalen`;
}

function lastCount(channel: ExportChannel): number {
  return channel.countsInPeriod[channel.countsInPeriod.length - 1]!.count;
}

function seriesLabel(channel: ExportChannel): string {
  const metric = channel.latestMetricLabel ? `, ${channel.latestMetricLabel}` : '';
  return `${channel.name} (${channel.platformLabel}${metric})`;
}

/** "Stadsbestuur Mechelen (Facebook, likes): van 2.950 op 01/01/2014 naar 3.107 op 02/09/2014." */
function describeSeries(channel: ExportChannel): string {
  const points = channel.countsInPeriod;
  const first = points[0]!;
  const last = points[points.length - 1]!;
  const at = (point: { date: string; count: number }) => `${formatCount(point.count)} op ${formatShortDate(point.date)}`;
  return points.length === 1
    ? `${seriesLabel(channel)}: ${at(first)}.`
    : `${seriesLabel(channel)}: van ${at(first)} naar ${at(last)}.`;
}
