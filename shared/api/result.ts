/**
 * The envelope every API call returns, across every adapter (IPC, HTTP, CLI).
 * Errors are values, never thrown exceptions or stack traces: the renderer
 * shows `message` (Dutch) or `messageEn` and can branch on `code`.
 */
export type ErrorCode =
  | 'INVALID_INPUT'
  | 'NOT_FOUND'
  | 'NO_REGISTER'
  | 'REGISTER_NEWER'
  | 'REGISTER_MISMATCH'
  | 'REGISTER_NOT_KANALENREGISTER'
  | 'REGISTER_DAMAGED'
  /** The register is held by another instance or laptop; it is open read-only and this write was refused. */
  | 'REGISTER_READ_ONLY'
  | 'FILE_EXISTS'
  | 'FILE_ERROR'
  | 'CONFLICT'
  | 'UNSUPPORTED'
  | 'UNKNOWN_METHOD'
  | 'UNAUTHORISED'
  | 'INTERNAL';

export interface ApiError {
  code: ErrorCode;
  /** Dutch (nl-BE), the UI's first language. */
  message: string;
  /** English, shown when the UI is switched to English and printed by the CLI. */
  messageEn: string;
  /** Machine-readable specifics, e.g. the failing field paths. */
  details?: unknown;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: ApiError };

export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

export function fail(code: ErrorCode, message: string, messageEn: string, details?: unknown): { ok: false; error: ApiError } {
  return { ok: false, error: details === undefined ? { code, message, messageEn } : { code, message, messageEn, details } };
}
