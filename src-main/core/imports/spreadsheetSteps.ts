import type {
  ImportProblem,
  MappingEntry,
  SpreadsheetFile,
  SpreadsheetImportPreview,
} from '../../../shared/domain/spreadsheetImport';
import { layOutColumns, sampleRows, type ColumnLayout, type ImportFieldSet } from './columnMapping';
import type { ImportLimits } from './importLimits';
import { listProblems, refusedForProblems } from './importProblems';
import { readImportFile } from './readImportFile';
import type { SheetData } from './sheetData';

/**
 * The steps every spreadsheet import takes in the same way, whatever its rows become (channels,
 * cost lines): read the file and lay out its columns, show the file, columns and problems in the
 * preview, and let a commit through only without problems or when the rows with problems are to
 * be left out. The imports differ only in their fields and in how they plan and write the rows.
 */

export interface LaidOutSheet<F extends string> {
  sheet: SheetData;
  layout: ColumnLayout<F>;
}

/** What an import's plan says about the rows: how many were read, their problems, how many can be imported. */
export interface PlannedRows {
  rowCount: number;
  problems: ImportProblem[];
  validRowCount: number;
}

/** The file read as it was sent, and its columns mapped to `fieldSet`'s fields (the caller's mapping over the suggestion). */
export async function readSpreadsheet<F extends string>(
  input: SpreadsheetFile & { mapping?: Array<MappingEntry<F>> | undefined },
  fieldSet: ImportFieldSet<F>,
  limits: ImportLimits,
): Promise<LaidOutSheet<F>> {
  const sheet = await readImportFile(input, limits);
  return { sheet, layout: layOutColumns(sheet, input.mapping, fieldSet) };
}

/** The preview's common part: the file as read, its columns and their mapping, the first rows, the listed problems. */
export function spreadsheetPreview<F extends string>(
  fileName: string,
  { sheet, layout }: LaidOutSheet<F>,
  rows: PlannedRows,
  limits: ImportLimits,
): SpreadsheetImportPreview<F> {
  return {
    fileName,
    format: sheet.format,
    sheets: sheet.sheets,
    sheet: sheet.sheet,
    encoding: sheet.encoding,
    separator: sheet.separator,
    headers: layout.headers,
    mapping: layout.mapping,
    rowCount: rows.rowCount,
    sampleRows: sampleRows(layout, limits.sampleRows),
    problems: listProblems(rows.problems, limits),
    validRowCount: rows.validRowCount,
  };
}

/**
 * Before a commit writes: refused as a whole while there are problems, unless the caller asked to
 * leave those rows out; then the result lists the problems and counts the rows left out.
 */
export function rowsLeftOut(
  rows: PlannedRows,
  skipInvalidRows: boolean | undefined,
  limits: ImportLimits,
): { problems: ImportProblem[]; skipped: number } {
  if (rows.problems.length > 0 && skipInvalidRows !== true) throw refusedForProblems(rows.problems, limits);
  return { problems: listProblems(rows.problems, limits), skipped: rows.rowCount - rows.validRowCount };
}
