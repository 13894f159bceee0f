import type { costsContract } from '../../../shared/api/costsContract';
import type { HandlerMap } from '../api/handlerTypes';
import type { RegisterSession } from '../register/registerSession';

/** Cost lines and budgets; 'costs.overview' is served by costOverview/costOverviewHandlers.ts. */
export function costsHandlers(session: RegisterSession): HandlerMap<Exclude<keyof typeof costsContract, 'costs.overview'>> {
  return {
    'costs.list': (query) => session.require().costs.list(query),
    'costs.get': ({ id }) => session.require().costs.get(id),
    'costs.create': ({ fields }) => session.require().costs.create(fields),
    'costs.update': ({ id, patch }) => session.require().costs.update(id, patch),
    'costs.delete': ({ ids }) => session.require().costs.delete(ids),
    'costs.restore': ({ ids }) => session.require().costs.restore(ids),
    'costs.paste': ({ rows }) => session.require().costs.paste(rows),
    'budgets.list': (query) => session.require().budgets.list(query),
    'budgets.create': ({ fields }) => session.require().budgets.create(fields),
    'budgets.update': ({ id, patch }) => session.require().budgets.update(id, patch),
    'budgets.delete': ({ ids }) => session.require().budgets.delete(ids),
  };
}
