import type { z } from 'zod';
import {
  columnMappingSchema,
  spreadsheetFileSchema,
  type ImportProblem,
  type SpreadsheetImportPreview,
} from './spreadsheetImport';

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

/** A finance list's file and reading choices (as the channel import's), and its columns mapped to cost fields. */
export const costImportInputSchema = spreadsheetFileSchema.extend({ mapping: columnMappingSchema(COST_IMPORT_FIELDS) });
export type CostImportInput = z.input<typeof costImportInputSchema>;

/** Nothing is created for an unknown channel or organisation: it is a problem of its row. */
export interface CostImportPreview extends SpreadsheetImportPreview<CostImportField> {
  /** Sum of the amounts of the valid rows (one occurrence each), to check against finance's total. */
  validAmountCents: number;
}

export interface CostImportResult {
  created: number;
  skipped: number;
  problems: ImportProblem[];
  batchId: string | null;
}
