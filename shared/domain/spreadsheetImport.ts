import { z } from 'zod';
import type { CellProblem } from './paste';

/**
 * What every spreadsheet import shares (channels from an inventory, cost lines from a finance
 * list): the file as it is sent, how it is read, and the preview of its columns and rows. Each
 * import adds its own fields to map the columns to and its own figures to the preview.
 */

/** The largest spreadsheet accepted (bytes of the file itself). */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

/** `auto`: detected from the bytes (CSV only; a workbook says its own). */
export const IMPORT_ENCODINGS = ['auto', 'utf-8', 'windows-1252'] as const;
export type ImportEncoding = (typeof IMPORT_ENCODINGS)[number];
export const IMPORT_SEPARATORS = ['auto', ',', ';', 'tab'] as const;
export type ImportSeparator = (typeof IMPORT_SEPARATORS)[number];

/** The file and the reading choices; an import extends it with the mapping to its own fields. */
export const spreadsheetFileSchema = z
  .object({
    fileName: z.string().trim().min(1).max(300),
    /** The file's bytes, base64 (the renderer reads the file; the core never gets a path from the browser). */
    contentBase64: z
      .string()
      .max(Math.ceil((MAX_IMPORT_BYTES * 4) / 3) + 4)
      .regex(/^[A-Za-z0-9+/]*={0,2}$/),
    sheet: z.string().max(100).optional(),
    encoding: z.enum(IMPORT_ENCODINGS).optional(),
    separator: z.enum(IMPORT_SEPARATORS).optional(),
  })
  .strict();
export type SpreadsheetFile = z.input<typeof spreadsheetFileSchema>;

/** Column index (0-based) -> one of the import's fields, or null to ignore the column; omitted: the suggested mapping. */
export function columnMappingSchema<const Fields extends readonly [string, ...string[]]>(fields: Fields) {
  return z
    .array(z.object({ column: z.number().int().min(0).max(500), field: z.enum(fields).nullable() }).strict())
    .max(500)
    .optional();
}

export interface MappingEntry<Field extends string> {
  column: number;
  field: Field | null;
}

/** The request of a spreadsheet import's preview and commit, as the callers build it. */
export type SpreadsheetImportInput<Field extends string> = SpreadsheetFile & {
  mapping?: Array<MappingEntry<Field>>;
};

export interface ImportProblem extends CellProblem {
  /** Sheet name for workbooks; null for CSV. */
  sheet: string | null;
  /** Column letter (A, B, ...) or null when the problem is the whole row or file. */
  column: string | null;
}

export interface SpreadsheetImportPreview<Field extends string> {
  fileName: string;
  format: 'xlsx' | 'csv';
  sheets: string[];
  sheet: string | null;
  /** CSV only: what was used (detected or chosen). */
  encoding: Exclude<ImportEncoding, 'auto'> | null;
  separator: Exclude<ImportSeparator, 'auto'> | null;
  headers: Array<{ column: number; letter: string; header: string }>;
  mapping: Array<MappingEntry<Field> & { suggested: boolean }>;
  rowCount: number;
  /** The first rows as read (up to 50), for the preview table. */
  sampleRows: Array<{ row: number; values: string[] }>;
  /** Per sheet, row and column. */
  problems: ImportProblem[];
  validRowCount: number;
}
