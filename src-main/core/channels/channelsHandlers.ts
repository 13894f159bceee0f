import type { channelsContract } from '../../../shared/api/channelsContract';
import type { HandlerMap } from '../api/handlerTypes';
import type { RegisterSession } from '../register/registerSession';

export function channelsHandlers(session: RegisterSession): HandlerMap<keyof typeof channelsContract> {
  return {
    'channels.list': (query) => session.require().channels.list(query),
    'channels.get': ({ id }) => session.require().channels.get(id),
    'channels.create': ({ fields }) => session.require().channels.create(fields),
    'channels.update': ({ id, patch }) => session.require().channels.update(id, patch),
    'channels.delete': ({ id }) => session.require().channels.delete(id),
    'channels.restore': ({ id }) => session.require().channels.restore(id),
  };
}
