import type { ImportLimits } from './importLimits';
import { importFileError, tooManyRows } from './importFileError';
import { isBlankRow, type SheetData, type SheetRow } from './sheetData';
import { utf16Kind } from './utf16';
import { decodeWindows1252 } from './windows1252';

export type CsvEncoding = 'utf-8' | 'windows-1252';
export type CsvSeparator = ',' | ';' | 'tab';

export interface CsvOptions {
  encoding?: 'auto' | CsvEncoding;
  separator?: 'auto' | CsvSeparator;
}

const UTF8_BOM = [0xef, 0xbb, 0xbf];

/**
 * Reads a CSV as Excel and LibreOffice write it: UTF-8 (with or without BOM) or Windows-1252
 * (Excel's "CSV" on a Belgian Windows), comma, semicolon or tab, fields in double quotes with
 * "" for a quote and line breaks allowed inside. An Excel `sep=;` first line is honoured.
 * Row numbers are records, as Excel numbers them when it opens the file.
 */
export function readCsv(bytes: Buffer, options: CsvOptions, limits: ImportLimits): SheetData {
  const { text, encoding } = decode(bytes, options.encoding ?? 'auto');
  let body = text;
  let separator: CsvSeparator | null = options.separator && options.separator !== 'auto' ? options.separator : null;
  const hint = /^sep=(.)\r?\n/i.exec(body);
  if (hint) {
    body = body.slice(hint[0].length);
    const hinted = hint[1] === '\t' ? 'tab' : hint[1];
    if (separator === null && (hinted === ',' || hinted === ';' || hinted === 'tab')) separator = hinted;
  }
  separator ??= detectSeparator(body);
  return {
    format: 'csv',
    sheets: [],
    sheet: null,
    encoding,
    separator,
    rows: parseRecords(body, separator === 'tab' ? '\t' : separator, limits),
  };
}

function decode(bytes: Buffer, wanted: 'auto' | CsvEncoding): { text: string; encoding: CsvEncoding } {
  if (utf16Kind(bytes) !== null) {
    throw importFileError(
      'encoding',
      'Dit tekstbestand is in UTF-16 ("Unicode-tekst") bewaard. Bewaar het in Excel als "CSV UTF-8 (door komma\'s gescheiden)" en probeer opnieuw.',
      'This text file is saved as UTF-16 ("Unicode text"). Save it in Excel as "CSV UTF-8 (comma delimited)" and try again.',
    );
  }
  const hasBom = UTF8_BOM.every((byte, i) => bytes[i] === byte);
  if (wanted === 'windows-1252') return { text: windows1252(bytes), encoding: 'windows-1252' };
  if (wanted === 'utf-8' || hasBom) {
    return { text: new TextDecoder('utf-8', { ignoreBOM: false }).decode(bytes), encoding: 'utf-8' };
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    // Not valid UTF-8: the other encoding Excel writes CSV in, on Windows in Belgium.
    return { text: windows1252(bytes), encoding: 'windows-1252' };
  }
}

/** Bytes Windows-1252 leaves undefined: a file that has them is in neither encoding Excel writes CSV in. */
const UNDEFINED_IN_WINDOWS_1252 = new Set([0x81, 0x8d, 0x8f, 0x90, 0x9d]);

function windows1252(bytes: Buffer): string {
  const at = bytes.findIndex((byte) => UNDEFINED_IN_WINDOWS_1252.has(byte));
  if (at < 0) return decodeWindows1252(bytes);
  let row = 1;
  for (let i = bytes.indexOf(0x0a); i >= 0 && i < at; i = bytes.indexOf(0x0a, i + 1)) row += 1;
  const byte = `0x${bytes[at]!.toString(16).toUpperCase()}`;
  throw importFileError(
    'encoding',
    `Rij ${row}: de tekst is geen UTF-8 en ook geen Windows-1252 (de byte ${byte} bestaat daarin niet): het bestand is beschadigd of in een andere tekenset bewaard. Bewaar het in Excel als "CSV UTF-8 (door komma's gescheiden)" en probeer opnieuw.`,
    `Row ${row}: the text is neither UTF-8 nor Windows-1252 (the byte ${byte} does not exist in it): the file is damaged or saved in another character set. Save it in Excel as "CSV UTF-8 (comma delimited)" and try again.`,
    { row },
  );
}

/**
 * The separator of the header line: the one that splits a line of the first ten into the most
 * fields, outside quotes (a title line above the header has none). Ties prefer ; then tab.
 */
export function detectSeparator(text: string): CsvSeparator {
  const best = { ';': 0, tab: 0, ',': 0 };
  let line = { ';': 0, tab: 0, ',': 0 };
  let quoted = false;
  let lines = 0;
  const endLine = () => {
    best[';'] = Math.max(best[';'], line[';']);
    best.tab = Math.max(best.tab, line.tab);
    best[','] = Math.max(best[','], line[',']);
    line = { ';': 0, tab: 0, ',': 0 };
    lines += 1;
  };
  for (let i = 0; i < text.length && lines < 10; i += 1) {
    const char = text[i]!;
    if (char === '"') quoted = !quoted;
    else if (quoted) continue;
    else if (char === '\n') endLine();
    else if (char === ';') line[';'] += 1;
    else if (char === '\t') line.tab += 1;
    else if (char === ',') line[','] += 1;
  }
  endLine();
  if (best[';'] === 0 && best.tab === 0 && best[','] === 0) return ',';
  if (best[';'] >= best.tab && best[';'] >= best[',']) return ';';
  return best.tab >= best[','] ? 'tab' : ',';
}

function parseRecords(text: string, separator: string, limits: ImportLimits): SheetRow[] {
  const rows: SheetRow[] = [];
  let cells: string[] = [];
  let field = '';
  let quoted = false;
  let fieldStarted = false;
  let rowNumber = 1;
  let quoteOpenedAt = 0;
  const endField = () => {
    if (cells.length < limits.maxColumns) cells.push(field);
    field = '';
    fieldStarted = false;
  };
  const endRecord = () => {
    endField();
    if (!isBlankRow(cells)) rows.push({ row: rowNumber, cells });
    cells = [];
    rowNumber += 1;
    if (rowNumber > limits.maxRows + 1) throw tooManyRows(limits);
  };
  const length = text.length;
  for (let i = 0; i < length;) {
    if (quoted) {
      const close = text.indexOf('"', i);
      if (close < 0) {
        field += text.slice(i);
        i = length;
      } else if (text[close + 1] === '"') {
        field += text.slice(i, close + 1);
        i = close + 2;
      } else {
        field += text.slice(i, close);
        quoted = false;
        i = close + 1;
      }
      continue;
    }
    const char = text[i]!;
    if (char === '"' && !fieldStarted) {
      quoted = true;
      fieldStarted = true;
      quoteOpenedAt = rowNumber;
      i += 1;
    } else if (char === separator) {
      endField();
      i += 1;
    } else if (char === '\r' || char === '\n') {
      i += char === '\r' && text[i + 1] === '\n' ? 2 : 1;
      endRecord();
    } else {
      // A run of plain characters up to the next separator, line break or quote; a quote inside
      // an unquoted field (or after a closing quote) is kept as typed, as Excel does.
      let j = i + 1;
      while (j < length) {
        const next = text[j]!;
        if (next === separator || next === '\r' || next === '\n' || next === '"') break;
        j += 1;
      }
      field += text.slice(i, j);
      fieldStarted = true;
      i = j;
    }
  }
  if (quoted) {
    throw importFileError(
      'unterminated_quote',
      `Rij ${quoteOpenedAt}: een aanhalingsteken (") wordt niet afgesloten, zodat de rest van het bestand in één cel zou belanden. Verbeter het bestand.`,
      `Row ${quoteOpenedAt}: a quote (") is never closed, so the rest of the file would end up in one cell. Correct the file.`,
      { row: quoteOpenedAt },
    );
  }
  if (fieldStarted || field !== '' || cells.length > 0) endRecord();
  return rows;
}
