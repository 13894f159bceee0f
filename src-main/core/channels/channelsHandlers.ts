import type { channelsContract } from '../../../shared/api/channelsContract';
import type { HandlerMap } from '../api/handlerTypes';
import type { RegisterSession } from '../register/registerSession';

export function channelsHandlers(session: RegisterSession): HandlerMap<keyof typeof channelsContract> {
  return {
    'channels.list': (query) => session.require().channels.list(query),
    'channels.get': ({ id }) => session.require().channels.get(id),
    'channels.create': ({ fields }) => session.require().channels.create(fields),
    'channels.update': ({ id, patch }) => session.require().channels.update(id, patch),
    'channels.duplicate': ({ id }) => session.require().channels.duplicate(id),
    'channels.bulkUpdate': ({ ids, patch }) => session.require().channels.bulkUpdate(ids, patch),
    'channels.delete': ({ ids }) => session.require().channels.delete(ids),
    'channels.restore': ({ ids }) => session.require().channels.restore(ids),
    'channels.paste': ({ rows }) => session.require().channels.paste(rows),
    'channels.restoreVersion': ({ id, hlc }) => session.require().channels.restoreVersion(id, hlc),
    'channels.checkUrl': ({ url, excludeId }) => session.require().channels.checkUrl(url, excludeId),
  };
}
