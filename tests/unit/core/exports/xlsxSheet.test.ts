import { describe, expect, it } from 'vitest';
import type { ExportColumn } from '../../../../src-main/core/exports/exportColumns';
import { sheetName } from '../../../../src-main/core/exports/xlsxNotices';
import { columnWidths, widestColumns } from '../../../../src-main/core/exports/xlsxSheet';

describe('sheet names', () => {
  it('never hold the characters Excel refuses and stay within 31 characters', () => {
    expect(sheetName('Twitter / X')).toBe('Twitter - X');
    expect(sheetName('a[b]c:d*e?f\\g')).toBe('a - b - c - d - e - f - g');
    expect(sheetName('x'.repeat(40))).toHaveLength(31);
  });
});

describe('column widths', () => {
  const columns: ExportColumn<{ name: string; count: number | null; cents: number }>[] = [
    { header: 'Naam', type: 'text', value: (row) => row.name },
    { header: 'Aantal', type: 'count', value: (row) => row.count },
    { header: 'Bedrag', type: 'euro', value: (row) => row.cents },
  ];

  it('fit the header (with its filter button) and the widest value, within limits', () => {
    const widths = columnWidths(columns, [
      { name: 'Stadsbestuur Mechelen', count: 1234567, cents: 123456 },
      { name: 'x'.repeat(200), count: null, cents: 5 },
    ]);
    // 60 at most for long texts; "1.234.567" is 9 characters; "€ 1.234,56" is 10.
    expect(widths).toEqual([62, 11, 12]);
  });

  it('take the widest of several tables on one sheet', () => {
    expect(widestColumns([10, 20], [15, 5, 8])).toEqual([15, 20, 8]);
  });
});
