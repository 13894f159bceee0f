import { describe, expect, it } from 'vitest';
import { eachCoverage } from '../../../../src-main/core/costOverview/coverage';
import { dayWindow, eachOccurrence, type CostSchedule, type DayWindow } from '../../../../src-main/core/costOverview/occurrences';
import { fromDay } from '../../../../src-main/core/growth/days';

const window = (from: string, to: string, asOf = '2200-12-31') => dayWindow({ from, to, asOf });

function occurrences(schedule: CostSchedule, days: DayWindow) {
  const found: Array<{ day: number; month: number; next: number | null }> = [];
  eachOccurrence(schedule, days, (day, month, next) => found.push({ day, month, next }));
  return found;
}
const dates = (schedule: CostSchedule, from: string, to: string, asOf?: string) =>
  occurrences(schedule, window(from, to, asOf)).map((occurrence) => fromDay(occurrence.day));
function periods(schedule: CostSchedule, from: string, to: string, asOf?: string): string[] {
  const found: string[] = [];
  const reached = eachCoverage(schedule, window(from, to, asOf), (first, last) =>
    found.push(`${fromDay(first)}..${fromDay(last)}`),
  );
  expect(reached).toBe(found.length > 0);
  return found;
}

describe('occurrences', () => {
  it('clamps the day to the month end, always counted from the start date (no drift)', () => {
    const monthly: CostSchedule = { startDate: '2016-01-31', endDate: null, recurrence: 'monthly' };
    expect(dates(monthly, '2016-01-01', '2016-06-30')).toEqual([
      '2016-01-31',
      '2016-02-29',
      '2016-03-31',
      '2016-04-30',
      '2016-05-31',
      '2016-06-30',
    ]);
    expect(dates({ ...monthly, startDate: '2015-01-31' }, '2015-01-01', '2015-03-31')).toEqual([
      '2015-01-31',
      '2015-02-28',
      '2015-03-31',
    ]);
    // Quarterly from 30/11: 28/02, then 30/05 again, not 28/05.
    expect(dates({ startDate: '2014-11-30', endDate: null, recurrence: 'quarterly' }, '2014-01-01', '2015-12-31')).toEqual([
      '2014-11-30',
      '2015-02-28',
      '2015-05-30',
      '2015-08-30',
      '2015-11-30',
    ]);
    // Yearly from a leap day: 28/02 in common years, 29/02 again in 2020.
    expect(dates({ startDate: '2016-02-29', endDate: null, recurrence: 'yearly' }, '2016-01-01', '2020-12-31')).toEqual([
      '2016-02-29',
      '2017-02-28',
      '2018-02-28',
      '2019-02-28',
      '2020-02-29',
    ]);
  });

  it('stops at the end date, and a running line at asOf', () => {
    const monthly: CostSchedule = { startDate: '2014-01-15', endDate: '2014-04-14', recurrence: 'monthly' };
    expect(dates(monthly, '2014-01-01', '2014-12-31')).toEqual(['2014-01-15', '2014-02-15', '2014-03-15']);
    expect(dates({ ...monthly, endDate: '2014-04-15' }, '2014-01-01', '2014-12-31')).toHaveLength(4);
    const running: CostSchedule = { startDate: '2014-01-15', endDate: null, recurrence: 'monthly' };
    expect(dates(running, '2014-01-01', '2014-12-31', '2014-03-20')).toEqual(['2014-01-15', '2014-02-15', '2014-03-15']);
    expect(dates(running, '2014-01-01', '2014-12-31', '2014-01-14')).toEqual([]);
    // An end date in the future is a contract: it runs to its end whatever asOf says.
    expect(dates({ ...running, endDate: '2014-05-31' }, '2014-01-01', '2014-12-31', '2014-02-01')).toHaveLength(5);
  });

  it('starts at the occurrence that covers the window start, and gives the next date for its period', () => {
    const yearly: CostSchedule = { startDate: '2010-07-01', endDate: null, recurrence: 'yearly' };
    expect(dates(yearly, '2014-01-01', '2015-12-31')).toEqual(['2013-07-01', '2014-07-01', '2015-07-01']);
    expect(dates(yearly, '2014-07-01', '2015-12-31')).toEqual(['2014-07-01', '2015-07-01']);
    expect(dates(yearly, '2014-07-02', '2015-12-31')).toEqual(['2014-07-01', '2015-07-01']);
    const [first] = occurrences(yearly, window('2014-01-01', '2014-12-31'));
    expect(fromDay(first!.next!)).toBe('2014-07-01');
  });

  it('dates a one-off line on its start date, whatever asOf says', () => {
    const once: CostSchedule = { startDate: '2013-12-31', endDate: null, recurrence: 'once' };
    expect(dates(once, '2013-01-01', '2013-12-31', '2013-01-01')).toEqual(['2013-12-31']);
    expect(dates(once, '2013-01-01', '2013-12-30')).toEqual([]);
    expect(occurrences(once, window('2013-01-01', '2013-12-31'))[0]!.next).toBeNull();
  });
});

describe('coverage: what an occurrence pays for', () => {
  it('runs a recurring occurrence to the day before the next one, the last one cut at the end date', () => {
    const monthly: CostSchedule = { startDate: '2014-01-15', endDate: '2014-03-31', recurrence: 'monthly' };
    expect(periods(monthly, '2014-01-01', '2014-12-31')).toEqual([
      '2014-01-15..2014-02-14',
      '2014-02-15..2014-03-14',
      '2014-03-15..2014-03-31',
    ]);
  });

  it('lets the last invoice of a running line pay for its whole period, past asOf', () => {
    const quarterly: CostSchedule = { startDate: '2014-01-01', endDate: null, recurrence: 'quarterly' };
    expect(periods(quarterly, '2014-01-01', '2014-12-31', '2014-05-10')).toEqual([
      '2014-01-01..2014-03-31',
      '2014-04-01..2014-06-30',
    ]);
  });

  it('covers startDate..endDate for a one-off with a period, and its one day without', () => {
    expect(periods({ startDate: '2016-01-01', endDate: '2016-12-31', recurrence: 'once' }, '2016-01-01', '2016-12-31')).toEqual([
      '2016-01-01..2016-12-31',
    ]);
    expect(periods({ startDate: '2016-03-05', endDate: null, recurrence: 'once' }, '2016-01-01', '2016-12-31')).toEqual([
      '2016-03-05..2016-03-05',
    ]);
  });

  it('keeps only periods that reach into the window', () => {
    const yearly: CostSchedule = { startDate: '2013-07-01', endDate: null, recurrence: 'yearly' };
    expect(periods(yearly, '2014-01-01', '2014-12-31')).toEqual(['2013-07-01..2014-06-30', '2014-07-01..2015-06-30']);
    expect(periods({ ...yearly, endDate: '2013-12-31' }, '2014-01-01', '2014-12-31')).toEqual([]);
    expect(periods({ startDate: '2013-06-01', endDate: '2014-01-01', recurrence: 'once' }, '2014-01-01', '2014-12-31')).toEqual([
      '2013-06-01..2014-01-01',
    ]);
  });
});
