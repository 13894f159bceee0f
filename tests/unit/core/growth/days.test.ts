import { describe, expect, it } from 'vitest';
import { parseSeriesText } from '../../../../src-main/core/growth/countsReader';
import { addDays, daysBetween, fromDay, toDay } from '../../../../src-main/core/growth/days';

describe('days', () => {
  it('agree with Date for every day from 1899 to 2101', () => {
    const start = Date.UTC(1899, 0, 1) / 86_400_000;
    const end = Date.UTC(2101, 11, 31) / 86_400_000;
    for (let day = start; day <= end; day += 1) {
      const iso = new Date(day * 86_400_000).toISOString().slice(0, 10);
      if (toDay(iso) !== day || fromDay(day) !== iso) expect([iso, toDay(iso), fromDay(day)]).toEqual([iso, day, iso]);
    }
    expect(toDay('1970-01-01')).toBe(0);
    expect(toDay('2014-09-02')).toBe(16_315);
  });

  it('add and count days across month, year and leap-day ends', () => {
    expect(addDays('2012-02-28', 1)).toBe('2012-02-29');
    expect(addDays('2013-02-28', 1)).toBe('2013-03-01');
    expect(addDays('2013-12-31', 1)).toBe('2014-01-01');
    expect(addDays('2014-01-01', -1)).toBe('2013-12-31');
    expect(daysBetween('2013-12-01', '2013-12-31')).toBe(31);
    expect(daysBetween('2014-09-02', '2014-09-02')).toBe(1);
  });
});

describe('reading a series from SQLite’s one-text form', () => {
  it('reads dates and counts', () => {
    expect(parseSeriesText('2014-09-01:3107,2014-09-02:0,2014-10-01:12345678')).toEqual({
      days: [toDay('2014-09-01'), toDay('2014-09-02'), toDay('2014-10-01')],
      counts: [3107, 0, 12_345_678],
    });
    expect(parseSeriesText('')).toEqual({ days: [], counts: [] });
  });

  it('puts the points in date order should SQLite hand them over in another', () => {
    expect(parseSeriesText('2014-10-01:3,2014-09-01:1,2014-09-15:2')).toEqual({
      days: [toDay('2014-09-01'), toDay('2014-09-15'), toDay('2014-10-01')],
      counts: [1, 2, 3],
    });
  });
});
