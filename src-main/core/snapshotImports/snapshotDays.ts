import type { ImportProblem } from '../../../shared/domain/spreadsheetImport';
import { placedProblem, quote } from '../imports/importProblems';
import { cellText, columnLetter, isCellError, type CellValue, type SheetRow } from '../imports/sheetData';
import { formatEn, formatNl, MAX_COUNT, parseWholeNumber } from './snapshotCounts';
import { columnDayMonthOrder, parseDateCell } from './snapshotDates';
import type { SnapshotLayout } from './snapshotLayout';

/** One day of the file: its date and its value (the day's gain, or the total). */
export interface FileDay {
  row: number;
  date: string;
  value: number;
}

/** A day as it would be saved. */
export interface PlannedRow {
  row: number;
  date: string;
  gain: number | null;
  total: number | null;
}

/**
 * Reads the dated values of the data rows, oldest first. A bad date, a value that is no whole
 * number, a date twice and a negative total are problems at their row and column; those rows
 * are left out (and the file is not imported while there are problems).
 */
export function readDays(layout: SnapshotLayout, excelSerial: boolean): { days: FileDay[]; problems: ImportProblem[] } {
  const problems: ImportProblem[] = [];
  const problem = (row: SheetRow, column: number, field: 'date' | 'count', nl: string, en: string) =>
    problems.push(placedProblem({ sheet: layout.sheet, row: row.row, column: columnLetter(column) }, field, nl, en));
  const order = columnDayMonthOrder(
    layout.dataRows.map((row) => cellText(row.cells[layout.dateColumn])),
    layout.dayMonthOrder,
  );
  const seen = new Map<string, number>();
  const days: FileDay[] = [];

  for (const row of layout.dataRows) {
    const date = readDate(row.cells[layout.dateColumn], order, excelSerial);
    if ('nl' in date) problem(row, layout.dateColumn, 'date', date.nl, date.en);
    const value = readValue(row, layout);
    if ('nl' in value) problem(row, value.column, 'count', value.nl, value.en);
    else if (!layout.gainsOnly && value.value < 0) {
      problem(
        row,
        value.column,
        'count',
        `een aantal kan niet negatief zijn (${formatNl(value.value)})`,
        `a count cannot be negative (${formatEn(value.value)})`,
      );
      continue;
    }
    if (!('iso' in date)) continue;
    const first = seen.get(date.iso);
    if (first !== undefined) {
      problem(
        row,
        layout.dateColumn,
        'date',
        `${date.iso} staat twee keer in het bestand (ook op rij ${first}); een dag kan maar één aantal hebben`,
        `${date.iso} is in the file twice (also in row ${first}); a day can have one count only`,
      );
      continue;
    }
    seen.set(date.iso, row.row);
    if ('value' in value) days.push({ row: row.row, date: date.iso, value: value.value });
  }
  days.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return { days, problems };
}

function readDate(
  cell: CellValue | undefined,
  order: ReturnType<typeof columnDayMonthOrder>,
  excelSerial: boolean,
): { iso: string } | { nl: string; en: string } {
  if (isCellError(cell)) {
    return { nl: `de datum is een fout (${cell.error})`, en: `the date is an error (${cell.error})` };
  }
  const text = cellText(cell).trim();
  if (text === '') return { nl: 'de datum ontbreekt', en: 'the date is missing' };
  const parsed = parseDateCell(text, { order, excelSerial });
  if ('iso' in parsed) return parsed;
  if (parsed.error === 'ambiguous') {
    return {
      nl: `${quote(text)} kan dag/maand of maand/dag zijn; schrijf de datum als JJJJ-MM-DD`,
      en: `${quote(text)} can be day/month or month/day; write the date as YYYY-MM-DD`,
    };
  }
  return { nl: `${quote(text)} is geen geldige datum`, en: `${quote(text)} is not a valid date` };
}

/** The day's value: one column, or LinkedIn's parts added up (a blank part is 0). */
function readValue(
  row: SheetRow,
  layout: SnapshotLayout,
): { value: number; column: number } | { nl: string; en: string; column: number } {
  let sum = 0;
  let filled = 0;
  for (const { column, sign } of layout.terms) {
    const cell = row.cells[column];
    if (isCellError(cell)) {
      return { nl: `het aantal is een fout (${cell.error})`, en: `the count is an error (${cell.error})`, column };
    }
    const text = cellText(cell).trim();
    if (text === '') continue;
    const number = parseWholeNumber(text);
    if (number === null) {
      return { nl: `${quote(text)} is geen geheel getal`, en: `${quote(text)} is not a whole number`, column };
    }
    sum += sign * number;
    filled += 1;
  }
  const column = layout.terms[0]!.column;
  if (filled === 0) return { nl: 'het aantal ontbreekt', en: 'the count is missing', column };
  return { value: sum, column };
}

/**
 * The rows to save: totals as they are, or daily gains added up from the starting count (the
 * total at the end of the day before the first day). Days the file leaves out (Meta omits days
 * without follows) get no row: nothing is invented. A total that goes below zero is a problem
 * at the first day it does (the starting count is too low, or a day is wrong).
 */
export function planRows(
  days: readonly FileDay[],
  layout: SnapshotLayout,
  startCount: number | null,
): { rows: PlannedRow[]; problems: ImportProblem[] } {
  if (!layout.gainsOnly) {
    return { rows: days.map((day) => ({ row: day.row, date: day.date, gain: null, total: day.value })), problems: [] };
  }
  if (startCount === null) {
    return { rows: days.map((day) => ({ row: day.row, date: day.date, gain: day.value, total: null })), problems: [] };
  }
  const problems: ImportProblem[] = [];
  const rows: PlannedRow[] = [];
  const column = columnLetter(layout.terms[0]!.column);
  let total = startCount;
  let negative: { day: FileDay; total: number; more: number } | null = null;
  let tooLarge: { day: FileDay; total: number } | null = null;
  for (const day of days) {
    total += day.value;
    rows.push({ row: day.row, date: day.date, gain: day.value, total });
    if (total < 0) {
      if (negative) negative.more += 1;
      else negative = { day, total, more: 0 };
    }
    if (total > MAX_COUNT && !tooLarge) tooLarge = { day, total };
  }
  if (negative) {
    const { day, more } = negative;
    const moreNl = more > 0 ? ` (en op ${more === 1 ? '1 latere dag' : `${more} latere dagen`})` : '';
    const moreEn = more > 0 ? ` (and on ${more === 1 ? '1 later day' : `${more} later days`})` : '';
    problems.push(
      placedProblem(
        { sheet: layout.sheet, row: day.row, column },
        'count',
        `het totaal wordt op ${day.date} negatief (${formatNl(negative.total)})${moreNl}: het begintal ${formatNl(startCount)} is te laag, of een dag in het bestand klopt niet`,
        `the total goes below zero on ${day.date} (${formatEn(negative.total)})${moreEn}: the starting count ${formatEn(startCount)} is too low, or a day in the file is wrong`,
      ),
    );
  }
  if (tooLarge) {
    problems.push(
      placedProblem(
        { sheet: layout.sheet, row: tooLarge.day.row, column },
        'count',
        `het totaal wordt op ${tooLarge.day.date} groter dan ${formatNl(MAX_COUNT)}`,
        `the total exceeds ${formatEn(MAX_COUNT)} on ${tooLarge.day.date}`,
      ),
    );
  }
  return { rows, problems };
}
