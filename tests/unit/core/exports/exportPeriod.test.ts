import { describe, expect, it } from 'vitest';
import { exportFileName } from '../../../../src-main/core/exports/exportFileName';
import { exportPeriod } from '../../../../src-main/core/exports/exportPeriod';

describe('export period', () => {
  it('defaults to the twelve months up to today, with the calendar years they touch', () => {
    expect(exportPeriod({}, '2026-11-25')).toEqual({ from: '2025-11-25', to: '2026-11-25', years: [2025, 2026] });
  });

  it('a year before 29 February is 28 February', () => {
    expect(exportPeriod({ to: '2024-02-29' }, '2026-11-25')).toMatchObject({ from: '2023-02-28', to: '2024-02-29' });
  });

  it('only a start: up to today, or the start itself when that is later', () => {
    expect(exportPeriod({ from: '2013-01-01' }, '2014-09-02')).toEqual({
      from: '2013-01-01',
      to: '2014-09-02',
      years: [2013, 2014],
    });
    expect(exportPeriod({ from: '2030-01-01' }, '2026-11-25')).toEqual({ from: '2030-01-01', to: '2030-01-01', years: [2030] });
  });

  it('keeps a period it is given', () => {
    expect(exportPeriod({ from: '2013-01-01', to: '2013-12-31' }, '2026-11-25')).toEqual({
      from: '2013-01-01',
      to: '2013-12-31',
      years: [2013],
    });
  });
});

describe('export file name', () => {
  it('names the register, the table or variant and the day', () => {
    expect(exportFileName('Voorbeeld Mechelen 2014', { format: 'xlsx' }, '2026-11-25')).toBe(
      'Kanalenregister Voorbeeld Mechelen 2014 2026-11-25.xlsx',
    );
    expect(exportFileName('Stad', { format: 'csv', csv: { table: 'costTotals' } }, '2026-11-25')).toBe(
      'Kanalenregister Stad kostentotalen 2026-11-25.csv',
    );
    expect(exportFileName('Stad', { format: 'csv' }, '2026-11-25')).toBe('Kanalenregister Stad kanalen 2026-11-25.csv');
    expect(exportFileName('Stad', { format: 'docx', docx: { variant: 'tables' } }, '2026-11-25')).toBe(
      'Kanalenregister Stad tabellen 2026-11-25.docx',
    );
    expect(exportFileName('Stad', { format: 'docx' }, '2026-11-25')).toBe('Kanalenregister Stad 2026-11-25.docx');
  });

  it('replaces what Windows refuses in a file name', () => {
    expect(exportFileName('a:b/c\\d*e?"f"<g>|h', { format: 'xlsx' }, '2026-11-25')).toBe(
      'Kanalenregister a-b-c-d-e--f--g--h 2026-11-25.xlsx',
    );
  });
});
