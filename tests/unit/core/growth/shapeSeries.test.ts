import { describe, expect, it } from 'vitest';
import { toDay } from '../../../../src-main/core/growth/days';
import { findGaps, median } from '../../../../src-main/core/growth/gaps';
import { shapeSeries, type RawCounts } from '../../../../src-main/core/growth/shapeSeries';

function raw(points: Array<[string, number]>): RawCounts {
  return { days: points.map(([date]) => toDay(date)), counts: points.map(([, count]) => count) };
}

const absolute = { mode: 'absolute' as const, interpolate: false, maxPoints: 1000 };

/** Monthly counts on the first of each month, with two missing stretches. */
const monthly = raw([
  ['2013-01-01', 100],
  ['2013-02-01', 110],
  ['2013-03-01', 120],
  ['2013-04-01', 130],
  // May missing: a two-month interval is no gap (not more than 2.5 months)
  ['2013-06-01', 150],
  ['2013-07-01', 160],
  // August to November missing: a gap
  ['2013-12-01', 300],
  ['2014-01-01', 310],
]);

describe('gaps', () => {
  it('are intervals longer than 2.5 times the median interval', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 2, 3])).toBe(2.5);
    expect(findGaps(monthly.days)).toEqual([5]);
    // Daily counts with three days missing.
    const daily = [1, 2, 3, 4, 8, 9, 10].map((d) => d + 16_000);
    expect(findGaps(daily)).toEqual([3]);
  });

  it('need at least two intervals to know what is usual', () => {
    expect(findGaps([0, 100])).toEqual([]);
    expect(findGaps([0])).toEqual([]);
  });
});

describe('shaping a series for the chart', () => {
  it('returns measured counts only, and a null in the middle of a gap so the line breaks there', () => {
    const { points, downsampled } = shapeSeries(monthly, absolute);
    expect(downsampled).toBe(false);
    expect(points.filter((p) => p.value !== null)).toHaveLength(8);
    // No invented month: May stays absent.
    expect(points.find((p) => p.date === '2013-05-01')).toBeUndefined();
    const gapIndex = points.findIndex((p) => p.value === null);
    expect(points[gapIndex]).toEqual({ date: '2013-09-15', value: null });
    expect(points[gapIndex - 1]!.date).toBe('2013-07-01');
    expect(points[gapIndex + 1]!.date).toBe('2013-12-01');
    expect(points.some((p) => p.interpolated)).toBe(false);
  });

  it('with interpolation: no null, one labelled straight-line point per gap', () => {
    const { points } = shapeSeries(monthly, { ...absolute, interpolate: true });
    expect(points.some((p) => p.value === null)).toBe(false);
    const made = points.filter((p) => p.interpolated);
    // 2013-07-01 (160) to 2013-12-01 (300) is 153 days; the middle, day 76, is 160 + 140 * 76/153.
    expect(made).toEqual([{ date: '2013-09-15', value: Math.round(160 + (140 * 76) / 153), interpolated: true }]);
    expect(points).toHaveLength(9);
  });

  it('indexes the counts on the first one in the range (first = 100)', () => {
    const { points } = shapeSeries(
      raw([
        ['2014-01-01', 200],
        ['2014-02-01', 250],
        ['2014-03-01', 150],
      ]),
      { ...absolute, mode: 'indexed' },
    );
    expect(points.map((p) => p.value)).toEqual([100, 125, 75]);
  });

  it('rounds indexed values to two decimals and interpolates counts before indexing', () => {
    const { points } = shapeSeries(
      raw([
        ['2014-01-01', 3],
        ['2014-01-02', 4],
        ['2014-01-03', 5],
        ['2014-01-10', 10],
      ]),
      { mode: 'indexed', interpolate: true, maxPoints: 1000 },
    );
    // Day 6 lies 3/7 of the way from 5 to 10: 7.14..., indexed on 3.
    expect(points.map((p) => p.value)).toEqual([100, 133.33, 166.67, 238.1, 333.33]);
    expect(points[3]).toMatchObject({ date: '2014-01-06', interpolated: true });
  });

  it('gives no index for a series whose first count is 0: every value null', () => {
    const { points } = shapeSeries(
      raw([
        ['2014-01-01', 0],
        ['2014-02-01', 10],
      ]),
      { ...absolute, mode: 'indexed' },
    );
    expect(points).toEqual([
      { date: '2014-01-01', value: null },
      { date: '2014-02-01', value: null },
    ]);
  });

  it('downsamples to at most maxPoints, keeping first, last, extremes and the gap', () => {
    const dates: Array<[string, number]> = [];
    const start = toDay('2005-01-01');
    for (let d = 0; d < 3650; d += 1) {
      if (d >= 2000 && d < 2060) continue; // two months without counts
      const count = 1000 + d + (d === 1500 ? 5000 : 0) - (d === 3000 ? 2500 : 0);
      dates.push([new Date((start + d) * 86_400_000).toISOString().slice(0, 10), count]);
    }
    const series = raw(dates);
    const { points, downsampled } = shapeSeries(series, { ...absolute, maxPoints: 200 });
    expect(downsampled).toBe(true);
    expect(points.length).toBeLessThanOrEqual(200);
    expect(points[0]).toEqual({ date: '2005-01-01', value: 1000 });
    expect(points.at(-1)!.date).toBe(dates.at(-1)![0]);
    const values = points.map((p) => p.value);
    expect(values).toContain(1000 + 1500 + 5000);
    expect(values).toContain(1000 + 3000 - 2500);
    const gap = points.findIndex((p) => p.value === null);
    expect(points[gap - 1]!.date).toBe(dates[1999]![0]);
    expect(points[gap + 1]!.date).toBe(dates[2000]![0]);
    expect(points.filter((p) => p.value === null)).toHaveLength(1);
  });

  it('shows only the widest gaps when a long series has more gaps than it can show', () => {
    // Weekly counts with 300 one-off missing weeks... and every other week missing in one year.
    const days: number[] = [];
    for (let d = 0; d < 5000; d += 1) if (d % 7 !== 3 || d > 4000) days.push(d);
    for (let d = 5001; d < 5400; d += 1) if (d % 2 === 0) days.push(d + 30);
    const series = { days, counts: days.map((d) => d) };
    const { points } = shapeSeries(series, { ...absolute, maxPoints: 100 });
    expect(points.length).toBeLessThanOrEqual(100);
    expect(points.filter((p) => p.value === null).length).toBeLessThanOrEqual(10);
  });

  it('returns nothing for no counts', () => {
    expect(shapeSeries({ days: [], counts: [] }, absolute)).toEqual({ points: [], downsampled: false });
  });
});
