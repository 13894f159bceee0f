import { describe, expect, it } from 'vitest';
import { addDays, daysBetween } from '../../../../src-main/core/growth/days';
import { periodBuckets } from '../../../../src-main/core/growth/periodBuckets';
import { compareGains, previousPeriod } from '../../../../src-main/core/growth/periodFigures';

describe('period buckets', () => {
  it('cuts a range into months, clipped to the range', () => {
    expect(periodBuckets('month', '2014-01-15', '2014-03-10')).toEqual([
      { period: '2014-01', start: '2014-01-15', end: '2014-01-31' },
      { period: '2014-02', start: '2014-02-01', end: '2014-02-28' },
      { period: '2014-03', start: '2014-03-01', end: '2014-03-10' },
    ]);
  });

  it('cuts into quarters and years across year ends, leap years included', () => {
    expect(periodBuckets('quarter', '2011-11-01', '2012-04-01').map((b) => [b.period, b.start, b.end])).toEqual([
      ['2011-Q4', '2011-11-01', '2011-12-31'],
      ['2012-Q1', '2012-01-01', '2012-03-31'],
      ['2012-Q2', '2012-04-01', '2012-04-01'],
    ]);
    expect(periodBuckets('year', '2012-02-29', '2014-09-02').map((b) => [b.period, b.start, b.end])).toEqual([
      ['2012', '2012-02-29', '2012-12-31'],
      ['2013', '2013-01-01', '2013-12-31'],
      ['2014', '2014-01-01', '2014-09-02'],
    ]);
    expect(periodBuckets('month', '2012-02-01', '2012-02-29')).toEqual([
      { period: '2012-02', start: '2012-02-01', end: '2012-02-29' },
    ]);
  });
});

describe('previous period and comparison', () => {
  it('takes the same number of days, ending the day before', () => {
    // July and August are 62 days; May and June only 61.
    expect(previousPeriod('2013-07-01', '2013-08-31')).toEqual({ from: '2013-04-30', to: '2013-06-30' });
    expect(previousPeriod('2013-12-01', '2013-12-31')).toEqual({ from: '2013-10-31', to: '2013-11-30' });
    expect(previousPeriod('2014-03-01', '2014-03-01')).toEqual({ from: '2014-02-28', to: '2014-02-28' });
    expect(daysBetween('2013-07-01', '2013-08-31')).toBe(62);
    expect(addDays('2012-02-28', 1)).toBe('2012-02-29');
  });

  it('compares gains as a difference and a percentage of the earlier gain’s size', () => {
    expect(compareGains(150, 100)).toEqual({ change: 50, changePct: 50 });
    expect(compareGains(50, 100)).toEqual({ change: -50, changePct: -50 });
    expect(compareGains(10, -10)).toEqual({ change: 20, changePct: 200 });
    expect(compareGains(1, 3)).toEqual({ change: -2, changePct: -66.67 });
    expect(compareGains(10, 0)).toEqual({ change: 10, changePct: null });
    expect(compareGains(null, 10)).toEqual({ change: null, changePct: null });
    expect(compareGains(10, null)).toEqual({ change: null, changePct: null });
  });
});
