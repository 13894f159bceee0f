import { z } from 'zod';
import type { CellProblem } from './paste';

/** What a column of an inventory spreadsheet can be mapped to. */
export const IMPORT_FIELDS = [
  'name',
  'kind',
  'platform',
  'handle',
  'url',
  'organisation',
  'organisationKind',
  'responsiblePerson',
  'responsibleEmail',
  'status',
  'audience',
  'purpose',
  'createdByWebmasters',
  'notes',
] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];

/** The largest spreadsheet accepted (bytes of the file itself). */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

export const channelImportInputSchema = z
  .object({
    fileName: z.string().trim().min(1).max(300),
    /** The file's bytes, base64 (the renderer reads the file; the core never gets a path from the browser). */
    contentBase64: z
      .string()
      .max(Math.ceil((MAX_IMPORT_BYTES * 4) / 3) + 4)
      .regex(/^[A-Za-z0-9+/]*={0,2}$/),
    sheet: z.string().max(100).optional(),
    encoding: z.enum(['auto', 'utf-8', 'windows-1252']).optional(),
    separator: z.enum(['auto', ',', ';', 'tab']).optional(),
    /** Column index (0-based) -> field; omitted: the suggested mapping. */
    mapping: z
      .array(z.object({ column: z.number().int().min(0).max(500), field: z.enum(IMPORT_FIELDS).nullable() }).strict())
      .max(500)
      .optional(),
  })
  .strict();
export type ChannelImportInput = z.input<typeof channelImportInputSchema>;

export interface ImportProblem extends CellProblem {
  /** Sheet name for workbooks; null for CSV. */
  sheet: string | null;
  /** Column letter (A, B, ...) or null when the problem is the whole row or file. */
  column: string | null;
}

export interface ChannelImportPreview {
  fileName: string;
  format: 'xlsx' | 'csv';
  sheets: string[];
  sheet: string | null;
  /** CSV only: what was used (detected or chosen). */
  encoding: 'utf-8' | 'windows-1252' | null;
  separator: ',' | ';' | 'tab' | null;
  headers: Array<{ column: number; letter: string; header: string }>;
  mapping: Array<{ column: number; field: ImportField | null; suggested: boolean }>;
  rowCount: number;
  /** The first rows as read (up to 50), for the preview table. */
  sampleRows: Array<{ row: number; values: string[] }>;
  problems: ImportProblem[];
  validRowCount: number;
  /** Organisations and people that do not exist yet and would be created. */
  newOrganisations: string[];
  newPeople: string[];
}

export interface ChannelImportResult {
  created: number;
  skipped: number;
  organisationsCreated: number;
  peopleCreated: number;
  problems: ImportProblem[];
  batchId: string | null;
}
