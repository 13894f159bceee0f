import { z } from 'zod';
import { isoDate, uuid } from '../domain/fields';
import type { FollowerSnapshot } from '../domain/snapshot';
import { pasteCountsSchema, saveCountsSchema, type MonthlySheetRow, type SaveCountsResult } from '../domain/snapshotEntry';
import { snapshotImportInputSchema, type SnapshotImportPreview } from '../domain/snapshotImport';
import { method } from './method';

export const snapshotsContract = {
  /** A channel's counts, newest first (detail panel). */
  'snapshots.forChannel': method<FollowerSnapshot[]>()(
    z.object({ channelId: uuid, limit: z.number().int().min(1).max(10_000).optional() }).strict(),
  ),
  /** The monthly count sheet: every active channel (status active, or not yet judged) with its previous count. */
  'snapshots.sheet': method<MonthlySheetRow[]>()(z.object({ date: isoDate }).strict()),
  /** Saves counts for one date (the sheet) as one undo step. */
  'snapshots.save': method<SaveCountsResult>()(saveCountsSchema),
  /** Counts pasted from a spreadsheet: channel, date, count[, metric] per line. */
  'snapshots.paste': method<SaveCountsResult>()(pasteCountsSchema),
  'snapshots.delete': method<{ deleted: number }>()(z.object({ ids: z.array(uuid).min(1).max(100_000) }).strict()),
  /** Reads a platform export (Meta, LinkedIn, YouTube) or a date/count table. Writes nothing. */
  'snapshots.importPreview': method<SnapshotImportPreview>()(snapshotImportInputSchema),
  /** Saves what the preview showed, for `channelId`, from the confirmed starting count. One undo step. */
  'snapshots.importCommit': method<SaveCountsResult>()(snapshotImportInputSchema.extend({ channelId: uuid }).strict()),
} as const;
