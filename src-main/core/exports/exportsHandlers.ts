import type { HandlerMap } from '../api/handlerTypes';
import type { RegisterSession } from '../register/registerSession';
import { prepareExport } from './prepareExport';
import { removePreparedExport } from './preparedExports';

export function exportsHandlers(session: RegisterSession): HandlerMap<'exports.prepare' | 'exports.discard'> {
  return {
    'exports.prepare': (options) => prepareExport(session, options),
    'exports.discard': ({ exportId }) => ({ removed: removePreparedExport(session.settings.dataDir, exportId) }),
  };
}
