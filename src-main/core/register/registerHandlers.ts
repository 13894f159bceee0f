import type { registerContract } from '../../../shared/api/registerContract';
import type { HandlerMap } from '../api/handlerTypes';
import type { RegisterSession } from './registerSession';

export function registerHandlers(session: RegisterSession): HandlerMap<keyof typeof registerContract> {
  return {
    'register.current': () => session.state(),
    'register.recent': () => session.recent(),
    'register.defaultDirectory': () => session.settings.registersDir,
    'register.create': ({ path, withSample }) => session.create(path, { withSample }),
    'register.open': ({ path }) => session.open(path),
    'register.openSample': () => session.openSample(),
  };
}
