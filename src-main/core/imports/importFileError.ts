import { MAX_IMPORT_BYTES } from '../../../shared/domain/spreadsheetImport';
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

/** A file past MAX_IMPORT_BYTES, refused from its size alone. */
export function fileTooLarge(fileName: string, bytes: number): DomainError {
  return importFileError(
    'too_large',
    `Het bestand '${fileName}' is ${megabytes(bytes)}; het maximum is ${megabytes(MAX_IMPORT_BYTES)}. Verdeel de lijst over kleinere bestanden of bewaar ze als CSV.`,
    `The file '${fileName}' is ${megabytes(bytes)}; the maximum is ${megabytes(MAX_IMPORT_BYTES)}. Split the list into smaller files or save it as CSV.`,
    { bytes, limit: MAX_IMPORT_BYTES },
  );
}

/**
 * Before the input is validated: a file past the limit is refused with its size and the limit
 * (the schema would only say its base64 text is too long). Base64 is 4 characters per 3 bytes.
 */
export function refuseOversizedFile(input: unknown): void {
  if (typeof input !== 'object' || input === null) return;
  const { fileName, contentBase64 } = input as { fileName?: unknown; contentBase64?: unknown };
  if (typeof contentBase64 !== 'string') return;
  // Base64 carries 3 bytes per 4 characters, less one byte per '=' of padding.
  const padding = contentBase64.endsWith('==') ? 2 : contentBase64.endsWith('=') ? 1 : 0;
  const bytes = Math.floor((contentBase64.length * 3) / 4) - padding;
  if (bytes > MAX_IMPORT_BYTES) throw fileTooLarge(typeof fileName === 'string' ? fileName.slice(0, 300) : '', bytes);
}
