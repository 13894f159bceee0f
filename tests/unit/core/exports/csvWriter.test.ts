import { describe, expect, it } from 'vitest';
import { CSV_BOM, csvCell, csvDocument } from '../../../../src-main/core/exports/csvWriter';

describe('csv writer', () => {
  it('quotes separators, quotes and line breaks, and neutralises formulas inside quotes too', () => {
    expect(csvCell('Toerisme; Mechelen')).toBe('"Toerisme; Mechelen"');
    expect(csvCell('zegt "hallo"')).toBe('"zegt ""hallo"""');
    expect(csvCell('lijn 1\nlijn 2')).toBe('"lijn 1\nlijn 2"');
    expect(csvCell('=1+2;3')).toBe(`"'=1+2;3"`);
    expect(csvCell(3107)).toBe('3107');
    expect(csvCell(12.5)).toBe('12,5');
    expect(csvCell(-3)).toBe('-3');
    expect(csvCell(null)).toBe('');
  });

  it('writes a BOM, semicolons and CRLF line ends', () => {
    const text = csvDocument(
      ['Naam', 'Volgers'],
      [
        ['Stadsbestuur Mechelen', 3107],
        ['@ToerismeMech', 209],
      ],
    );
    expect(text.startsWith(CSV_BOM)).toBe(true);
    expect(text.slice(1).split('\r\n')).toEqual(['Naam;Volgers', 'Stadsbestuur Mechelen;3107', "'@ToerismeMech;209", '']);
  });
});
