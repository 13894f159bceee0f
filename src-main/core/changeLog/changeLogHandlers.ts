import type { changeLogContract } from '../../../shared/api/changeLogContract';
import type { HandlerMap } from '../api/handlerTypes';
import type { RegisterSession } from '../register/registerSession';

export function changeLogHandlers(session: RegisterSession): HandlerMap<keyof typeof changeLogContract> {
  return {
    'changeLog.forEntity': ({ entity, id, limit }) => session.require().changeLog.forEntity(entity, id, limit),
  };
}
