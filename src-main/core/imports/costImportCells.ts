import { parseDayText } from '../../../shared/domain/dayText';
import { EURO_PARSE_MESSAGES, MAX_AMOUNT_CENTS, parseEuro, type EuroParse } from '../../../shared/domain/money';
import { lowerFirst, quote } from './importProblems';
import { isNumberCell, type NumberCell } from './sheetData';

type Read<T> = { ok: true; value: T } | { ok: false; nl: string; en: string };

/**
 * An amount cell: text as people type it ("1.234,56", "€ 12,50", "1234.56") through parseEuro,
 * or a workbook number as stored (12.5 is 1250 cents; 1.234 is one euro and 23.4 cents, refused,
 * never 1234 euro as its text would read). More than two decimals is refused, not rounded.
 */
export function readAmount(cell: string | NumberCell): Read<number> {
  const parsed = isNumberCell(cell) ? centsOfNumber(cell.number) : parseEuro(cell);
  if (parsed.ok) return { ok: true, value: parsed.cents };
  if (parsed.reason === 'empty') return { ok: false, nl: 'het bedrag ontbreekt', en: 'the amount is missing' };
  const shown = quote(isNumberCell(cell) ? cell.text : cell);
  const why = EURO_PARSE_MESSAGES[parsed.reason];
  return {
    ok: false,
    nl: `${shown} is geen geldig bedrag: ${lowerFirst(why.nl)}`,
    en: `${shown} is not a valid amount: ${lowerFirst(why.en)}`,
  };
}

/** Doubles carry noise far below a cent (0.1 + 0.2); anything at a hundredth of a cent or more is a real third decimal. */
const CENT_NOISE = 1e-4;

function centsOfNumber(value: number): EuroParse {
  if (!Number.isFinite(value)) return { ok: false, reason: 'format' };
  const cents = Math.round(value * 100);
  if (Math.abs(value * 100 - cents) >= CENT_NOISE) return { ok: false, reason: 'decimals' };
  if (Math.abs(cents) > MAX_AMOUNT_CENTS) return { ok: false, reason: 'too_large' };
  return { ok: true, cents: cents === 0 ? 0 : cents };
}

/** A workbook date with a time of day (xlsxCells writes "2014-09-02T10:30:00"): the day counts. */
const DATE_TIME = /^(\d{4}-\d{2}-\d{2})T\d{2}:\d{2}(:\d{2})?$/;

/**
 * A date cell: a workbook date (read in UTC, so no time zone moves it a day), or text in the
 * forms parseDayText reads (25/11/2026, 2026-11-25). Blank reads as null; the caller decides
 * whether that is allowed. A bare number is refused: it is a date without date formatting, or
 * no date at all, and guessing either way would put the cost in the wrong year.
 */
export function readDate(cell: string | NumberCell): Read<string | null> {
  if (isNumberCell(cell)) {
    return {
      ok: false,
      nl: `${quote(cell.text)} is een getal, geen datum; geef de cel een datumopmaak of typ de datum als dd/mm/jjjj`,
      en: `${quote(cell.text)} is a number, not a date; give the cell a date format or type the date as dd/mm/yyyy`,
    };
  }
  if (cell === '') return { ok: true, value: null };
  const day = parseDayText(DATE_TIME.exec(cell)?.[1] ?? cell);
  if (day) return { ok: true, value: day };
  return {
    ok: false,
    nl: `${quote(cell)} is geen datum (dd/mm/jjjj of jjjj-mm-dd)`,
    en: `${quote(cell)} is not a date (dd/mm/yyyy or yyyy-mm-dd)`,
  };
}
