import { describe, expect, it } from 'vitest';
import { centsToEditText, EURO_PARSE_MESSAGES, MAX_AMOUNT_CENTS, parseEuro } from '../../../shared/domain/money';

describe('parseEuro (amounts as people type them, to integer cents)', () => {
  it.each([
    ['1.234,56', 123456, 'nl-BE with thousands dot and decimal comma'],
    ['1234.56', 123456, 'plain with a decimal point'],
    ['1234,56', 123456, 'plain with a decimal comma'],
    ['€ 1.234,56', 123456, 'with the euro sign'],
    ['€1234,56', 123456, 'euro sign without space'],
    ['1.234,56 €', 123456, 'euro sign after'],
    ['EUR 60', 6000, 'EUR before'],
    ['60 euro', 6000, 'euro after'],
    ['1 234,56', 123456, 'space between thousands'],
    ['1\u00a0234,56', 123456, 'non-breaking space between thousands (as Excel copies)'],
    ['-12,50', -1250, 'a credit note'],
    ['\u221212,50', -1250, 'a credit note with a typographic minus'],
    ['+12,50', 1250, 'an explicit plus'],
    ['1.234', 123400, 'a lone dot before three digits groups thousands'],
    ['1,234', 123400, 'a lone comma before three digits groups thousands'],
    ['1.234.567', 123456700, 'several thousands dots'],
    ['1,234,567.89', 123456789, 'English thousands commas and decimal point'],
    ['1.234.567,89', 123456789, 'nl-BE thousands dots and decimal comma'],
    ['1,234.56', 123456, 'both separators: the last one is the decimal one'],
    ['1.234,5', 123450, 'one decimal'],
    ['1,5', 150, 'a decimal comma with one decimal'],
    ['12,5', 1250, 'two digits and one decimal'],
    ['60', 6000, 'whole euros'],
    ['0,01', 1, 'one cent'],
    [',50', 50, 'cents only'],
    ['  60,00  ', 6000, 'surrounding spaces'],
    ['100.000.000,00', MAX_AMOUNT_CENTS, 'the largest amount'],
  ])('reads %j as %i cents (%s)', (text, cents) => {
    expect(parseEuro(text)).toEqual({ ok: true, cents });
  });

  it('reads a minus zero as zero, not as -0', () => {
    const parsed = parseEuro('-0,00');
    expect(parsed).toEqual({ ok: true, cents: 0 });
    expect(Object.is(parsed.ok && parsed.cents, 0)).toBe(true);
  });

  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['€', 'empty'],
    ['1,234.567', 'decimals'],
    ['1.234,567', 'decimals'],
    ['12.3456', 'decimals'],
    // After a lone 0 three digits are decimals, not a thousands group: not 500 euro.
    ['0,500', 'decimals'],
    ['0.125', 'decimals'],
    ['000.500', 'decimals'],
    ['1.23.4', 'format'],
    ['12.34.567', 'format'],
    ['1.2345,00', 'format'],
    ['12a', 'format'],
    ['twaalf', 'format'],
    ['--12', 'format'],
    ['-+12', 'format'],
    ['12-', 'format'],
    ['1,2,3.4,5', 'format'],
    ['.', 'format'],
    ['100.000.000,01', 'too_large'],
    ['99999999999999999999', 'too_large'],
  ] as const)('refuses %j (%s)', (text, reason) => {
    expect(parseEuro(text)).toEqual({ ok: false, reason });
  });

  it('has a Dutch and an English message for every reason it refuses', () => {
    for (const reason of ['empty', 'format', 'decimals', 'too_large'] as const) {
      expect(EURO_PARSE_MESSAGES[reason].nl.length).toBeGreaterThan(0);
      expect(EURO_PARSE_MESSAGES[reason].en.length).toBeGreaterThan(0);
      expect(EURO_PARSE_MESSAGES[reason].nl).not.toBe(EURO_PARSE_MESSAGES[reason].en);
    }
  });
});

describe('centsToEditText (what an amount editor starts from)', () => {
  it.each([
    [123456, '1234,56'],
    [6000, '60,00'],
    [5, '0,05'],
    [0, '0,00'],
    [-1250, '-12,50'],
    [-5, '-0,05'],
  ])('writes %i cents as %j', (cents, text) => {
    expect(centsToEditText(cents)).toBe(text);
  });

  it('reads back as the same cents, whatever the amount', () => {
    for (const cents of [0, 1, 99, 100, 101, 99999, 100000, 123456, 1234567, -1, -100000, MAX_AMOUNT_CENTS, -MAX_AMOUNT_CENTS]) {
      expect(parseEuro(centsToEditText(cents)), String(cents)).toEqual({ ok: true, cents });
    }
  });
});
