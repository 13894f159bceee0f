import { z } from 'zod';
import { uuid } from './fields';
import { DUPLICATE_CHOICES } from './snapshotEntry';
import type { ImportProblem } from './spreadsheetImport';
import type { SnapshotMetric } from './snapshot';

/** The platforms' own exports that are recognised, plus a plain date/count table. */
export const SNAPSHOT_FILE_FORMATS = [
  'meta-follows',
  'linkedin-followers',
  'youtube-table',
  'youtube-totals',
  'date-count',
] as const;
export type SnapshotFileFormat = (typeof SNAPSHOT_FILE_FORMATS)[number];

export const snapshotImportInputSchema = z
  .object({
    fileName: z.string().trim().min(1).max(300),
    contentBase64: z
      .string()
      .max(28_000_000)
      .regex(/^[A-Za-z0-9+/]*={0,2}$/),
    channelId: uuid.optional(),
    /**
     * For exports of daily gains: the total at the end of the day before the file's first day.
     * Omitted: the preview suggests the register's latest count before that day.
     */
    startCount: z.number().int().min(0).max(10_000_000_000).optional(),
    onDuplicate: z.enum(DUPLICATE_CHOICES).optional(),
  })
  .strict();
export type SnapshotImportInput = z.input<typeof snapshotImportInputSchema>;

export interface SnapshotImportPreview {
  fileName: string;
  format: SnapshotFileFormat;
  metric: SnapshotMetric;
  /** Which column of the file was used for what, in words ("Datum" -> datum, "Primary" -> nieuwe volgers). */
  columnsUsed: Array<{ header: string; usedAs: string }>;
  /** True when the file holds daily gains that become totals from a starting count. */
  gainsOnly: boolean;
  suggestedStartCount: { date: string; count: number } | null;
  startCountUsed: number | null;
  firstDate: string | null;
  lastDate: string | null;
  /** The counts that would be saved (first 100 for the preview) and how many in all. */
  rows: Array<{ date: string; gain: number | null; total: number | null }>;
  rowCount: number;
  duplicates: number;
  problems: ImportProblem[];
}

export const snapshotImportPreviewSchema = snapshotImportInputSchema;
