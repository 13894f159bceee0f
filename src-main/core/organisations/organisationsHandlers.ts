import type { organisationsContract } from '../../../shared/api/organisationsContract';
import type { HandlerMap } from '../api/handlerTypes';
import type { RegisterSession } from '../register/registerSession';

export function organisationsHandlers(session: RegisterSession): HandlerMap<keyof typeof organisationsContract> {
  return {
    'organisations.list': () => session.require().organisations.list(),
    'organisations.create': ({ fields }) => session.require().organisations.create(fields),
    'organisations.update': ({ id, patch }) => session.require().organisations.update(id, patch),
    'organisations.delete': ({ id }) => session.require().organisations.delete(id),
  };
}
