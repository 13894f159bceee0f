import type { costImportsContract } from '../../../shared/api/costImportsContract';
import type { HandlerMap } from '../api/handlerTypes';
import type { RegisterSession } from '../register/registerSession';
import { CostImportService } from './costImportService';

export function costImportsHandlers(session: RegisterSession): HandlerMap<keyof typeof costImportsContract> {
  const imports = new CostImportService(() => session.require());
  return {
    'imports.costs.preview': (input) => imports.preview(input),
    'imports.costs.commit': (input) => imports.commit(input),
  };
}
