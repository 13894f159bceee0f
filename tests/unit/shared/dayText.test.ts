import { describe, expect, it } from 'vitest';
import { parseDayText } from '../../../shared/domain/dayText';

describe('parseDayText (dates as Belgians type them and spreadsheets show them)', () => {
  it.each([
    ['2014-09-02', '2014-09-02'],
    ['2014-9-2', '2014-09-02'],
    ['02/09/2014', '2014-09-02'],
    ['2/9/2014', '2014-09-02'],
    ['2-9-2014', '2014-09-02'],
    [' 02.09.2014 ', '2014-09-02'],
    ['25/11/2026', '2026-11-25'],
    ['29/02/2016', '2016-02-29'],
    ['29-02-2000', '2000-02-29'],
    ['31.12.2013', '2013-12-31'],
  ])('reads %j as %s (day before month)', (text, iso) => {
    expect(parseDayText(text)).toBe(iso);
  });

  it('never reads month before day: 12/01/2014 is the 12th of January', () => {
    expect(parseDayText('12/01/2014')).toBe('2014-01-12');
    expect(parseDayText('01/12/2014')).toBe('2014-12-01');
    expect(parseDayText('09/25/2014')).toBeNull();
  });

  it.each([
    ['31/02/2014', 'no 31st of February'],
    ['29/02/2014', 'no leap day in 2014'],
    ['29/02/1900', '1900 was no leap year'],
    ['2014-13-01', 'no 13th month'],
    ['00/09/2014', 'no day 0'],
    ['02/09/14', 'a two-digit year is ambiguous'],
    ['2/9-2014', 'mixed separators'],
    ['2014/09/02', 'year first with slashes'],
    ['september 2014', 'words'],
    ['2014-09-02T10:00', 'a time'],
    ['', 'empty'],
    ['   ', 'blank'],
  ])('refuses %j (%s)', (text) => {
    expect(parseDayText(text)).toBeNull();
  });
});
