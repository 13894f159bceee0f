import type { viewsContract } from '../../../shared/api/viewsContract';
import type { HandlerMap } from '../api/handlerTypes';
import type { RegisterSession } from '../register/registerSession';

export function viewsHandlers(session: RegisterSession): HandlerMap<keyof typeof viewsContract> {
  return {
    'views.list': () => session.require().views.list(),
    'views.save': ({ id, fields }) => session.require().views.save(id, fields),
    'views.delete': ({ id }) => session.require().views.delete(id),
  };
}
