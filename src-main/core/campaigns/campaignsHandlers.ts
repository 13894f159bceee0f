import type { campaignsContract } from '../../../shared/api/campaignsContract';
import type { HandlerMap } from '../api/handlerTypes';
import type { RegisterSession } from '../register/registerSession';

export function campaignsHandlers(session: RegisterSession): HandlerMap<keyof typeof campaignsContract> {
  return {
    'campaigns.list': () => session.require().campaigns.list(),
    'campaigns.save': ({ id, fields }) => session.require().campaigns.save(id, fields),
    'campaigns.delete': ({ id }) => session.require().campaigns.delete(id),
    'campaigns.effect': ({ id }) => session.require().campaigns.effect(id),
  };
}
