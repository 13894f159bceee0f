import { app, BrowserWindow, dialog, ipcMain, session as electronSession } from 'electron';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { hostContract } from '../../shared/api/hostContract';
import { registerIpcAdapter } from '../adapters/ipc';
import { createCoreHandlers } from '../core/api/coreHandlers';
import type { HandlerMap } from '../core/api/handlerTypes';
import { RegisterSession } from '../core/register/registerSession';
import { currentActor, defaultDataDir } from '../core/settings/appSettings';
import { APP_ORIGIN, registerAppScheme, serveRenderer } from './appProtocol';
import { createMainWindow } from './window';

registerAppScheme();
app.enableSandbox();

if (!app.requestSingleInstanceLock()) {
  app.quit();
}

/** better-sqlite3 built for Electron's ABI by scripts/start.mjs, beside the Node build the tests use. */
function electronNativeBinding(): string | undefined {
  const candidate = join(__dirname, '..', '..', '.electron-native', 'better_sqlite3.node');
  return existsSync(candidate) ? candidate : undefined;
}

function hostHandlers(session: RegisterSession): HandlerMap<keyof typeof hostContract> {
  return {
    'host.capabilities': () => ({ fileDialogs: true }),
    'host.pickRegisterPath': async ({ mode }) => {
      const window = BrowserWindow.getFocusedWindow();
      const filters = [{ name: 'Kanalenregister', extensions: ['sqlite'] }];
      const options = { defaultPath: session.settings.registersDir, filters };
      if (mode === 'create') {
        const result = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options);
        return result.canceled || !result.filePath ? null : result.filePath;
      }
      const result = window
        ? await dialog.showOpenDialog(window, { ...options, properties: ['openFile'] })
        : await dialog.showOpenDialog({ ...options, properties: ['openFile'] });
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
  };
}

app.whenReady().then(() => {
  const session = new RegisterSession({
    dataDir: defaultDataDir(),
    actor: currentActor(),
    nativeBinding: electronNativeBinding(),
  });
  session.startup();
  serveRenderer(join(__dirname, '..', 'renderer'));
  registerIpcAdapter(ipcMain, { ...createCoreHandlers(session), ...hostHandlers(session) }, APP_ORIGIN);
  // No permission (camera, notifications, geolocation, ...) is ever needed.
  electronSession.defaultSession.setPermissionRequestHandler((_webContents, _permission, callback) => callback(false));
  createMainWindow();
  app.on('second-instance', () => BrowserWindow.getAllWindows()[0]?.focus());
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) createMainWindow();
  });
  app.on('window-all-closed', () => {
    session.close();
    if (process.platform !== 'darwin') app.quit();
  });
});
