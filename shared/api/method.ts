import type { z } from 'zod';

/**
 * One API method: the schema its input must satisfy and, as a type only, what it returns.
 * Every adapter validates with `input` before a handler runs.
 */
export interface MethodSpec<I extends z.ZodType, O> {
  input: I;
  /** Phantom field carrying the output type; never read at run time. */
  readonly output?: O;
}

export function method<O>() {
  return <I extends z.ZodType>(input: I): MethodSpec<I, O> => ({ input });
}
