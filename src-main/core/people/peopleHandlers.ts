import type { peopleContract } from '../../../shared/api/peopleContract';
import type { HandlerMap } from '../api/handlerTypes';
import type { RegisterSession } from '../register/registerSession';

export function peopleHandlers(session: RegisterSession): HandlerMap<keyof typeof peopleContract> {
  return {
    'people.list': () => session.require().people.list(),
    'people.create': ({ fields }) => session.require().people.create(fields),
    'people.update': ({ id, patch }) => session.require().people.update(id, patch),
    'people.delete': ({ id }) => session.require().people.delete(id),
  };
}
