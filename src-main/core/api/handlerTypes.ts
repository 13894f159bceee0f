import type { Method, Output, ParsedInput } from '../../../shared/api/contract';

/** A handler receives input already validated against the contract and returns the method's output. */
export type Handler<M extends Method> = (input: ParsedInput<M>) => Output<M> | Promise<Output<M>>;

export type HandlerMap<M extends Method> = { [K in M]: Handler<K> };
