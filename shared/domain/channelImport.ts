import type { z } from 'zod';
import {
  columnMappingSchema,
  spreadsheetFileSchema,
  type ImportProblem,
  type SpreadsheetImportPreview,
} from './spreadsheetImport';

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

/** An inventory's file and reading choices, and its columns mapped to channel fields. */
export const channelImportInputSchema = spreadsheetFileSchema.extend({ mapping: columnMappingSchema(IMPORT_FIELDS) }).strict();
export type ChannelImportInput = z.input<typeof channelImportInputSchema>;

export interface ChannelImportPreview extends SpreadsheetImportPreview<ImportField> {
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
