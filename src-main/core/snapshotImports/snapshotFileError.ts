import { DomainError } from '../errors';

/**
 * Why a snapshot file as a whole cannot be imported (besides the reasons of the spreadsheet
 * readers in imports/, which come through as they are). `details.reason` lets the UI branch.
 */
export type SnapshotFileReason = 'encoding' | 'unknown_layout' | 'not_followers' | 'no_data' | 'problems' | 'start_count_missing';

/** A file-level refusal: nothing was saved, the message says why in Dutch and English. */
export function snapshotFileError(
  reason: SnapshotFileReason,
  nl: string,
  en: string,
  extra: Record<string, unknown> = {},
): DomainError {
  return new DomainError('INVALID_INPUT', nl, en, { reason, ...extra });
}
