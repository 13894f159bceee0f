import { z } from 'zod';
import { channelImportInputSchema, type ChannelImportPreview, type ChannelImportResult } from '../domain/channelImport';
import { method } from './method';

export const importsContract = {
  /** Reads the file, suggests a mapping, lists every problem by sheet, row and column. Writes nothing. */
  'imports.channels.preview': method<ChannelImportPreview>()(channelImportInputSchema),
  /**
   * Imports with the confirmed mapping in one transaction (one undo step). Refused while there are
   * problems unless `skipInvalidRows` is set, in which case the listed rows are left out.
   */
  'imports.channels.commit': method<ChannelImportResult>()(
    channelImportInputSchema.extend({ skipInvalidRows: z.boolean().optional() }).strict(),
  ),
} as const;
