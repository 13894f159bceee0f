/**
 * A table of an export as columns of one kind each, so the workbook and the CSV files write the
 * same columns with the same values: text (neutralised against formulas on the way out), a count
 * (whole number, 1.234), a year (a whole number without grouping), money in cents (written as
 * euro), an ISO date (a real date in Excel), or a URL (a hyperlink in Excel, text in CSV).
 */
export type ColumnType = 'text' | 'count' | 'year' | 'euro' | 'date' | 'link';

export type CellValue = string | number | null;

export interface ExportColumn<R> {
  header: string;
  type: ColumnType;
  value: (row: R) => CellValue;
}

/** "Ja", "Nee", or nothing when unknown. */
export function yesNo(value: boolean | null): string | null {
  return value === null ? null : value ? 'Ja' : 'Nee';
}
