/**
 * Backups of a register, made with SQLite's online backup API into the app's data folder
 * (never beside the register: a network share or a synced folder is exactly where a copy
 * should not depend on). One file per backup plus a small JSON manifest beside it.
 */
export const BACKUP_REASONS = ['pre-migration', 'daily', 'manual', 'before-restore'] as const;
export type BackupReason = (typeof BACKUP_REASONS)[number];

export interface BackupInfo {
  /** File name without extension, e.g. "2026-11-25T17-30-00-123Z-daily"; safe to pass back to the API. */
  id: string;
  /** ISO timestamp of the backup. */
  createdAt: string;
  reason: BackupReason;
  sizeBytes: number;
  /** Channels (not deleted) in the copy, counted when it was made. */
  channelCount: number;
  /** Schema version of the copy (a pre-migration backup has the older one). */
  schemaVersion: number;
  /** The register file it was taken from. */
  sourcePath: string;
  /** register_meta.register_id of the copy; null for a file from before ids existed. */
  registerId: string | null;
}

/** How many backups are kept: pre-migration and manual ones are all kept. */
export const DEFAULT_DAILY_BACKUPS_KEPT = 14;

export interface IntegrityReport {
  /** 'quick' = PRAGMA quick_check (every open), 'full' = integrity_check + foreign_key_check (on demand). */
  kind: 'quick' | 'full';
  ok: boolean;
  checkedAt: string;
  /** SQLite's own lines when not ok (at most 50), e.g. "row 12 missing from index ...". */
  problems: string[];
  durationMs: number;
}
