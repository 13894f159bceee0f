import type { importsContract } from '../../../shared/api/importsContract';
import type { HandlerMap } from '../api/handlerTypes';
import type { RegisterSession } from '../register/registerSession';
import { ChannelImportService } from './channelImportService';

export function importsHandlers(session: RegisterSession): HandlerMap<keyof typeof importsContract> {
  const imports = new ChannelImportService(() => session.require());
  return {
    'imports.channels.preview': (input) => imports.preview(input),
    'imports.channels.commit': (input) => imports.commit(input),
  };
}
