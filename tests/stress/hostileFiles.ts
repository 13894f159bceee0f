import ExcelJS from 'exceljs';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildZip, type ZipEntrySpec } from '../integration/imports/zipBuilder';

/**
 * The hostile files of tests/stress/hostileImports.test.ts, built in the test (no hostile file
 * sits in the repository). Every import (channels, counts, costs) gets the same list; where a
 * case needs a header or a row, each import gets its own, so the hostile part is what is tested,
 * not a missing column.
 */

export type ImportKind = 'channels' | 'snapshots' | 'costs';
export const IMPORT_KINDS: readonly ImportKind[] = ['channels', 'snapshots', 'costs'];

/** The channel every register of the suite holds, which counts and costs refer to. */
export const CHANNEL_NAME = 'Stad Mechelen';

/** A header and one good row per import: what a clean file of that import looks like. */
export const LAYOUTS: Record<ImportKind, { header: string[]; row: string[] }> = {
  channels: { header: ['Naam', 'Platform', 'URL'], row: ['Jeugddienst', 'Facebook', 'https://www.facebook.com/jeugddienst'] },
  snapshots: { header: ['Datum', 'Aantal'], row: ['2024-01-01', '100'] },
  costs: {
    header: ['Omschrijving', 'Kanaal', 'Categorie', 'Bedrag', 'Datum'],
    row: ['Licentie', CHANNEL_NAME, 'Hosting', '100,00', '2024-01-01'],
  },
};

/** The text of the issue: a formula that would run a program if a spreadsheet evaluated it. */
export const FORMULA_TEXT = "=cmd|' /C calc'!A0";

export function csvText(kind: ImportKind, rows: string[][] = [LAYOUTS[kind].row]): string {
  return [LAYOUTS[kind].header, ...rows].map((row) => row.join(';')).join('\r\n') + '\r\n';
}

/** What each case expects per import: refused with this `details.reason`, a preview with problems, or a clean preview. */
export type Expected = { refused: string } | 'problems' | 'clean';

export interface HostileCase {
  name: string;
  fileName: string;
  /** The file per import; built lazily so the big ones are made once, when their test runs. */
  bytes: (kind: ImportKind) => Buffer | Promise<Buffer>;
  expect: Record<ImportKind, Expected>;
  /** For clean cases: what the imported text must read back as (kept as typed, never evaluated). */
  keeps?: string;
}

const same = (expected: Expected): Record<ImportKind, Expected> => ({ channels: expected, snapshots: expected, costs: expected });

const PNG = Buffer.from([
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1, 0, 0, 0, 1,
]);
const PDF = Buffer.from(
  '%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n',
  'latin1',
);

function utf16(text: string, order: 'le' | 'be', bom: boolean): Buffer {
  const le = Buffer.from(text, 'utf16le');
  const body = order === 'le' ? le : Buffer.from(le).swap16();
  const mark = order === 'le' ? Buffer.from([0xff, 0xfe]) : Buffer.from([0xfe, 0xff]);
  return bom ? Buffer.concat([mark, body]) : body;
}

/** A minimal real .xlsx around one worksheet's XML, so a huge sheet can be made without a spreadsheet library. */
export function workbookAround(sheetXml: Buffer): Buffer {
  const entries: ZipEntrySpec[] = [
    {
      name: '[Content_Types].xml',
      data: Buffer.from(
        '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
          '<Default Extension="xml" ContentType="application/xml"/>' +
          '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
          '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' +
          '</Types>',
      ),
    },
    {
      name: '_rels/.rels',
      data: Buffer.from(
        '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
          '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>' +
          '</Relationships>',
      ),
    },
    {
      name: 'xl/workbook.xml',
      data: Buffer.from(
        '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" ' +
          'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Lijst" sheetId="1" r:id="rId1"/></sheets></workbook>',
      ),
    },
    {
      name: 'xl/_rels/workbook.xml.rels',
      data: Buffer.from(
        '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
          '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>' +
          '</Relationships>',
      ),
    },
    { name: 'xl/worksheets/sheet1.xml', data: sheetXml },
  ];
  return buildZip(entries);
}

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function inlineRow(values: string[], r: number): string {
  return `<row r="${r}">${values
    .map((value, c) => `<c r="${String.fromCharCode(65 + c)}${r}" t="inlineStr"><is><t>${escapeXml(value)}</t></is></c>`)
    .join('')}</row>`;
}

const SHEET_OPEN =
  '<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>';

/**
 * A worksheet of `rows` rows: the import's header, then rows of two numbers as Excel writes them
 * (80 MB of XML for a million rows, 10 MB zipped: a real workbook's compression, no bomb).
 */
export function millionRowWorkbook(kind: ImportKind, rows: number): Buffer {
  const parts: string[] = [SHEET_OPEN, inlineRow(LAYOUTS[kind].header, 1)];
  for (let r = 2; r <= rows; r += 1) parts.push(`<row r="${r}"><c r="A${r}"><v>${r}</v></c><c r="B${r}"><v>1</v></c></row>`);
  parts.push('</sheetData></worksheet>');
  return workbookAround(Buffer.from(parts.join(''), 'utf8'));
}

/** The import's header and good row under one merge as wide and as long as a sheet can be. */
function wholeSheetMerge(kind: ImportKind): Buffer {
  const xml =
    SHEET_OPEN +
    inlineRow(LAYOUTS[kind].header, 1) +
    inlineRow(LAYOUTS[kind].row, 2) +
    '</sheetData><mergeCells count="1"><mergeCell ref="A2:XFD1048576"/></mergeCells></worksheet>';
  return workbookAround(Buffer.from(xml, 'utf8'));
}

/** A CSV of `rows` data rows under the import's header (short rows, so the file stays under the size limit). */
export function millionRowCsv(kind: ImportKind, rows: number): Buffer {
  const line = LAYOUTS[kind].row.join(';');
  const chunks: string[] = [LAYOUTS[kind].header.join(';')];
  for (let r = 0; r < rows; r += 1) chunks.push(line);
  return Buffer.from(chunks.join('\n') + '\n', 'utf8');
}

let bomb: Buffer | undefined;

/** 160 MB of zeros in a 160 KB workbook (past the 150 MB a part may unpack to), built once. */
function zipBomb(): Buffer {
  bomb ??= buildZip([
    { name: '[Content_Types].xml', data: Buffer.from('<?xml version="1.0"?><Types/>') },
    { name: 'xl/workbook.xml', data: Buffer.from('<?xml version="1.0"?><workbook/>') },
    { name: 'xl/worksheets/sheet1.xml', data: Buffer.alloc(160 * 1024 * 1024) },
  ]);
  return bomb;
}

type XlsxCell = ExcelJS.CellValue;

/** A small workbook written by exceljs (as Excel would): header, then the given rows. */
async function workbook(header: string[], rows: XlsxCell[][], decorate?: (sheet: ExcelJS.Worksheet) => void): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('Lijst');
  sheet.addRow(header);
  for (const row of rows) sheet.addRow(row);
  decorate?.(sheet);
  return Buffer.from(await book.xlsx.writeBuffer());
}

/** Row 2 of each import with the cell that carries the hostile value in `column` (0-based). */
function withCell(kind: ImportKind, column: number, value: XlsxCell): XlsxCell[] {
  const row: XlsxCell[] = [...LAYOUTS[kind].row];
  row[column] = value;
  return row;
}

/** The column each import needs a value in (name, count, amount): an error there must be reported. */
const KEY_COLUMN: Record<ImportKind, number> = { channels: 0, snapshots: 1, costs: 3 };

export const HOSTILE_CASES: HostileCase[] = [
  { name: 'empty (0 bytes)', fileName: 'leeg.csv', bytes: () => Buffer.alloc(0), expect: same({ refused: 'empty' }) },
  {
    name: 'only whitespace',
    fileName: 'spaties.csv',
    bytes: () => Buffer.from('   \r\n\t\t\r\n  ;  ;\r\n'),
    expect: { channels: { refused: 'no_header' }, snapshots: { refused: 'no_data' }, costs: { refused: 'no_header' } },
  },
  {
    name: 'only a UTF-8 BOM',
    fileName: 'bom.csv',
    bytes: () => Buffer.from([0xef, 0xbb, 0xbf]),
    expect: { channels: { refused: 'no_header' }, snapshots: { refused: 'no_data' }, costs: { refused: 'no_header' } },
  },
  {
    name: 'header only',
    fileName: 'kop.csv',
    bytes: (kind) => Buffer.from(LAYOUTS[kind].header.join(';') + '\r\n'),
    expect: same({ refused: 'no_data' }),
  },
  { name: 'PNG named .csv', fileName: 'foto.csv', bytes: () => PNG, expect: same({ refused: 'not_spreadsheet' }) },
  {
    name: 'text named .xlsx',
    fileName: 'lijst.xlsx',
    bytes: (kind) => Buffer.from(csvText(kind)),
    expect: same({ refused: 'wrong_extension' }),
  },
  {
    name: '.docx named .xlsx',
    fileName: 'brief.xlsx',
    bytes: () =>
      buildZip([
        { name: '[Content_Types].xml', data: Buffer.from('<?xml version="1.0"?><Types/>') },
        { name: 'word/document.xml', data: Buffer.from('<w:document/>') },
      ]),
    expect: same({ refused: 'not_workbook' }),
  },
  { name: '.pdf named .xlsx', fileName: 'nota.xlsx', bytes: () => PDF, expect: same({ refused: 'wrong_extension' }) },
  // Counts: Meta Business Suite exports UTF-16, so the count import reads it; the spreadsheet imports say how to save it.
  {
    name: 'UTF-16 LE with BOM',
    fileName: 'unicode.csv',
    bytes: (kind) => utf16(csvText(kind), 'le', true),
    expect: { channels: { refused: 'encoding' }, snapshots: 'clean', costs: { refused: 'encoding' } },
  },
  {
    name: 'UTF-16 BE with BOM',
    fileName: 'unicode.csv',
    bytes: (kind) => utf16(csvText(kind), 'be', true),
    expect: { channels: { refused: 'encoding' }, snapshots: 'clean', costs: { refused: 'encoding' } },
  },
  {
    name: 'UTF-16 LE without BOM',
    fileName: 'unicode.csv',
    bytes: (kind) => utf16(csvText(kind), 'le', false),
    expect: { channels: { refused: 'encoding' }, snapshots: 'clean', costs: { refused: 'encoding' } },
  },
  {
    name: 'UTF-16 BE without BOM',
    fileName: 'unicode.csv',
    bytes: (kind) => utf16(csvText(kind), 'be', false),
    expect: { channels: { refused: 'encoding' }, snapshots: 'clean', costs: { refused: 'encoding' } },
  },
  {
    // Excel's "CSV" on a Belgian Windows: read as such, the accents intact.
    name: 'windows-1252',
    fileName: 'accenten.csv',
    bytes: (kind) =>
      Buffer.from(
        csvText(kind, [kind === 'snapshots' ? LAYOUTS[kind].row : (withCell(kind, 0, 'Café Mechelen') as string[])]),
        'latin1',
      ),
    expect: same('clean'),
    keeps: 'Café Mechelen',
  },
  {
    // Invalid UTF-8 is read as Windows-1252 (the preview says so); bytes Windows-1252 lacks are refused.
    name: 'invalid UTF-8 with bytes Windows-1252 lacks',
    fileName: 'kapot.csv',
    bytes: (kind) =>
      Buffer.concat([Buffer.from(csvText(kind).slice(0, -2)), Buffer.from([0xc3, 0x28, 0x81, 0x8d]), Buffer.from('\r\n')]),
    expect: same({ refused: 'encoding' }),
  },
  {
    name: 'NUL bytes in text',
    fileName: 'nul.csv',
    bytes: (kind) => Buffer.from(csvText(kind).replace('\r\n', '\r\n\0\0\0')),
    expect: same({ refused: 'not_spreadsheet' }),
  },
  {
    // Control characters inside a cell (no NUL): the row is refused with a problem, the file is not.
    name: 'control characters in a cell',
    fileName: 'stuurtekens.csv',
    bytes: (kind) => Buffer.from(csvText(kind, [withCell(kind, KEY_COLUMN[kind], 'Kanaal\u0001\u0007\u001b[31m') as string[]])),
    expect: same('problems'),
  },
  {
    name: 'zip bomb disguised as .xlsx',
    fileName: 'kanalen.xlsx',
    bytes: () => zipBomb(),
    expect: same({ refused: 'zip_too_large' }),
  },
  {
    name: 'formula with a cached value',
    fileName: 'formules.xlsx',
    bytes: (kind) =>
      workbook(LAYOUTS[kind].header, [
        withCell(
          kind,
          KEY_COLUMN[kind],
          kind === 'channels' ? { formula: '"Jeugd"&"dienst"', result: 'Jeugddienst' } : { formula: '50*2', result: 100 },
        ),
      ]),
    expect: same('clean'),
  },
  {
    name: 'formula without a cached value',
    fileName: 'formules.xlsx',
    bytes: (kind) => workbook(LAYOUTS[kind].header, [withCell(kind, KEY_COLUMN[kind], { formula: 'B2*2' } as XlsxCell)]),
    expect: same('problems'),
  },
  ...['#REF!', '#DIV/0!', '#N/A', '#VALUE!'].map((error): HostileCase => ({
    name: `error cell ${error}`,
    fileName: 'fouten.xlsx',
    bytes: (kind) =>
      workbook(LAYOUTS[kind].header, [
        withCell(kind, KEY_COLUMN[kind], { formula: 'X1', result: { error } } as XlsxCell),
        withCell(kind, KEY_COLUMN[kind], { error } as XlsxCell),
      ]),
    expect: same('problems'),
  })),
  {
    name: 'merged cells over the data',
    fileName: 'samengevoegd.xlsx',
    bytes: (kind) =>
      workbook(
        LAYOUTS[kind].header,
        kind === 'snapshots'
          ? [
              ['2024-01-01', '100'],
              ['2024-01-02', '110'],
              ['2024-01-03', '120'],
            ]
          : [LAYOUTS[kind].row, withCell(kind, 0, null), withCell(kind, 0, null)],
        // Channels: a name over three rows is a duplicate name three times; costs: one description for three lines.
        (sheet) => (kind === 'snapshots' ? sheet.mergeCells('C2:C4') : sheet.mergeCells('A2:A4')),
      ),
    expect: { channels: 'problems', snapshots: 'clean', costs: 'clean' },
  },
  {
    name: 'a merge over a whole sheet (A2:XFD1048576)',
    fileName: 'samengevoegd.xlsx',
    // Merges fill only the rows that exist, up to the column limit: the merge costs nothing.
    bytes: (kind) => wholeSheetMerge(kind),
    expect: same('clean'),
  },
  {
    name: '10 MB in one cell',
    fileName: 'grote-cel.csv',
    bytes: (kind) => Buffer.from(csvText(kind, [withCell(kind, KEY_COLUMN[kind], 'x'.repeat(10 * 1024 * 1024)) as string[]])),
    expect: same('problems'),
  },
  {
    name: '10,000 columns',
    fileName: 'breed.csv',
    bytes: (kind) => {
      const extra = (prefix: string) => Array.from({ length: 10_000 - LAYOUTS[kind].header.length }, (_, i) => `${prefix}${i}`);
      return Buffer.from(
        [
          [...LAYOUTS[kind].header, ...extra('Kolom ')],
          [...LAYOUTS[kind].row, ...extra('')],
        ]
          .map((row) => row.join(';'))
          .join('\r\n'),
      );
    },
    expect: same('clean'),
  },
  {
    name: 'formula-looking text (CSV)',
    fileName: 'formule-tekst.csv',
    bytes: (kind) =>
      Buffer.from(
        csvText(kind, [
          kind === 'snapshots' ? LAYOUTS[kind].row : (withCell(kind, kind === 'costs' ? 0 : 0, FORMULA_TEXT) as string[]),
        ]),
      ),
    expect: same('clean'),
    keeps: FORMULA_TEXT,
  },
  {
    name: 'formula-looking text (xlsx text cell)',
    fileName: 'formule-tekst.xlsx',
    bytes: (kind) => workbook(LAYOUTS[kind].header, [kind === 'snapshots' ? LAYOUTS[kind].row : withCell(kind, 0, FORMULA_TEXT)]),
    expect: same('clean'),
    keeps: FORMULA_TEXT,
  },
];

/** Writes `bytes` into `dir` under `name` and returns the path (the child process reads files). */
export function writeCase(dir: string, name: string, bytes: Buffer): string {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
}
