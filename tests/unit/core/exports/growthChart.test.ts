import { Resvg } from '@resvg/resvg-js';
import { describe, expect, it } from 'vitest';
import { growthChart, MAX_CHART_SERIES } from '../../../../src-main/core/exports/growthChart';
import { isoToTime, timeTicks, valueTicks } from '../../../../src-main/core/exports/growthChartAxes';
import { growthChartSvg } from '../../../../src-main/core/exports/growthChartSvg';
import { channel, dataset } from './docxTestDataset';

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** Monthly counts through 2025, starting at `start` and adding `step` a month. */
function monthly(start: number, step: number) {
  return Array.from({ length: 12 }, (_, month) => ({
    date: `2025-${String(month + 1).padStart(2, '0')}-01`,
    count: start + step * month,
  }));
}

describe('the chart axes', () => {
  it('counts from 0 to a round number at or above the largest count, in nl-BE', () => {
    expect(valueTicks(3107).map((tick) => tick.label)).toEqual(['0', '1.000', '2.000', '3.000', '4.000']);
    expect(valueTicks(3000).at(-1)!.value).toBe(3000);
    expect(valueTicks(22).map((tick) => tick.value)).toEqual([0, 5, 10, 15, 20, 25]);
    expect(valueTicks(0).map((tick) => tick.value)).toEqual([0, 1]);
    expect(valueTicks(1_234_567).at(-1)!.label).toBe('1.250.000');
  });

  it('puts time ticks on days, months, quarters or years, whichever fits', () => {
    const labels = (from: string, to: string) => timeTicks(isoToTime(from), isoToTime(to)).map((tick) => tick.label);
    expect(labels('2014-09-01', '2014-09-30')).toEqual(['01/09', '05/09', '09/09', '13/09', '17/09', '21/09', '25/09', '29/09']);
    expect(labels('2025-01-01', '2025-12-31')).toEqual(['jan 2025', 'mrt 2025', 'mei 2025', 'jul 2025', 'sep 2025', 'nov 2025']);
    expect(labels('2013-01-01', '2014-09-30')).toEqual([
      'jan 2013',
      'apr 2013',
      'jul 2013',
      'okt 2013',
      'jan 2014',
      'apr 2014',
      'jul 2014',
    ]);
    expect(labels('2010-03-15', '2025-12-31')).toEqual(['2012', '2014', '2016', '2018', '2020', '2022', '2024']);
  });
});

describe('growthChartSvg', () => {
  it('draws a line per series with more than one count, dots for short series, and escapes names', () => {
    const svg = growthChartSvg({
      title: 'Titel & <meer>',
      from: '2025-01-01',
      to: '2025-12-31',
      yLabel: 'Aantal',
      series: [
        { label: 'Lijn', points: monthly(100, 10) },
        { label: '<script>alert("x")</script>', points: [{ date: '2025-06-01', count: 50 }] },
      ],
    });
    expect(svg.match(/<polyline /g)).toHaveLength(1);
    // 12 + 1 points, and one dot in each legend entry.
    expect(svg.match(/<circle /g)).toHaveLength(15);
    expect(svg).not.toContain('<script>');
    expect(svg).toContain('&#60;script&#62;alert(&#34;x&#34;)&#60;/script&#62;');
    expect(svg).toContain('Titel &#38; &#60;meer&#62;');
    // It is valid SVG: resvg parses and renders it.
    expect(new Resvg(svg).render().width).toBe(960);
  });
});

describe('growthChartSvg gaps', () => {
  it('breaks a line where counts stop for much longer than usual, as the growth charts do', () => {
    const before = monthly(100, 10).slice(0, 6);
    const after = monthly(300, 10)
      .slice(6)
      .map((point) => ({ ...point, date: point.date.replace('2025', '2026') }));
    const lonely = { date: '2027-06-01', count: 500 };
    const points = [...before, ...after, lonely];
    const svg = growthChartSvg({
      title: 'Gat',
      from: '2025-01-01',
      to: '2027-12-31',
      yLabel: 'Aantal',
      series: [{ label: 'Lijn', points }],
    });
    expect(svg.match(/<polyline /g)).toHaveLength(2);
    const dots = (longSeries: boolean) =>
      growthChartSvg({
        title: 'Gat',
        from: '2025-01-01',
        to: '2027-12-31',
        yLabel: 'Aantal',
        series: [{ label: 'Lijn', points: longSeries ? [...daily(60), lonely] : points }],
      }).match(/<circle /g)!.length;
    // Short series: a dot on every count (+ the legend's). Long series: only the lonely count after a gap.
    expect(dots(false)).toBe(points.length + 1);
    expect(dots(true)).toBe(2);
  });
});

/** A count a day from 1 January 2025. */
function daily(days: number) {
  return Array.from({ length: days }, (_, day) => ({
    date: new Date(Date.UTC(2025, 0, 1 + day)).toISOString().slice(0, 10),
    count: 100 + day,
  }));
}

describe('growthChart', () => {
  it('shows the largest channels with counts in the period, at most eight, as a PNG with a description', () => {
    const channels = Array.from({ length: 11 }, (_, index) =>
      channel({ name: `Kanaal ${index + 1}`, latestMetricLabel: 'volgers', countsInPeriod: monthly(100 * (index + 1), 5) }),
    );
    channels.push(channel({ name: 'Zonder tellingen' }));
    const chart = growthChart(dataset(channels))!;
    expect(chart.png.subarray(0, 8)).toEqual(PNG_SIGNATURE);
    expect(chart.width).toBe(960);
    expect(chart.title).toBe('Aantal volgers per kanaal, 01/01/2025 – 31/12/2025');
    expect(chart.caption).toBe(
      'Aantal volgers per kanaal, 01/01/2025 – 31/12/2025 (de 8 kanalen met de meeste volgers, van de 11 met tellingen in de periode).',
    );
    const described = [...chart.description.matchAll(/Kanaal (\d+) \(Facebook, volgers\): van /g)].map((match) =>
      Number(match[1]),
    );
    expect(described).toEqual([11, 10, 9, 8, 7, 6, 5, 4]);
    expect(described).toHaveLength(MAX_CHART_SERIES);
    expect(chart.description).toContain('Kanaal 11 (Facebook, volgers): van 1.100 op 01/01/2025 naar 1.155 op 01/12/2025.');
  });

  it('is null when no channel has a count in the period', () => {
    expect(growthChart(dataset([channel({ name: 'Zonder tellingen' })]))).toBeNull();
  });
});
