import type { ImportProblem } from '../../../shared/domain/spreadsheetImport';
import { placedProblem } from './importProblems';
import { FORMULA_WITHOUT_VALUE, cellText, columnLetter, isCellError, type NumberCell, type SheetRow } from './sheetData';

export interface RowCells<F extends string> {
  /** The row's problems so far, in the order they were found. */
  problems: ImportProblem[];
  /** Adds a problem placed in the field's column (or the whole row when the field is not mapped). */
  problem(field: F, nl: string, en: string): void;
  /** The field's cell: trimmed text, a number (xlsx), or '' when unmapped, blank or an error (reported). */
  value(field: F): string | NumberCell;
  /** The field's cell as the text the user sees, trimmed ('' when unmapped, blank or an error). */
  text(field: F): string;
}

/**
 * One data row read through the column mapping. A cell holding an error (#REF!, or a formula
 * without a stored result) is reported in its own column the first time a field reads it, and
 * reads as blank, so the row is refused with the real reason rather than "missing".
 */
export function rowCells<F extends string>(source: SheetRow, columns: Map<F, number>, sheet: string | null): RowCells<F> {
  const problems: ImportProblem[] = [];
  const reported = new Set<F>();
  const problem = (field: F, nl: string, en: string) => {
    const column = columns.get(field);
    problems.push(
      placedProblem({ sheet, row: source.row, column: column === undefined ? null : columnLetter(column) }, field, nl, en),
    );
  };
  const value = (field: F): string | NumberCell => {
    const column = columns.get(field);
    if (column === undefined) return '';
    const cell = source.cells[column];
    if (cell === undefined) return '';
    if (isCellError(cell)) {
      if (reported.has(field)) return '';
      reported.add(field);
      if (cell.error === FORMULA_WITHOUT_VALUE) {
        problem(
          field,
          'de formule in deze cel heeft geen opgeslagen uitkomst (of een fout als uitkomst); open het bestand in Excel, laat het herberekenen en bewaar het opnieuw',
          'the formula in this cell has no stored result (or an error as its result); open the file in Excel, let it recalculate and save it again',
        );
      } else {
        problem(field, `de cel bevat een foutwaarde (${cell.error})`, `the cell holds an error value (${cell.error})`);
      }
      return '';
    }
    return typeof cell === 'string' ? cell.trim() : cell;
  };
  return { problems, problem, value, text: (field) => cellText(value(field)).trim() };
}
