import { describe, expect, it } from 'vitest';
import type { Recurrence } from '../../../../shared/domain/cost';
import { eachCoverage } from '../../../../src-main/core/costOverview/coverage';
import { lineCentsPerYear } from '../../../../src-main/core/costOverview/lineYears';
import { dayWindow } from '../../../../src-main/core/costOverview/occurrences';
import { spreadOverMonths } from '../../../../src-main/core/costOverview/spreading';

interface Line {
  startDate: string;
  endDate: string | null;
  recurrence: Recurrence;
  amountCents: number;
}

const years = (line: Line, fromYear: number, toYear: number, asOf = '2200-12-31') =>
  lineCentsPerYear(line, dayWindow({ from: `${fromYear}-01-01`, to: `${toYear}-12-31`, asOf }));

/** Cents per month ("2014-01": cents) of every period of the line that reaches into the years. */
function months(line: Line, fromYear: number, toYear: number, asOf = '2200-12-31'): Record<string, number> {
  const found: Record<string, number> = {};
  eachCoverage(line, dayWindow({ from: `${fromYear}-01-01`, to: `${toYear}-12-31`, asOf }), (from, to, month) =>
    spreadOverMonths(line.amountCents, from, to, month, (spreadMonth, cents) => {
      const key = `${Math.floor(spreadMonth / 12)}-${String((spreadMonth % 12) + 1).padStart(2, '0')}`;
      found[key] = (found[key] ?? 0) + cents;
    }),
  );
  return found;
}

describe('a line spread over months and years', () => {
  it('counts a yearly licence of 01/07/2013 half in 2013 (184/365) and the rest in 2014', () => {
    // 365 euro = 100 cents a day: July-December is 184 days, January-June 181.
    expect(
      years({ startDate: '2013-07-01', endDate: '2014-06-30', recurrence: 'yearly', amountCents: 36_500 }, 2013, 2014),
    ).toEqual([18_400, 18_100]);
    // 1000 euro: 100000 x 31/365 = 8493 rem 55/365, x 30/365 = 8219 rem 65/365, x 28/365 = 7671 rem 85/365.
    // Floors add up to 99998: the 2 cents go to February (85) and the first 30-day month, September (65).
    const line: Line = { startDate: '2013-07-01', endDate: '2014-06-30', recurrence: 'yearly', amountCents: 100_000 };
    expect(months(line, 2013, 2014)).toEqual({
      '2013-07': 8493,
      '2013-08': 8493,
      '2013-09': 8220,
      '2013-10': 8493,
      '2013-11': 8219,
      '2013-12': 8493,
      '2014-01': 8493,
      '2014-02': 7672,
      '2014-03': 8493,
      '2014-04': 8219,
      '2014-05': 8493,
      '2014-06': 8219,
    });
    expect(years(line, 2013, 2014)).toEqual([50_411, 49_589]);
  });

  it('spreads a monthly line from 15/12 across the year boundary, the last invoice paying its month after asOf', () => {
    // 100 euro monthly from 15/12/2013, asOf 20/02/2014: invoices 15/12, 15/01, 15/02.
    // 15/12-14/01 is 31 days: December 17 -> 10000 x 17/31 = 5483.87, January 14 -> 4516.13: 5484 + 4516.
    // 15/01-14/02: January 17 -> 5484, February 14 -> 4516. 15/02-14/03 (28 days): 5000 + 5000.
    const line: Line = { startDate: '2013-12-15', endDate: null, recurrence: 'monthly', amountCents: 10_000 };
    expect(months(line, 2013, 2014, '2014-02-20')).toEqual({
      '2013-12': 5484,
      '2014-01': 10_000,
      '2014-02': 9516,
      '2014-03': 5000,
    });
    expect(years(line, 2013, 2014, '2014-02-20')).toEqual([5484, 24_516]);
  });

  it('counts a yearly line from 01/03/2015 over the leap day of 2016', () => {
    // 366 euro yearly, asOf 01/03/2016: the first period 01/03/2015-29/02/2016 is 366 days (100 cents a
    // day): 306 days in 2015, 60 in 2016. The second, 01/03/2016-28/02/2017, is 365 days: per 31-day
    // month 36600 x 31/365 = 3108 rem 180, per 30-day month 3008 rem 80, February 2017 2807 rem 245;
    // floors 36595, the 5 cents to February 2017 and the first four 31-day months (Mar, May, Jul, Aug 2016).
    // 2016: 6000 + 6 x 3108 + 4 + 4 x 3008 = 36684; 2017: 3108 + 2808 = 5916.
    const line: Line = { startDate: '2015-03-01', endDate: null, recurrence: 'yearly', amountCents: 36_600 };
    expect(months(line, 2016, 2016, '2016-03-01')['2016-02']).toBe(2900);
    expect(years(line, 2015, 2017, '2016-03-01')).toEqual([30_600, 36_684, 5916]);
  });

  it('spreads a one-off over its period: 2016 has 366 days, February 29 of them', () => {
    const line: Line = { startDate: '2016-01-01', endDate: '2016-12-31', recurrence: 'once', amountCents: 36_600 };
    const perMonth = months(line, 2016, 2016);
    expect(perMonth['2016-02']).toBe(2900);
    expect(perMonth['2016-12']).toBe(3100);
    expect(years(line, 2016, 2016)).toEqual([36_600]);
    // The same over 2015 (365 days): 36600 / 365 is not whole, but the year still adds up.
    expect(years({ ...line, startDate: '2015-01-01', endDate: '2015-12-31' }, 2015, 2015)).toEqual([36_600]);
  });

  it('books a one-off without period on its day only', () => {
    const prize: Line = { startDate: '2013-12-31', endDate: null, recurrence: 'once', amountCents: 6000 };
    expect(years(prize, 2013, 2014)).toEqual([6000, 0]);
    expect(years(prize, 2014, 2015)).toBeNull();
  });

  it('stops a recurring line at its end date and cuts the last period there', () => {
    // Monthly 15/01-31/03: invoices 15/01, 15/02, 15/03; the last pays 15/03-31/03, all in March.
    const line: Line = { startDate: '2014-01-15', endDate: '2014-03-31', recurrence: 'monthly', amountCents: 3100 };
    // 15/01-14/02: 17 + 14 days of 31 -> 1700 + 1400; 15/02-14/03: 14 + 14 of 28 -> 1550 + 1550.
    expect(months(line, 2014, 2014)).toEqual({ '2014-01': 1700, '2014-02': 2950, '2014-03': 4650 });
    expect(years(line, 2014, 2015)).toEqual([9300, 0]);
    // A yearly line that ends the same year pays its whole amount in that year.
    expect(
      years({ startDate: '2013-07-01', endDate: '2013-12-31', recurrence: 'yearly', amountCents: 36_500 }, 2013, 2014),
    ).toEqual([36_500, 0]);
  });

  it('stops a running line at asOf', () => {
    // Monthly on the 1st (whole months), asOf 10/06/2014: January to June.
    const line: Line = { startDate: '2014-01-01', endDate: null, recurrence: 'monthly', amountCents: 2500 };
    expect(years(line, 2014, 2015, '2014-06-10')).toEqual([15_000, 0]);
    expect(years(line, 2014, 2015, '2015-12-31')).toEqual([30_000, 30_000]);
  });

  it('mirrors a credit note', () => {
    const credit: Line = { startDate: '2013-07-01', endDate: '2014-06-30', recurrence: 'yearly', amountCents: -100_000 };
    expect(years(credit, 2013, 2014)).toEqual([-50_411, -49_589]);
  });

  it('gives a year the same figure whichever range it is asked in', () => {
    const line: Line = { startDate: '2011-05-31', endDate: null, recurrence: 'quarterly', amountCents: 99_999 };
    const long = years(line, 2011, 2016, '2016-12-31')!;
    for (let year = 2011; year <= 2016; year += 1) expect(years(line, year, year, '2016-12-31')).toEqual([long[year - 2011]]);
    // Every invoice is counted whole: 23 quarters from 31/05/2011 to 28/11/2016, the last paying into 2017.
    const whole = years(line, 2011, 2017, '2016-12-31')!;
    expect(whole.reduce((sum, cents) => sum + cents, 0)).toBe(23 * 99_999);
  });
});
