import { z } from 'zod';
import { isoDate, uuid } from './fields';
import { SNAPSHOT_METRICS, type FollowerSnapshot, type SnapshotMetric } from './snapshot';
import type { CellProblem } from './paste';

/** What to do when a channel already has a count for that date and metric: never a silent duplicate. */
export const DUPLICATE_CHOICES = ['ask', 'keep', 'replace'] as const;
export type DuplicateChoice = (typeof DUPLICATE_CHOICES)[number];

/** One line of the monthly count sheet: an active channel, its previous count, room for the new one. */
export interface MonthlySheetRow {
  channelId: string;
  name: string;
  platform: string;
  organisationName: string | null;
  metric: SnapshotMetric;
  previous: { date: string; count: number } | null;
  /** A count already entered for the sheet's date, if any. */
  existing: number | null;
}

export const saveCountsSchema = z
  .object({
    date: isoDate,
    entries: z
      .array(
        z
          .object({ channelId: uuid, metric: z.enum(SNAPSHOT_METRICS), count: z.number().int().min(0).max(10_000_000_000) })
          .strict(),
      )
      .min(1)
      .max(100_000),
    onDuplicate: z.enum(DUPLICATE_CHOICES).optional(),
    source: z.string().max(500).optional(),
  })
  .strict();

/**
 * Result of saving counts (sheet, paste, import). With onDuplicate 'ask' (the default) nothing is
 * written when a duplicate exists: the duplicates come back so the user can choose.
 */
export interface SaveCountsResult {
  saved: number;
  replaced: number;
  kept: number;
  duplicates: Array<{ channelId: string; date: string; metric: SnapshotMetric; existing: number; incoming: number }>;
  /** Implausible drops (more than 50 % down from the previous count): saved, but flagged. */
  flags: Array<{ channelId: string; date: string; previous: number; count: number; message: string; messageEn: string }>;
  problems: CellProblem[];
  batchId: string | null;
}

/** A block pasted from a spreadsheet: channel (name, handle, URL or id), date, count, optional metric. */
export const pasteCountsSchema = z
  .object({
    rows: z
      .array(z.array(z.string().max(2000)).max(10))
      .min(1)
      .max(50_000),
    onDuplicate: z.enum(DUPLICATE_CHOICES).optional(),
  })
  .strict();

export type { FollowerSnapshot };
