import type { historyContract } from '../../../shared/api/historyContract';
import type { HandlerMap } from '../api/handlerTypes';
import type { RegisterSession } from '../register/registerSession';

export function historyHandlers(session: RegisterSession): HandlerMap<keyof typeof historyContract> {
  return {
    'history.state': () => session.require().history.state(),
    'history.undo': () => session.require().history.undo(),
    'history.redo': () => session.require().history.redo(),
  };
}
