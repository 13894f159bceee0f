import { z } from 'zod';
import { channelQuerySchema } from './channel';
import { collegeNoteSchema } from './collegeNote';
import { isoDate, uuid } from './fields';
import type { RuleMessage } from './validationMessages';

export const EXPORT_FORMATS = ['xlsx', 'docx', 'csv'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** The workbook's sheets: "Overzicht", one per platform, "Groei", "Kosten". */
export const WORKBOOK_SHEETS = ['overview', 'platforms', 'growth', 'costs'] as const;
export type WorkbookSheet = (typeof WORKBOOK_SHEETS)[number];

/** The tables a CSV export can hold (one file each). */
export const CSV_TABLES = ['channels', 'growth', 'costLines', 'costTotals'] as const;
export type CsvTable = (typeof CSV_TABLES)[number];

/**
 * What to export. Channels: `viewId` (a saved view), else `query` (what the grid shows now:
 * search, filters, sort), else every live channel. The period gives "growth over the period"
 * (count at `to` minus count at `from`), the Groei columns and the cost years; default: the
 * twelve months up to today.
 */
export const exportOptionsSchema = z
  .object({
    format: z.enum(EXPORT_FORMATS),
    viewId: uuid.optional(),
    query: channelQuerySchema.strict().optional(),
    from: isoDate.optional(),
    to: isoDate.optional(),
    xlsx: z
      .object({
        sheets: z.array(z.enum(WORKBOOK_SHEETS)).min(1).max(WORKBOOK_SHEETS.length).optional(),
        /** Groei: one row per channel and a column per date ("wide"), or a row per count ("long"). */
        growthLayout: z.enum(['wide', 'long']).optional(),
      })
      .strict()
      .optional(),
    docx: z
      .object({
        /** "note": the whole college note; "tables": only the tables, for the city's own template. */
        variant: z.enum(['note', 'tables']).optional(),
        /** The texts for this note; default: the register's template. */
        note: collegeNoteSchema.optional(),
        includeChart: z.boolean().optional(),
      })
      .strict()
      .optional(),
    csv: z
      .object({ table: z.enum(CSV_TABLES) })
      .strict()
      .optional(),
  })
  .strict()
  .refine((options) => !options.from || !options.to || options.to >= options.from, {
    message: 'end_before_start' satisfies RuleMessage,
    path: ['to'],
  })
  // The cost years of the export follow the period: the same bounds as the cost overview's.
  .refine((options) => !options.from || inCostYears(options.from), {
    message: 'year_out_of_range' satisfies RuleMessage,
    path: ['from'],
  })
  .refine((options) => !options.to || inCostYears(options.to), {
    message: 'year_out_of_range' satisfies RuleMessage,
    path: ['to'],
  })
  .refine((options) => !options.from || !options.to || Number(options.to.slice(0, 4)) - Number(options.from.slice(0, 4)) <= 50, {
    message: 'range_too_long' satisfies RuleMessage,
    path: ['to'],
  });

function inCostYears(iso: string): boolean {
  const year = Number(iso.slice(0, 4));
  return year >= 1990 && year <= 2200;
}
export type ExportOptions = z.input<typeof exportOptionsSchema>;

/** A finished export waiting to be saved (Electron) or downloaded (browser mode). */
export interface PreparedExport {
  exportId: string;
  /** Suggested file name, e.g. "Kanalenregister 2026-11-25.xlsx". */
  fileName: string;
  format: ExportFormat;
  bytes: number;
  /** Counts the dialog reports ("44 kanalen, 3 bladen"). */
  channelCount: number;
  /** Texts that started with =, +, -, @, tab or CR and were written as text (formula injection). */
  neutralisedCells: number;
}
