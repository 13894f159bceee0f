import { describe, expect, it } from 'vitest';
import { csvCell, csvLine } from '../../../../src-main/core/exports/csvWriter';
import { isFormulaLike, neutraliseFormula } from '../../../../src-main/core/exports/formulaInjection';
import { TextCells } from '../../../../src-main/core/exports/textCells';

/**
 * The one sanitiser every .xlsx and .csv writer uses (tests/unit/architecture/formulaSanitiser.test.ts
 * checks that they do). Each trigger, the leading-space variants, and what it leaves alone.
 */
describe('neutraliseFormula', () => {
  it.each([
    ['=', "=cmd|' /C calc'!A0"],
    ['=', '=HYPERLINK("http://evil.example","klik")'],
    ['+', '+32 15 29 76 54'],
    ['-', "-2+3+cmd|' /C calc'!A0"],
    ['@', "@SUM(1+1)*cmd|' /C calc'!A0"],
    ['tab', '\t=1+1'],
    ['carriage return', '\r=1+1'],
    ['a lone trigger', '='],
  ])('puts an apostrophe before a text starting with %s: %j', (_, text) => {
    expect(isFormulaLike(text)).toBe(true);
    expect(neutraliseFormula(text)).toBe(`'${text}`);
  });

  // Decision: spaces before a trigger count (an import that trims spaces would hand the formula on).
  it.each([' =1+1', '   @SUM(A1)', '\u00a0=1+1', '\n=1+1', ' \n -1'])('also neutralises %j (leading spaces)', (text) => {
    expect(neutraliseFormula(text)).toBe(`'${text}`);
  });

  it.each([
    'Stadsbestuur Mechelen',
    '',
    '   ',
    "'al tekst",
    'www.mechelen.be',
    'a=b',
    'Cultuurcentrum - Mechelen',
    '＝1+1', // full-width equals sign: text in both programs
    '<img src=x onerror=alert(1)>',
  ])('leaves %j alone', (text) => {
    expect(isFormulaLike(text)).toBe(false);
    expect(neutraliseFormula(text)).toBe(text);
  });

  it('is idempotent: a neutralised text is not neutralised again', () => {
    const once = neutraliseFormula('=1+1');
    expect(neutraliseFormula(once)).toBe(once);
  });
});

describe('the writers around it', () => {
  it('CSV: texts are neutralised, numbers are not (a negative number stays a number)', () => {
    expect(csvCell('=1+1')).toBe("'=1+1");
    expect(csvCell(' =1+1')).toBe("' =1+1");
    expect(csvCell('-1')).toBe("'-1");
    expect(csvCell(-1)).toBe('-1');
    expect(csvCell(-1.5)).toBe('-1,5');
    expect(csvCell(null)).toBe('');
    expect(csvCell(undefined)).toBe('');
    expect(csvLine(['@x', 2, null, '=y;z'])).toBe(`'@x;2;;"'=y;z"\r\n`);
  });

  it('xlsx: TextCells neutralises and counts what it changed', () => {
    const texts = new TextCells();
    expect(texts.text('=1+1')).toBe("'=1+1");
    expect(texts.text('Mechelen')).toBe('Mechelen');
    expect(texts.text('@ToerismeMech')).toBe("'@ToerismeMech");
    expect(texts.neutralised).toBe(2);
  });
});
