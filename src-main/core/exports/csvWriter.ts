import { neutraliseFormula } from './formulaInjection';

/** A CSV cell: text (neutralised against formulas), a number, or nothing. Dates are ISO text. */
export type CsvCell = string | number | null | undefined;

/**
 * CSV as Excel in nl-BE opens it without an import wizard: UTF-8 with a byte order mark
 * (without it Excel reads the bytes as Windows-1252 and "Sint-Romboutstoren" breaks on
 * accents), ";" between cells (the list separator of a Belgian Windows, because "," is the
 * decimal comma), CRLF line ends, every cell that needs it quoted with doubled quotes.
 * Numbers keep a decimal comma so Excel reads them as numbers.
 */
export const CSV_BOM = '\uFEFF';
const SEPARATOR = ';';

export function csvCell(value: CsvCell): string {
  if (value === null || value === undefined) return '';
  const text = typeof value === 'number' ? String(value).replace('.', ',') : neutraliseFormula(value);
  return /[";\r\n]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvLine(cells: readonly CsvCell[]): string {
  return `${cells.map(csvCell).join(SEPARATOR)}\r\n`;
}

/** The whole file as one string: BOM, header line, rows. */
export function csvDocument(header: readonly string[], rows: Iterable<readonly CsvCell[]>): string {
  let out = CSV_BOM + csvLine(header);
  for (const row of rows) out += csvLine(row);
  return out;
}
