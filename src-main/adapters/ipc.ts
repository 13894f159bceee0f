import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { fail } from '../../shared/api/result';
import { dispatch, type AllHandlers } from '../core/api/dispatch';

export const IPC_CHANNEL = 'kanalenregister:invoke';

/**
 * Electron adapter: one IPC channel, the same dispatcher as browser mode. Only frames loaded
 * from the app's own origin may call it; input is validated by the dispatcher.
 */
export function registerIpcAdapter(ipcMain: IpcMain, handlers: AllHandlers, appOrigin: string): void {
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

function senderAllowed(event: IpcMainInvokeEvent, appOrigin: string): boolean {
  const url = event.senderFrame?.url;
  if (!url) return false;
  try {
    return new URL(url).origin === appOrigin && event.senderFrame === event.sender.mainFrame;
  } catch {
    return false;
  }
}
