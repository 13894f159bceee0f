import type ExcelJS from 'exceljs';
import { isoToDate } from './docxFormat';
import type { CellValue, ColumnType, ExportColumn } from './exportColumns';
import type { TextCells } from './textCells';

type WorkbookWriter = ExcelJS.stream.xlsx.WorkbookWriter;

/**
 * Number formats: real numbers and dates that Excel in nl-BE shows as 1.234, € 1.234,56 and
 * 02/09/2014. "[$-813]" marks the format as Dutch (Belgium): Excel keeps using the reader's own
 * separators, LibreOffice uses the Belgian ones whatever the system's language is.
 */
export const XLSX_FORMATS = {
  count: '[$-813]#,##0',
  year: '0',
  euro: '[$-813]"€ "#,##0.00',
  date: 'dd/mm/yyyy',
} as const;

/** The workbook's default font (exceljs's styles.xml): a font without a name would fall back to another one. */
const FONT: Partial<ExcelJS.Font> = { name: 'Calibri', family: 2, size: 11 };

const HEADER_STYLE: Partial<ExcelJS.Style> = {
  font: { ...FONT, bold: true },
  fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDE7F2' } },
  border: { bottom: { style: 'thin', color: { argb: 'FF7F8FA6' } } },
};

/** Cells sit at the top of their row; texts longer than their column wrap inside it (notes, long names). */
const TOP: Partial<ExcelJS.Alignment> = { vertical: 'top' };

const CELL_STYLES: Record<ColumnType, Partial<ExcelJS.Style>> = {
  text: { alignment: { ...TOP, wrapText: true } },
  count: { numFmt: XLSX_FORMATS.count, alignment: TOP },
  year: { numFmt: XLSX_FORMATS.year, alignment: TOP },
  euro: { numFmt: XLSX_FORMATS.euro, alignment: TOP },
  date: { numFmt: XLSX_FORMATS.date, alignment: TOP },
  link: { font: { ...FONT, color: { argb: 'FF0563C1' }, underline: true }, alignment: TOP },
};

const NOTICE_STYLE: Partial<ExcelJS.Style> = { font: { ...FONT, bold: true, color: { argb: 'FFC00000' } } };
const TITLE_STYLE: Partial<ExcelJS.Style> = { font: { ...FONT, bold: true, size: 12 } };
const NOTE_STYLE: Partial<ExcelJS.Style> = { font: { ...FONT, italic: true } };

const MIN_WIDTH = 6;
const MAX_WIDTH = 60;
/** Points per line of 11-point text, and the most lines a row grows to (the rest stays in the cell). */
const LINE_HEIGHT = 15;
const MAX_LINES = 12;

export interface SheetLayout {
  /** Column widths in characters (see columnWidths). */
  widths: number[];
  /** Rows above the first header: what the reader must know first (a fictitious register, a cut-off). */
  notices: string[];
  /** Columns that stay in view when scrolling sideways (the channel's name in the wide Groei sheet). */
  frozenColumns?: number;
  /** Printed pages are as wide as the table (default); false for a table too wide to shrink (the wide Groei sheet). */
  fitToWidth?: boolean;
}

/**
 * One worksheet of the streaming workbook, written top to bottom and committed row by row, so
 * memory does not grow with the number of rows. The layout is fixed when the sheet is opened
 * (the streaming writer writes the frozen panes and column widths before the first row): the
 * notices, then the first header row, which stays frozen in view.
 */
export class SheetWriter {
  private rowNumber = 0;
  private readonly sheet: ExcelJS.Worksheet;
  private readonly widths: readonly number[];

  constructor(
    workbook: WorkbookWriter,
    name: string,
    layout: SheetLayout,
    private readonly texts: TextCells,
  ) {
    const headerRow = layout.notices.length + 1;
    this.widths = layout.widths;
    const fit = layout.fitToWidth !== false;
    this.sheet = workbook.addWorksheet(name, {
      views: [{ state: 'frozen', ySplit: headerRow, xSplit: layout.frozenColumns ?? 0 }],
      // Printed: A4 landscape, the header row (and frozen columns) on every page, page numbers in the footer.
      pageSetup: {
        paperSize: 9,
        orientation: 'landscape',
        fitToPage: fit,
        fitToWidth: 1,
        fitToHeight: 0,
        margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.6, header: 0.3, footer: 0.3 },
        printTitlesRow: `${headerRow}:${headerRow}`,
        ...(layout.frozenColumns && { printTitlesColumn: `A:${String.fromCharCode(64 + layout.frozenColumns)}` }),
      },
      headerFooter: { oddFooter: '&L&A&RPagina &P van &N' },
    });
    this.sheet.columns = layout.widths.map((width) => ({ width }));
    for (const notice of layout.notices) this.styledText(notice, NOTICE_STYLE);
  }

  /** A header row (texts, then real dates for date columns); returns its row number. */
  header(texts: readonly string[], dates: readonly string[] = []): number {
    const row = this.nextRow();
    texts.forEach((text, index) => {
      const cell = row.getCell(index + 1);
      cell.value = this.texts.text(text);
      cell.style = HEADER_STYLE;
    });
    dates.forEach((date, index) => {
      const cell = row.getCell(texts.length + index + 1);
      cell.value = isoToDate(date);
      cell.style = { ...HEADER_STYLE, numFmt: XLSX_FORMATS.date };
    });
    row.commit();
    return this.rowNumber;
  }

  row(types: readonly ColumnType[], values: readonly CellValue[]): void {
    const row = this.nextRow();
    values.forEach((value, index) => {
      if (value === null || value === '') return;
      const cell = row.getCell(index + 1);
      const type = types[index]!;
      cell.value = this.cellValue(type, value);
      cell.style = CELL_STYLES[type];
    });
    const lines = Math.max(
      1,
      ...values.map((value, index) => (types[index] === 'text' ? wrappedLines(value, this.widths[index]) : 1)),
    );
    // Neither Excel nor LibreOffice reliably grows a row for wrapped text when opening a file: say how high it is.
    if (lines > 1) row.height = Math.min(lines, MAX_LINES) * LINE_HEIGHT;
    row.commit();
  }

  /** Header and rows of one table; returns the rows it spans (for the autofilter). */
  table<R>(columns: readonly ExportColumn<R>[], rows: Iterable<R>): { headerRow: number; lastRow: number } {
    const headerRow = this.header(columns.map((column) => column.header));
    const types = columns.map((column) => column.type);
    for (const row of rows)
      this.row(
        types,
        columns.map((column) => column.value(row)),
      );
    return { headerRow, lastRow: this.rowNumber };
  }

  /** A section heading (the "Partnerprojecten" block, "Totaal per kanaal"). */
  title(text: string): void {
    this.styledText(text, TITLE_STYLE);
  }

  note(text: string): void {
    this.styledText(text, NOTE_STYLE);
  }

  blank(): void {
    this.rowNumber += 1;
  }

  /** The autofilter buttons on a table's header, over its rows. */
  filter(table: { headerRow: number; lastRow: number }, columnCount: number): void {
    this.sheet.autoFilter = {
      from: { row: table.headerRow, column: 1 },
      to: { row: Math.max(table.headerRow, table.lastRow), column: columnCount },
    };
  }

  get lastRow(): number {
    return this.rowNumber;
  }

  commit(): void {
    this.sheet.commit();
  }

  private styledText(text: string, style: Partial<ExcelJS.Style>): void {
    const row = this.nextRow();
    const cell = row.getCell(1);
    cell.value = this.texts.text(text);
    cell.style = style;
    row.commit();
  }

  private nextRow(): ExcelJS.Row {
    this.rowNumber += 1;
    return this.sheet.getRow(this.rowNumber);
  }

  private cellValue(type: ColumnType, value: string | number): ExcelJS.CellValue {
    switch (type) {
      case 'count':
      case 'year':
        return value as number;
      case 'euro':
        return (value as number) / 100;
      case 'date':
        return isoToDate(value as string);
      case 'link': {
        const text = this.texts.text(String(value));
        // Only web addresses become links: a link is followed with a click, so no file: or javascript:.
        return /^https?:\/\//i.test(String(value)) ? { text, hyperlink: String(value) } : text;
      }
      case 'text':
        return this.texts.text(String(value));
    }
  }
}

/**
 * Column widths from the content (header and every value), in characters: wide enough for most
 * values, never wider than MAX_WIDTH (long notes wrap in the cell when opened).
 */
export function columnWidths<R>(columns: readonly ExportColumn<R>[], rows: Iterable<R>): number[] {
  // The header leaves room for the autofilter button.
  const widths = columns.map((column) => column.header.length + 3);
  for (const row of rows) {
    columns.forEach((column, index) => {
      if (widths[index]! >= MAX_WIDTH) return;
      const value = column.value(row);
      if (value !== null) widths[index] = Math.max(widths[index]!, displayLength(column.type, value));
    });
  }
  return widths.map((width) => Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, width)) + 2);
}

/** The wider of each column over several tables on one sheet. */
export function widestColumns(...tables: number[][]): number[] {
  const widths: number[] = [];
  for (const table of tables) table.forEach((width, index) => (widths[index] = Math.max(widths[index] ?? 0, width)));
  return widths;
}

function displayLength(type: ColumnType, value: string | number): number {
  switch (type) {
    case 'text':
    case 'link':
      return Math.max(
        ...String(value)
          .split('\n')
          .map((line) => line.length),
      );
    case 'count':
      return groupedLength(Math.round(value as number));
    case 'year':
      return String(value).length;
    case 'euro':
      // "€ " before, ",00" after.
      return groupedLength(Math.trunc((value as number) / 100)) + 5;
    case 'date':
      return 10;
  }
}

/** About how many lines a text takes in a column of this width (characters), when it wraps. */
function wrappedLines(value: CellValue, width: number | undefined): number {
  if (typeof value !== 'string' || width === undefined) return 1;
  const perLine = Math.max(1, width - 1);
  return value.split('\n').reduce((lines, line) => lines + Math.max(1, Math.ceil(line.length / perLine)), 0);
}

/** Length of a whole number written with thousands separators: 1234567 -> "1.234.567" (9). */
function groupedLength(value: number): number {
  const digits = String(Math.abs(value)).length;
  return digits + Math.floor((digits - 1) / 3) + (value < 0 ? 1 : 0);
}
