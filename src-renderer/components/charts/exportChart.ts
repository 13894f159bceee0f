/**
 * Export of a drawn chart as a self-contained SVG or PNG file: the recharts <svg> is cloned and
 * wrapped with a title, the legend and (for demonstration registers) the "fictitious" notice, all
 * as SVG text nodes. The PNG is that SVG drawn on a canvas. No request leaves the app: the image
 * is loaded from a blob: URL, which the content security policy allows.
 */

import { offerDownload } from '../offerDownload';

const SVG_NS = 'http://www.w3.org/2000/svg';
const FONT = "'DejaVu Sans', 'Segoe UI', Arial, sans-serif";
const INK = '#1b1f24';
const MUTED = '#4d5660';
const NOTICE = '#8a1c00';
const MARGIN = 16;
const LEGEND_ROW = 20;

export interface ExportLegendItem {
  label: string;
  colour: string;
  /** How the item is drawn in the chart. */
  shape: 'line' | 'dashed' | 'bar' | 'band';
}

export interface ChartExportOptions {
  title: string;
  subtitle?: string;
  /** Shown in red above the chart, e.g. "Fictieve demonstratiegegevens". */
  notice?: string | null;
  legend: ExportLegendItem[];
  /** Without extension. */
  fileName: string;
}

let measureContext: CanvasRenderingContext2D | null = null;
/** The width of a text in the charts' font (for laying out labels and the exported legend). */
export function textWidth(text: string, size: number, bold = false): number {
  measureContext ??= document.createElement('canvas').getContext('2d');
  if (!measureContext) return text.length * size * (bold ? 0.68 : 0.6);
  measureContext.font = `${bold ? '700 ' : ''}${size}px ${FONT}`;
  return measureContext.measureText(text).width;
}

function element<K extends keyof SVGElementTagNameMap>(
  name: K,
  attributes: Record<string, string | number>,
  text?: string,
): SVGElementTagNameMap[K] {
  const node = document.createElementNS(SVG_NS, name);
  for (const [key, value] of Object.entries(attributes)) node.setAttribute(key, String(value));
  // Text only: user-entered names never become markup.
  if (text !== undefined) node.textContent = text;
  return node;
}

/** Lays the legend out in rows that fit `width`; returns the group and its height. */
function legendGroup(items: ExportLegendItem[], width: number): { group: SVGGElement; height: number } {
  const group = element('g', { 'font-family': FONT, 'font-size': 12, fill: INK });
  let x = MARGIN;
  let y = 0;
  for (const item of items) {
    const itemWidth = 28 + textWidth(item.label, 12) + 18;
    if (x > MARGIN && x + itemWidth > width - MARGIN) {
      x = MARGIN;
      y += LEGEND_ROW;
    }
    const middle = y + LEGEND_ROW / 2;
    if (item.shape === 'line' || item.shape === 'dashed') {
      group.append(
        element('line', {
          x1: x,
          y1: middle,
          x2: x + 22,
          y2: middle,
          stroke: item.colour,
          'stroke-width': 3,
          ...(item.shape === 'dashed' ? { 'stroke-dasharray': '5 3' } : {}),
        }),
      );
    } else {
      group.append(
        element('rect', {
          x,
          y: middle - 6,
          width: 22,
          height: 12,
          fill: item.colour,
          'fill-opacity': item.shape === 'band' ? 0.25 : 1,
          stroke: item.colour,
        }),
      );
    }
    group.append(element('text', { x: x + 28, y: middle + 4 }, item.label));
    x += itemWidth;
  }
  return { group, height: items.length === 0 ? 0 : y + LEGEND_ROW };
}

/** The chart as a standalone SVG document (text). */
export function chartSvgMarkup(
  chart: SVGSVGElement,
  options: ChartExportOptions,
): { markup: string; width: number; height: number } {
  const box = chart.getBoundingClientRect();
  const chartWidth = Math.round(chart.width.baseVal.value || box.width);
  const chartHeight = Math.round(chart.height.baseVal.value || box.height);
  const width = Math.max(chartWidth + 2 * MARGIN, 480);

  const root = element('svg', { xmlns: SVG_NS, version: '1.1', 'font-family': FONT });
  root.append(element('title', {}, options.title));
  const background = element('rect', { x: 0, y: 0, width, height: 0, fill: '#ffffff' });
  root.append(background);

  let y = MARGIN + 16;
  root.append(element('text', { x: MARGIN, y, 'font-size': 16, 'font-weight': 700, fill: INK }, options.title));
  if (options.subtitle) {
    y += 20;
    root.append(element('text', { x: MARGIN, y, 'font-size': 12, fill: MUTED }, options.subtitle));
  }
  if (options.notice) {
    y += 20;
    root.append(element('text', { x: MARGIN, y, 'font-size': 13, 'font-weight': 700, fill: NOTICE }, options.notice));
  }
  y += 12;

  const copy = chart.cloneNode(true) as SVGSVGElement;
  for (const attribute of ['role', 'tabindex', 'aria-label', 'aria-hidden', 'focusable', 'class', 'style']) {
    copy.removeAttribute(attribute);
  }
  // recharts leaves an empty <title> and <desc>: the document's own title says what this is.
  for (const empty of copy.querySelectorAll(':scope > title, :scope > desc')) {
    if (!empty.textContent) empty.remove();
  }
  copy.setAttribute('x', String(MARGIN));
  copy.setAttribute('y', String(y));
  copy.setAttribute('width', String(chartWidth));
  copy.setAttribute('height', String(chartHeight));
  copy.setAttribute('viewBox', `0 0 ${chartWidth} ${chartHeight}`);
  copy.setAttribute('overflow', 'visible');
  root.append(copy);
  y += chartHeight + 8;

  const legend = legendGroup(options.legend, width);
  legend.group.setAttribute('transform', `translate(0 ${y})`);
  root.append(legend.group);
  y += legend.height + MARGIN;

  const height = Math.ceil(y);
  root.setAttribute('width', String(width));
  root.setAttribute('height', String(height));
  root.setAttribute('viewBox', `0 0 ${width} ${height}`);
  background.setAttribute('height', String(height));

  const markup = `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(root)}\n`;
  return { markup, width, height };
}

/** A file name without characters file systems dislike. */
export function safeFileName(name: string): string {
  return (
    name
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[^A-Za-z0-9._-]+/g, '-')
      .replace(/-+/g, '-')
      .replace(/^-|-$/g, '')
      .toLowerCase() || 'grafiek'
  );
}

export function exportSvg(chart: SVGSVGElement, options: ChartExportOptions) {
  const { markup } = chartSvgMarkup(chart, options);
  offerDownload(new Blob([markup], { type: 'image/svg+xml;charset=utf-8' }), `${safeFileName(options.fileName)}.svg`);
}

/** Draws the exported SVG on a canvas at twice the size (sharp in a Word document) and saves it as PNG. */
export async function exportPng(chart: SVGSVGElement, options: ChartExportOptions, scale = 2): Promise<void> {
  const { markup, width, height } = chartSvgMarkup(chart, options);
  const url = URL.createObjectURL(new Blob([markup], { type: 'image/svg+xml;charset=utf-8' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round(height * scale);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('no canvas');
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, canvas.width, canvas.height);
    context.scale(scale, scale);
    context.drawImage(image, 0, 0, width, height);
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
    if (!blob) throw new Error('no png');
    offerDownload(blob, `${safeFileName(options.fileName)}.png`);
  } finally {
    URL.revokeObjectURL(url);
  }
}
