import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Every module that writes spreadsheet cells (.xlsx through exceljs) or builds CSV text must go
 * through the one formula sanitiser (src-main/core/exports/formulaInjection.ts), directly or
 * through TextCells / csvWriter. A new writer that forgets it fails here, before a channel named
 * `=cmd|' /C calc'!A0` reaches a workbook. The renderer cannot import src-main: a renderer
 * module that starts writing CSV or workbooks fails too, until the sanitiser moves to shared/.
 */

const ROOT = join(__dirname, '..', '..', '..');
const SOURCE_DIRS = ['src-main', 'src-renderer', 'shared'];

/** Imports exceljs: `import ExcelJS from 'exceljs'`, `import type …`, or `await import('exceljs')`. */
const IMPORTS_EXCELJS = /from\s+['"]exceljs['"]|import\(\s*['"]exceljs['"]\s*\)/;
/** exceljs calls that put values into cells or create a workbook to write. */
const WRITES_CELLS =
  /\b(addRows?|insertRows?|spliceRows|getCell|duplicateRow)\s*\(|\.values?\s*=(?!=)|\bWorkbookWriter\b|new\s+ExcelJS\.Workbook\b|\.(xlsx|csv)\.write(Buffer|File)?\s*\(/;
/** CSV text being built: the byte order mark Excel needs, a semicolon join, or a CSV blob. */
const BUILDS_CSV = /\\uFEFF|\bCSV_BOM\b|\.join\(\s*['"];['"]\s*\)|new\s+Blob\([^)]*text\/csv/;
/** Goes through the sanitiser: imports it, or the cell and CSV helpers built on it. */
const USES_SANITISER = /from\s+['"][./]*(?:[\w-]+\/)*(formulaInjection|textCells|csvWriter)['"]/;

/** The sanitiser and the writers that are it. */
const THE_SANITISER = new Set(['src-main/core/exports/formulaInjection.ts', 'src-main/core/exports/csvWriter.ts']);

interface WriterFinding {
  file: string;
  writes: 'xlsx' | 'csv';
  sanitised: boolean;
}

/** What one module does with spreadsheets, from its source text. Null: it writes none. */
function classify(file: string, source: string): WriterFinding | null {
  const code = withoutComments(source);
  const writesXlsx = IMPORTS_EXCELJS.test(code) && WRITES_CELLS.test(code);
  const writesCsv = BUILDS_CSV.test(code);
  if (!writesXlsx && !writesCsv) return null;
  return { file, writes: writesXlsx ? 'xlsx' : 'csv', sanitised: THE_SANITISER.has(file) || USES_SANITISER.test(code) };
}

function withoutComments(source: string): string {
  return source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"])\/\/.*$/gm, '$1');
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx|mts|cts)$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

function scan(): WriterFinding[] {
  return SOURCE_DIRS.flatMap((dir) => sourceFiles(join(ROOT, dir)))
    .map((path) => classify(relative(ROOT, path).split('\\').join('/'), readFileSync(path, 'utf8')))
    .filter((finding): finding is WriterFinding => finding !== null);
}

describe('one formula sanitiser for every spreadsheet writer', () => {
  const findings = scan();

  it('finds the writers there are (the scan is not blind)', () => {
    const files = findings.map((finding) => finding.file);
    expect(files).toEqual(
      expect.arrayContaining([
        'src-main/core/exports/xlsxSheet.ts',
        'src-main/core/exports/xlsxWriter.ts',
        'src-main/core/exports/csvExport.ts',
        'src-main/core/exports/csvWriter.ts',
      ]),
    );
    // The import reader uses exceljs to read, never to write.
    expect(files).not.toContain('src-main/core/imports/xlsxReader.ts');
  });

  it('every module that writes .xlsx cells or CSV text goes through the sanitiser', () => {
    const unsanitised = findings.filter((finding) => !finding.sanitised);
    expect(
      unsanitised,
      'these modules write spreadsheet cells without formulaInjection/textCells/csvWriter; route their texts through TextCells (xlsx) or csvCell/csvLine (csv)',
    ).toEqual([]);
  });

  it('no renderer module writes spreadsheets itself (it could not reach the sanitiser)', () => {
    expect(findings.filter((finding) => finding.file.startsWith('src-renderer/'))).toEqual([]);
  });

  it('flags a writer that forgets the sanitiser, and accepts one that uses it', () => {
    const forgetful =
      "import ExcelJS from 'exceljs';\nexport function w(s: ExcelJS.Worksheet, t: string) { s.getCell(1, 1).value = t; }\n";
    expect(classify('src-main/core/exports/newSheet.ts', forgetful)).toEqual({
      file: 'src-main/core/exports/newSheet.ts',
      writes: 'xlsx',
      sanitised: false,
    });
    const careful = `import type ExcelJS from 'exceljs';\nimport type { TextCells } from './textCells';\n${forgetful.split('\n')[1]}`;
    expect(classify('src-main/core/exports/newSheet.ts', careful)?.sanitised).toBe(true);

    const csv = "export const csv = (rows: string[][]) => '\\uFEFF' + rows.map((r) => r.join(';')).join('\\r\\n');\n";
    expect(classify('src-main/core/exports/newCsv.ts', csv)).toMatchObject({ writes: 'csv', sanitised: false });
    const blob = "export const b = (text: string) => new Blob([text], { type: 'text/csv' });\n";
    expect(classify('src-renderer/features/growth/download.ts', blob)).toMatchObject({ writes: 'csv', sanitised: false });
    const csvWriterUser =
      "import { csvLine } from '../exports/csvWriter';\nexport const l = (r: string[]) => '\\uFEFF' + csvLine(r);\n";
    expect(classify('src-main/core/other/x.ts', csvWriterUser)?.sanitised).toBe(true);
    // Reading a workbook is not writing one.
    expect(classify('x.ts', "const { default: ExcelJS } = await import('exceljs');\nconst values = row.values;\n")).toBeNull();
  });
});
