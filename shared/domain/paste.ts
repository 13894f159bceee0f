import { z } from 'zod';
import { CHANNEL_EDITABLE_FIELDS } from './channel';
import { uuid } from './fields';

/**
 * A block pasted from Excel or LibreOffice: one entry per clipboard line, the cells keyed by
 * the column they landed in. `id` is the row pasted over; null means the paste ran past the
 * end and the line becomes a new channel. Cells are raw text: the core reads labels ("Actief",
 * "Facebook"), organisation and person names, yes/no.
 */
export const pasteRowsSchema = z
  .array(
    z
      .object({
        id: uuid.nullable(),
        cells: z.partialRecord(z.enum(CHANNEL_EDITABLE_FIELDS), z.string().max(10_000)),
      })
      .strict(),
  )
  .min(1)
  .max(10_000);

export interface CellProblem {
  /** 1-based line of the pasted block (or spreadsheet row for imports). */
  row: number;
  field: string;
  message: string;
  messageEn: string;
}

export interface PasteResult {
  updated: number;
  created: number;
  createdIds: string[];
  /** Lines not applied, with the reason; the others were applied. */
  problems: CellProblem[];
  /** The undo step of the whole paste, or null when nothing was applied. */
  batchId: string | null;
}
