import { DomainError } from '../errors';
import type { ImportLimits } from './importLimits';

/** Why a file as a whole cannot be imported; `details.reason` lets the UI branch without parsing text. */
export type ImportFileReason =
  | 'empty'
  | 'too_large'
  | 'xls'
  | 'not_spreadsheet'
  | 'wrong_extension'
  | 'zip_invalid'
  | 'zip_too_large'
  | 'not_workbook'
  | 'unreadable'
  | 'encoding'
  | 'unterminated_quote'
  | 'timeout'
  | 'too_many_rows'
  | 'sheet_not_found'
  | 'no_header'
  | 'no_data'
  | 'mapping';

/** A file-level refusal: nothing in it was imported, the message says why in Dutch and English. */
export function importFileError(
  reason: ImportFileReason,
  nl: string,
  en: string,
  extra: Record<string, unknown> = {},
): DomainError {
  return new DomainError('INVALID_INPUT', nl, en, { reason, ...extra });
}

export function megabytes(bytes: number): string {
  return `${Math.round(bytes / (1024 * 1024))} MB`;
}

export function tooManyRows(limits: ImportLimits): DomainError {
  return importFileError(
    'too_many_rows',
    `Het bestand heeft meer dan ${limits.maxRows.toLocaleString('nl-BE')} rijen; dat is meer dan een lijst van kanalen, tellingen of kosten kan hebben. Verdeel het over kleinere bestanden.`,
    `The file has more than ${limits.maxRows.toLocaleString('en-GB')} rows, more than a list of channels, counts or costs can hold. Split it into smaller files.`,
    { limit: limits.maxRows },
  );
}
