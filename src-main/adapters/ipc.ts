import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { fail } from '../../shared/api/result';
import { dispatch, type AllHandlers } from '../core/api/dispatch';
import { isSameOrigin } from '../electron/appUrl';

export const IPC_CHANNEL = 'kanalenregister:invoke';

/**
 * Electron adapter: one IPC channel, the same dispatcher as browser mode. Only the main frame of
 * a page loaded from the app's own origin may call it; input is validated by the dispatcher.
 */
export function registerIpcAdapter(ipcMain: Pick<IpcMain, 'handle'>, handlers: AllHandlers, appOrigin: string): void {
  ipcMain.handle(IPC_CHANNEL, async (event: IpcMainInvokeEvent, method: unknown, input: unknown) => {
    if (!senderAllowed(event, appOrigin)) {
      return fail('UNAUTHORISED', 'Verzoek van een onbekend venster geweigerd.', 'Request from an unknown frame refused.');
    }
    if (typeof method !== 'string') {
      return fail('UNKNOWN_METHOD', 'Ongeldige API-methode.', 'Invalid API method.');
    }
    return dispatch(handlers, method, input);
  });
}

/** The sender is the app's main frame: not a subframe, not a page from elsewhere, not a frame that is gone. */
function senderAllowed(event: IpcMainInvokeEvent, appOrigin: string): boolean {
  const frame = event.senderFrame;
  // A top-level frame has no parent (WebFrameMain.parent); an <iframe>, even the app's own, has one.
  if (!frame || frame.parent !== null) return false;
  return isSameOrigin(frame.url, appOrigin);
}
