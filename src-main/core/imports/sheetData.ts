/** A spreadsheet as read, before any meaning is given to it: the same shape for .xlsx and .csv. */

/** A cell that holds an error instead of a value (#REF!, #DIV/0!, or a formula without a stored result). */
export interface CellError {
  error: string;
}

/**
 * A number as the workbook stores it (xlsx only; CSV cells are text). `text` is what the user
 * sees and what text-based fields read; an amount reads `number`, so 1.234 stays one euro and
 * 23.4 cents (refused) instead of being read back from text as 1234 euro.
 */
export interface NumberCell {
  number: number;
  text: string;
}

export type CellValue = string | CellError | NumberCell;

export interface SheetRow {
  /** The row number as the spreadsheet shows it (1-based). */
  row: number;
  /** Index = column (0 = A). Missing or '' = blank. */
  cells: CellValue[];
}

export interface SheetData {
  format: 'xlsx' | 'csv';
  /** Every sheet of a workbook, in workbook order; empty for CSV. */
  sheets: string[];
  sheet: string | null;
  encoding: 'utf-8' | 'windows-1252' | null;
  separator: ',' | ';' | 'tab' | null;
  /** Rows with at least one non-blank cell, in order. */
  rows: SheetRow[];
}

/** Shown for a formula cell whose file holds no calculated value (or an error as its value). */
export const FORMULA_WITHOUT_VALUE = '#FORMULE?';

export function isCellError(value: CellValue | undefined): value is CellError {
  return typeof value === 'object' && 'error' in value;
}

export function isNumberCell(value: CellValue | undefined): value is NumberCell {
  return typeof value === 'object' && 'number' in value;
}

export function cellText(value: CellValue | undefined): string {
  if (value === undefined) return '';
  if (typeof value === 'string') return value;
  return 'error' in value ? value.error : value.text;
}

export function isBlankRow(cells: CellValue[]): boolean {
  return cells.every((cell) => cell === undefined || (typeof cell === 'string' && cell.trim() === ''));
}

/** 0 -> A, 25 -> Z, 26 -> AA. */
export function columnLetter(index: number): string {
  let letters = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

/** A -> 0, AA -> 26; NaN for anything else. */
export function columnIndex(letters: string): number {
  if (!/^[A-Z]{1,3}$/.test(letters)) return Number.NaN;
  let n = 0;
  for (const char of letters) n = n * 26 + (char.charCodeAt(0) - 64);
  return n - 1;
}
