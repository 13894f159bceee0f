import type { ApiError, ErrorCode } from '../../shared/api/result';

/**
 * A failure the user can act on. Services throw it; the dispatcher turns it into
 * `{ ok: false, error }`. Anything else that is thrown is an internal error and its
 * details stay in the log, never in the response.
 */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly messageNl: string,
    readonly messageEn: string,
    readonly details?: unknown,
  ) {
    super(messageEn);
    this.name = 'DomainError';
  }

  toApiError(): ApiError {
    const error: ApiError = { code: this.code, message: this.messageNl, messageEn: this.messageEn };
    if (this.details !== undefined) error.details = this.details;
    return error;
  }
}

export function notFound(what: { nl: string; en: string }, id: string): DomainError {
  return new DomainError('NOT_FOUND', `${what.nl} ${id} bestaat niet (meer).`, `${what.en} ${id} does not exist.`, { id });
}
