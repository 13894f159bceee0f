import { z } from 'zod';
import { channelImportInputSchema, type ImportProblem } from './channelImport';

/** What a column of a finance spreadsheet can be mapped to. */
export const COST_IMPORT_FIELDS = [
  'description',
  /** A channel's name or URL (names must be unique in the register; URLs compare like the grid's duplicate check). */
  'channel',
  /** An organisation's name: for shared costs, or to tell apart channels with the same name. */
  'organisation',
  'category',
  'amount',
  'vatIncluded',
  'startDate',
  'endDate',
  'recurrence',
  'supplier',
  'reference',
  'notes',
] as const;
export type CostImportField = (typeof COST_IMPORT_FIELDS)[number];

/** The same file handling as the channel import (bytes as base64, sheet, CSV encoding and separator); another mapping. */
export const costImportInputSchema = channelImportInputSchema.omit({ mapping: true }).extend({
  mapping: z
    .array(z.object({ column: z.number().int().min(0).max(500), field: z.enum(COST_IMPORT_FIELDS).nullable() }).strict())
    .max(500)
    .optional(),
});
export type CostImportInput = z.input<typeof costImportInputSchema>;

export interface CostImportPreview {
  fileName: string;
  format: 'xlsx' | 'csv';
  sheets: string[];
  sheet: string | null;
  encoding: 'utf-8' | 'windows-1252' | null;
  separator: ',' | ';' | 'tab' | null;
  headers: Array<{ column: number; letter: string; header: string }>;
  mapping: Array<{ column: number; field: CostImportField | null; suggested: boolean }>;
  rowCount: number;
  sampleRows: Array<{ row: number; values: string[] }>;
  /** Per sheet, row and column; nothing is created for an unknown channel or organisation (it is a problem). */
  problems: ImportProblem[];
  validRowCount: number;
  /** Sum of the amounts of the valid rows (one occurrence each), to check against finance's total. */
  validAmountCents: number;
}

export interface CostImportResult {
  created: number;
  skipped: number;
  problems: ImportProblem[];
  batchId: string | null;
}
