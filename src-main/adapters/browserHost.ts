import type { hostContract } from '../../shared/api/hostContract';
import type { HandlerMap } from '../core/api/handlerTypes';
import { DomainError } from '../core/errors';

/**
 * In a browser the server cannot show a file dialog on the user's screen: the UI asks for a path
 * instead, and downloads exports (GET /api/exports/<id>) rather than saving them.
 */
export const browserHostHandlers: HandlerMap<keyof typeof hostContract> = {
  'host.capabilities': () => ({ fileDialogs: false }),
  'host.pickRegisterPath': () => {
    throw new DomainError(
      'UNSUPPORTED',
      'In browsermodus is er geen bestandskiezer; typ het pad van het register.',
      'Browser mode has no file dialog; type the path of the register.',
    );
  },
  'host.saveExport': () => {
    throw new DomainError(
      'UNSUPPORTED',
      'In browsermodus is er geen dialoog om te bewaren; het bestand wordt gedownload.',
      'Browser mode has no save dialog; the file is downloaded instead.',
    );
  },
};
