import type { ImportProblem } from '../../../shared/domain/spreadsheetImport';
import type { CostLineFields } from '../../../shared/domain/cost';
import type { CostImportField } from '../../../shared/domain/costImport';
import type { ColumnLayout } from './columnMapping';
import type { CostImportLookups } from './costImportLookups';
import { readCostRow } from './costImportRows';
import { normaliseHeader } from './headerMatching';
import { placedProblem } from './importProblems';
import { cellText, type SheetRow } from './sheetData';

export interface CostImportPlan {
  /** Data rows, without total lines. */
  rowCount: number;
  /** Every problem, in row order (mapping problems first). */
  problems: ImportProblem[];
  lines: Array<{ row: number; fields: CostLineFields }>;
  /** Sum of the amounts of the lines that would be imported. */
  validAmountCents: number;
}

/**
 * The whole cost import decided against the register as it is now, without writing anything:
 * each row becomes a cost line or a list of problems. Total lines at the bottom of a finance
 * list ("Totaal", no channel, no organisation) are not costs and are left out.
 */
export function planCostImport(
  layout: ColumnLayout<CostImportField>,
  sheet: string | null,
  lookups: CostImportLookups,
): CostImportPlan {
  const dataRows = layout.dataRows.filter((row) => !isTotalRow(row, layout.columns));
  const mappingProblems = checkMapping(layout.columns, sheet, layout.headerRow.row);
  if (mappingProblems.length > 0) {
    return { rowCount: dataRows.length, problems: mappingProblems, lines: [], validAmountCents: 0 };
  }
  const problems: ImportProblem[] = [];
  const lines: CostImportPlan['lines'] = [];
  let validAmountCents = 0;
  for (const source of dataRows) {
    const result = readCostRow(source, layout.columns, sheet, lookups);
    problems.push(...result.problems);
    if (result.fields) {
      lines.push({ row: result.row, fields: result.fields });
      validAmountCents += result.fields.amountCents;
    }
  }
  return { rowCount: dataRows.length, problems, lines, validAmountCents };
}

/** Without these columns no row can be read: say so once, not on every row. */
function checkMapping(columns: Map<CostImportField, number>, sheet: string | null, headerRow: number): ImportProblem[] {
  const where = { sheet, row: headerRow, column: null };
  const missing = (field: CostImportField, nl: string, en: string) =>
    placedProblem(
      where,
      field,
      `geen enkele kolom is gekoppeld aan ${nl}; koppel er een kolom aan`,
      `no column is mapped to ${en}; map a column to it`,
    );
  const problems: ImportProblem[] = [];
  if (!columns.has('channel') && !columns.has('organisation')) {
    problems.push(
      placedProblem(
        where,
        'channel',
        'geen enkele kolom is gekoppeld aan het kanaal of de organisatie; koppel er minstens één',
        'no column is mapped to the channel or the organisation; map at least one of them',
      ),
    );
  }
  if (!columns.has('category')) problems.push(missing('category', 'de categorie', 'the category'));
  if (!columns.has('amount')) problems.push(missing('amount', 'het bedrag', 'the amount'));
  if (!columns.has('startDate')) problems.push(missing('startDate', 'de datum', 'the date'));
  return problems;
}

const TOTAL_WORDS = /^(sub|eind)?(totaal|totalen|total|totals)\b|^grand total\b/;

/** A "Totaal" line: no owner, and its first filled text cell starts with a word for total. */
function isTotalRow(row: SheetRow, columns: Map<CostImportField, number>): boolean {
  const filled = (field: CostImportField) => {
    const column = columns.get(field);
    return column !== undefined && cellText(row.cells[column]).trim() !== '';
  };
  if (filled('channel') || filled('organisation')) return false;
  const first = row.cells.map((cell) => cellText(cell).trim()).find((text) => text !== '' && !/^[-\d.,\s€]+$/.test(text));
  return first !== undefined && TOTAL_WORDS.test(normaliseHeader(first));
}
