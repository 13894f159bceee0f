import type { Readable } from 'node:stream';
import { DomainError } from '../errors';
import type { ImportLimits } from './importLimits';
import { importFileError, tooManyRows } from './importFileError';
import { isBlankRow, type CellValue, type SheetData, type SheetRow } from './sheetData';
import { cellFromWorkbook } from './xlsxCells';
import { applyMerges, mergeCollector } from './xlsxMerges';
import { XlsxParts } from './xlsxParts';
import { readZipDirectory, verifyZipEntries, type ZipEntry } from './zipInspection';

/**
 * exceljs's streaming WorkbookReader, without its zip layer. That layer (unzipper's streaming
 * parse) ends its entry stream while entries are still buffered, so parts of a workbook get
 * lost at random (exceljs issue #3064: "Cannot read properties of undefined (reading 'sheets')",
 * or silently missing shared strings or sheets). The zip is read and checked here instead
 * (zipInspection.ts), and the reader's own part parsers get the parts in the order they need:
 * relationships, workbook, shared strings, styles, then only the chosen worksheet, row by row.
 */
interface StreamingRow {
  number: number;
  values: unknown[];
}
interface StreamingWorksheet extends AsyncIterable<StreamingRow> {
  name: string;
}
interface WorkbookReaderParts {
  workbookRels?: Array<{ Id: string; Target: string }>;
  model?: { sheets?: Array<{ name: string; state?: string; rId: string }> };
  _parseRels(entry: Readable): Promise<void>;
  _parseWorkbook(entry: Readable): Promise<void>;
  _parseSharedStrings(entry: Readable): AsyncIterable<unknown>;
  _parseStyles(entry: Readable): Promise<void>;
  _parseWorksheet(iterator: Readable, sheetNo: string): Iterable<{ eventType: string; value: StreamingWorksheet }>;
}

/**
 * Which sheet to read: its name, or a function that picks one from the workbook's sheet names
 * (undefined: the default, the first visible sheet).
 */
export type SheetChoice = string | ((sheets: string[]) => string | undefined);

export async function readXlsx(
  bytes: Buffer,
  options: { sheet?: SheetChoice | undefined },
  limits: ImportLimits,
): Promise<SheetData> {
  const entries = readZipDirectory(bytes, limits);
  assertWorkbook(entries);
  const merges = new Map<string, Set<string>>();
  await verifyZipEntries(bytes, entries, (entry) => {
    if (!/^xl\/worksheets\/[^/]+\.xml$/.test(entry.name)) return undefined;
    const found = new Set<string>();
    merges.set(entry.name, found);
    return mergeCollector(found);
  });

  const stop = { stopped: false };
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      stop.stopped = true;
      reject(
        importFileError(
          'timeout',
          `Het inlezen van de werkmap duurde langer dan ${Math.round(limits.readTimeoutMs / 1000)} seconden en is gestopt. Bewaar de lijst als CSV of in een kleinere werkmap.`,
          `Reading the workbook took longer than ${Math.round(limits.readTimeoutMs / 1000)} seconds and was stopped. Save the list as CSV or in a smaller workbook.`,
        ),
      );
    }, limits.readTimeoutMs);
  });
  try {
    const read = await Promise.race([readWorkbook(new XlsxParts(bytes, entries), options.sheet, limits, stop), timeout]);
    applyMerges(read.rows, merges.get(read.part) ?? [], limits);
    return { format: 'xlsx', sheets: read.sheets, sheet: read.sheet, encoding: null, separator: null, rows: read.rows };
  } catch (error) {
    stop.stopped = true;
    if (error instanceof DomainError) throw error;
    const detail = error instanceof Error ? error.message.slice(0, 200) : String(error);
    throw importFileError(
      'unreadable',
      `De werkmap kan niet gelezen worden (${detail}). Open ze in Excel en bewaar ze opnieuw, of bewaar ze als CSV.`,
      `The workbook cannot be read (${detail}). Open it in Excel and save it again, or save it as CSV.`,
    );
  } finally {
    clearTimeout(timer);
  }
}

async function readWorkbook(parts: XlsxParts, choice: SheetChoice | undefined, limits: ImportLimits, stop: { stopped: boolean }) {
  const { default: ExcelJS } = await import('exceljs');
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(null as never, {
    worksheets: 'emit',
    sharedStrings: 'cache',
    // Styles tell which numbers are dates; hyperlinks are read as the text shown.
    styles: 'cache',
    hyperlinks: 'ignore',
  }) as unknown as WorkbookReaderParts;
  if (typeof reader._parseWorkbook !== 'function' || typeof reader._parseWorksheet !== 'function') {
    throw new Error('this exceljs version has no part parsers (xlsxReader.ts expects exceljs 4)');
  }

  if (parts.has('xl/_rels/workbook.xml.rels')) await reader._parseRels(parts.open('xl/_rels/workbook.xml.rels'));
  await reader._parseWorkbook(parts.open('xl/workbook.xml'));
  if (parts.has('xl/sharedStrings.xml')) {
    for await (const _ of reader._parseSharedStrings(parts.open('xl/sharedStrings.xml'))) {
      // 'cache' keeps them on the reader; nothing is emitted
    }
  }
  if (parts.has('xl/styles.xml')) await reader._parseStyles(parts.open('xl/styles.xml'));

  // Worksheets in workbook order, each with the part that holds it (chart sheets have none).
  const targets = new Map((reader.workbookRels ?? []).map((rel) => [rel.Id, XlsxParts.resolveTarget(rel.Target)]));
  const worksheets = (reader.model?.sheets ?? [])
    .map((sheet) => ({
      name: sheet.name,
      hidden: sheet.state === 'hidden' || sheet.state === 'veryHidden',
      part: targets.get(sheet.rId),
    }))
    .filter(
      (sheet): sheet is { name: string; hidden: boolean; part: string } =>
        sheet.part !== undefined && sheet.part.startsWith('xl/worksheets/') && parts.has(sheet.part),
    );
  const sheets = worksheets.map((sheet) => sheet.name);
  const wanted = typeof choice === 'function' ? choice(sheets) : choice;
  const chosen =
    wanted !== undefined
      ? worksheets.find((sheet) => sheet.name === wanted)
      : (worksheets.find((sheet) => !sheet.hidden) ?? worksheets[0]);
  if (!chosen) {
    if (wanted !== undefined) {
      throw importFileError(
        'sheet_not_found',
        `De werkmap heeft geen blad '${wanted}'. Bladen: ${sheets.map((s) => `'${s}'`).join(', ') || 'geen'}.`,
        `The workbook has no sheet '${wanted}'. Sheets: ${sheets.map((s) => `'${s}'`).join(', ') || 'none'}.`,
        { sheets },
      );
    }
    throw importFileError(
      'no_header',
      'De werkmap heeft geen werkblad met gegevens.',
      'The workbook has no worksheet with data.',
    );
  }

  const [emitted] = [...reader._parseWorksheet(parts.open(chosen.part), '0')];
  if (!emitted) throw new Error('the worksheet reader did not start');
  return { sheets, sheet: chosen.name, part: chosen.part, rows: await readRows(emitted.value, limits, stop) };
}

async function readRows(worksheet: StreamingWorksheet, limits: ImportLimits, stop: { stopped: boolean }): Promise<SheetRow[]> {
  const rows: SheetRow[] = [];
  let count = 0;
  for await (const row of worksheet) {
    if (stop.stopped) break; // timed out: stop working in the background
    count += 1;
    if (count > limits.maxRows) throw tooManyRows(limits);
    const values = row.values;
    const width = Math.min(values.length - 1, limits.maxColumns);
    const cells: CellValue[] = new Array<CellValue>(Math.max(width, 0)).fill('');
    for (let column = 1; column <= width; column += 1) {
      const value = values[column];
      if (value !== undefined && value !== null) cells[column - 1] = cellFromWorkbook(value);
    }
    if (!isBlankRow(cells)) rows.push({ row: row.number, cells });
  }
  return rows;
}

/** A zip that is no .xlsx workbook: say what it is, so the user knows what to save instead. */
function assertWorkbook(entries: ZipEntry[]): void {
  const names = new Set(entries.map((entry) => entry.name));
  if (names.has('xl/workbook.xml')) return;
  if (names.has('xl/workbook.bin')) {
    throw importFileError(
      'not_workbook',
      'Dit is een binaire Excel-werkmap (.xlsb). Bewaar ze in Excel als .xlsx of als CSV en probeer opnieuw.',
      'This is a binary Excel workbook (.xlsb). Save it in Excel as .xlsx or as CSV and try again.',
    );
  }
  if (names.has('content.xml') && names.has('mimetype')) {
    throw importFileError(
      'not_workbook',
      'Dit is een OpenDocument-bestand (.ods, LibreOffice). Bewaar het als .xlsx of als CSV en probeer opnieuw.',
      'This is an OpenDocument file (.ods, LibreOffice). Save it as .xlsx or as CSV and try again.',
    );
  }
  if (names.has('word/document.xml')) {
    throw importFileError(
      'not_workbook',
      'Dit is een Word-document, geen werkmap. Zet de lijst in Excel en bewaar ze als .xlsx of CSV.',
      'This is a Word document, not a workbook. Put the list in Excel and save it as .xlsx or CSV.',
    );
  }
  throw importFileError(
    'not_workbook',
    'Dit is een zip-bestand, maar geen Excel-werkmap (.xlsx).',
    'This is a zip file, but not an Excel workbook (.xlsx).',
  );
}
