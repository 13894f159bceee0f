import type { HandlerMap } from '../api/handlerTypes';
import type { RegisterSession } from '../register/registerSession';
import { CostOverviewService } from './costOverviewService';

/**
 * costs.overview. The service prepares its statements on the register that is open now, so it
 * is made per call (a few statements, well under a millisecond) rather than kept across files.
 */
export function costOverviewHandlers(session: RegisterSession): HandlerMap<'costs.overview'> {
  return {
    'costs.overview': (query) => new CostOverviewService(session.require().db).overview(query),
  };
}
