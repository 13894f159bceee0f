import { z } from 'zod';
import { costImportInputSchema, type CostImportPreview, type CostImportResult } from '../domain/costImport';
import { method } from './method';

export const costImportsContract = {
  /** Reads the finance spreadsheet, suggests a mapping, lists every problem by sheet, row and column. Writes nothing. */
  'imports.costs.preview': method<CostImportPreview>()(costImportInputSchema.strict()),
  /** Imports the valid rows in one transaction (one undo step); refused while there are problems unless skipInvalidRows. */
  'imports.costs.commit': method<CostImportResult>()(
    costImportInputSchema.extend({ skipInvalidRows: z.boolean().optional() }).strict(),
  ),
} as const;
