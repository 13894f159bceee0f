import { describe, expect, it } from 'vitest';
import { parseTsv, toTsvCell } from '../../../src-renderer/components/grid/tsv';

describe('parseTsv (clipboard from Excel / LibreOffice)', () => {
  it('splits lines and cells and ignores the trailing newline Excel adds', () => {
    expect(parseTsv('Stad Mechelen\tFacebook\r\nBibliotheek Mechelen\tFacebook\r\n')).toEqual([
      ['Stad Mechelen', 'Facebook'],
      ['Bibliotheek Mechelen', 'Facebook'],
    ]);
  });

  it('keeps empty cells, including trailing ones', () => {
    expect(parseTsv('a\t\tc\n\t\t\n')).toEqual([
      ['a', '', 'c'],
      ['', '', ''],
    ]);
  });

  it('reads quoted cells holding tabs, newlines and doubled quotes', () => {
    expect(parseTsv('"regel 1\nregel 2"\t"met ""aanhalingstekens"""\t"a\tb"\n')).toEqual([
      ['regel 1\nregel 2', 'met "aanhalingstekens"', 'a\tb'],
    ]);
  });

  it('treats a quote inside a cell (not at its start) as text', () => {
    expect(parseTsv('12" scherm\tx')).toEqual([['12" scherm', 'x']]);
  });

  it('reads a single cell without newline', () => {
    expect(parseTsv('@ToerismeMech')).toEqual([['@ToerismeMech']]);
  });

  it('round-trips cells through toTsvCell', () => {
    const cells = ['gewoon', 'met\ttab', 'met\nregel', 'met "quote"'];
    expect(parseTsv(`${cells.map(toTsvCell).join('\t')}\n`)).toEqual([cells]);
  });
});
