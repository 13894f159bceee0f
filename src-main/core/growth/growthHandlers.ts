import type { growthContract } from '../../../shared/api/growthContract';
import type { HandlerMap } from '../api/handlerTypes';
import type { RegisterSession } from '../register/registerSession';

export function growthHandlers(session: RegisterSession): HandlerMap<keyof typeof growthContract> {
  return {
    'growth.series': (input) => session.require().growth.series(input),
    'growth.periods': (input) => session.require().growth.periods(input),
    'growth.compare': (input) => session.require().growth.compare(input),
  };
}
