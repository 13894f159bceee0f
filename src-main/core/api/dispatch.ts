import { contract, isMethod, type Method } from '../../../shared/api/contract';
import { fail, ok, type Result } from '../../../shared/api/result';
import { DomainError } from '../errors';
import { isSqliteReadOnlyError, readOnlyError } from '../register/readOnly';
import { validate } from '../validation';
import type { Handler, HandlerMap } from './handlerTypes';

export type AllHandlers = HandlerMap<Method>;

/**
 * The single entry every adapter goes through: unknown method -> typed error, input checked
 * against the contract's schema, the handler's throw turned into a value. Internal errors are
 * logged here and answered without their stack, so nothing about the machine leaks out.
 */
export async function dispatch(handlers: AllHandlers, method: string, input: unknown): Promise<Result<unknown>> {
  if (!isMethod(method)) {
    return fail(
      'UNKNOWN_METHOD',
      `Onbekende API-methode: ${method.slice(0, 100)}`,
      `Unknown API method: ${method.slice(0, 100)}`,
    );
  }
  try {
    const parsed = validate(contract[method].input, input ?? {});
    const handler = handlers[method] as Handler<Method>;
    return ok(await handler(parsed as never));
  } catch (error) {
    if (error instanceof DomainError) return { ok: false, error: error.toApiError() };
    // A write on a read-only register that no session explained (createCoreHandlers names the holder).
    if (isSqliteReadOnlyError(error)) return { ok: false, error: readOnlyError(null, null).toApiError() };
    console.error(`[kanalenregister] ${method} failed:`, error);
    return fail(
      'INTERNAL',
      'Er ging iets onverwachts mis; er is niets opgeslagen van deze actie.',
      'Something unexpected went wrong; nothing of this action was saved.',
    );
  }
}
