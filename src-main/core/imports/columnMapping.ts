import type { HeaderMatcher } from './headerMatching';
import { importFileError } from './importFileError';
import { cellText, columnLetter, type SheetData, type SheetRow } from './sheetData';

/** What one kind of import maps columns to: its fields, how headers name them, what a row holds. */
export interface ImportFieldSet<F extends string> {
  fields: readonly F[];
  headers: HeaderMatcher<F>;
  /** What the data rows are rows of, for "a header row but no rows of channels below it". */
  rowsOf: { nl: string; en: string };
}

export interface ColumnLayout<F extends string> {
  headerRow: SheetRow;
  dataRows: SheetRow[];
  headers: Array<{ column: number; letter: string; header: string }>;
  mapping: Array<{ column: number; field: F | null; suggested: boolean }>;
  /** field -> column index, for the mapped fields, in the field set's order. */
  columns: Map<F, number>;
}

/**
 * Finds the header row, suggests a field for every column and applies the caller's mapping on
 * top: each entry of `override` replaces the suggestion for its column (field null = ignore the
 * column); columns it does not name keep the suggestion. A field may be mapped to one column only.
 */
export function layOutColumns<F extends string>(
  sheet: SheetData,
  override: Array<{ column: number; field: F | null }> | undefined,
  fieldSet: ImportFieldSet<F>,
): ColumnLayout<F> {
  const where = sheet.sheet !== null ? { nl: ` (blad '${sheet.sheet}')`, en: ` (sheet '${sheet.sheet}')` } : { nl: '', en: '' };
  if (sheet.rows.length === 0) {
    throw importFileError(
      'no_header',
      `Het bestand${where.nl} bevat geen gegevens: er is geen kopregel en geen enkele rij.`,
      `The file${where.en} holds no data: there is no header row and no row at all.`,
    );
  }
  const headerIndex = fieldSet.headers.findHeaderRow(sheet.rows);
  const headerRow = sheet.rows[headerIndex]!;
  const dataRows = sheet.rows.slice(headerIndex + 1);
  if (dataRows.length === 0) {
    throw importFileError(
      'no_data',
      `Het bestand${where.nl} heeft een kopregel (rij ${headerRow.row}) maar geen rijen met ${fieldSet.rowsOf.nl} eronder.`,
      `The file${where.en} has a header row (row ${headerRow.row}) but no rows of ${fieldSet.rowsOf.en} below it.`,
    );
  }
  const width = usedWidth([headerRow, ...dataRows]);
  const headers = Array.from({ length: width }, (_, column) => ({
    column,
    letter: columnLetter(column),
    header: cellText(headerRow.cells[column]).trim(),
  }));
  const suggested = fieldSet.headers.suggest(
    headers.map((h) => h.header),
    (column) => dataRows.slice(0, 200).map((row) => cellText(row.cells[column])),
  );

  const overridden = new Map<number, F | null>();
  for (const entry of override ?? []) {
    if (entry.column >= width) {
      throw importFileError(
        'mapping',
        `De koppeling noemt kolom ${columnLetter(entry.column)}, maar het bestand heeft maar ${width} kolommen (tot ${columnLetter(width - 1)}).`,
        `The mapping names column ${columnLetter(entry.column)}, but the file has only ${width} columns (up to ${columnLetter(width - 1)}).`,
      );
    }
    if (overridden.has(entry.column)) {
      throw importFileError(
        'mapping',
        `De koppeling noemt kolom ${columnLetter(entry.column)} twee keer.`,
        `The mapping names column ${columnLetter(entry.column)} twice.`,
      );
    }
    overridden.set(entry.column, entry.field);
  }
  const mapping = headers.map(({ column }) =>
    overridden.has(column)
      ? { column, field: overridden.get(column)!, suggested: false }
      : { column, field: suggested[column] ?? null, suggested: suggested[column] != null },
  );

  const columns = new Map<F, number>();
  for (const { column, field } of mapping) {
    if (field === null) continue;
    const other = columns.get(field);
    if (other !== undefined) {
      throw importFileError(
        'mapping',
        `Kolom ${columnLetter(other)} en kolom ${columnLetter(column)} zijn allebei gekoppeld aan '${field}'; een veld kan maar uit één kolom komen.`,
        `Columns ${columnLetter(other)} and ${columnLetter(column)} are both mapped to '${field}'; a field can come from one column only.`,
        { field, columns: [other, column] },
      );
    }
    columns.set(field, column);
  }
  // Keep the contract's field order stable for callers that iterate the map.
  const ordered = new Map(
    fieldSet.fields.filter((field) => columns.has(field)).map((field) => [field, columns.get(field)!] as const),
  );
  return { headerRow, dataRows, headers, mapping, columns: ordered };
}

/** Columns up to the rightmost non-blank cell of any row (trailing empty CSV fields do not count). */
function usedWidth(rows: SheetRow[]): number {
  let width = 0;
  for (const { cells } of rows) {
    for (let column = cells.length - 1; column >= width; column -= 1) {
      if (cellText(cells[column]).trim() !== '') {
        width = column + 1;
        break;
      }
    }
  }
  return width;
}

/** The first data rows as read, every column as text, for the preview table. */
export function sampleRows<F extends string>(layout: ColumnLayout<F>, count: number): Array<{ row: number; values: string[] }> {
  return layout.dataRows.slice(0, count).map((row) => ({
    row: row.row,
    values: layout.headers.map(({ column }) => cellText(row.cells[column])),
  }));
}
