import { app, BrowserWindow, dialog, ipcMain, session as electronSession } from 'electron';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { hostContract } from '../../shared/api/hostContract';
import type { ExportFormat } from '../../shared/domain/exportOptions';
import { registerIpcAdapter } from '../adapters/ipc';
import { createCoreHandlers } from '../core/api/coreHandlers';
import type { HandlerMap } from '../core/api/handlerTypes';
import { DomainError } from '../core/errors';
import { preparedExportPath, removePreparedExport } from '../core/exports/preparedExports';
import { RegisterSession } from '../core/register/registerSession';
import { currentActor, defaultDataDir } from '../core/settings/appSettings';
import { APP_ORIGIN, registerAppScheme, serveRenderer } from './appProtocol';
import { moveFile } from './moveFile';
import { guardEveryWebContents } from './navigationGuard';
import { denyAllPermissions } from './permissions';
import { createMainWindow, openExternalSafely } from './window';

registerAppScheme();
app.enableSandbox();

// A second instance hands over to the first (which focuses its window) and stops here, before it
// opens any register: app.quit() alone would let the rest of this module run on.
const primaryInstance = app.requestSingleInstanceLock();
if (!primaryInstance) app.exit(0);

/** better-sqlite3 built for Electron's ABI by scripts/start.mjs, beside the Node build the tests use. */
function electronNativeBinding(): string | undefined {
  const candidate = join(__dirname, '..', '..', '.electron-native', 'better_sqlite3.node');
  return existsSync(candidate) ? candidate : undefined;
}

/** The save dialog's file type per export format. */
const EXPORT_FILTERS: Record<ExportFormat, Electron.FileFilter> = {
  xlsx: { name: 'Excel-werkmap', extensions: ['xlsx'] },
  docx: { name: 'Word-document', extensions: ['docx'] },
  csv: { name: 'CSV (puntkomma)', extensions: ['csv'] },
};

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
    // The export was written by exports.prepare; here it only moves to where the user wants it.
    'host.saveExport': async ({ exportId }) => {
      const dataDir = session.settings.dataDir;
      const prepared = preparedExportPath(dataDir, exportId);
      if (!prepared) {
        throw new DomainError(
          'NOT_FOUND',
          'Deze export is er niet (meer): hij werd al bewaard of is verlopen. Exporteer opnieuw.',
          'This export is not there (any more): it was saved already or has expired. Export again.',
        );
      }
      const window = BrowserWindow.getFocusedWindow();
      const options = {
        defaultPath: join(app.getPath('documents'), prepared.fileName),
        filters: [EXPORT_FILTERS[prepared.format]],
      };
      const result = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options);
      if (result.canceled || !result.filePath) return null;
      try {
        await moveFile(prepared.path, result.filePath);
      } catch (error) {
        // Claimed meanwhile (a second click) or expired while the dialog was open: not the folder's fault.
        if ((error as NodeJS.ErrnoException).code === 'ENOENT' && !preparedExportPath(dataDir, exportId)) {
          throw new DomainError(
            'NOT_FOUND',
            'Deze export is er niet (meer): hij werd al bewaard of is verlopen. Exporteer opnieuw.',
            'This export is not there (any more): it was saved already or has expired. Export again.',
          );
        }
        throw new DomainError(
          'FILE_ERROR',
          `Het bestand kon niet bewaard worden in ${result.filePath} (${(error as NodeJS.ErrnoException).code ?? 'fout'}). Kies een andere map.`,
          `The file could not be saved to ${result.filePath} (${(error as NodeJS.ErrnoException).code ?? 'error'}). Choose another folder.`,
        );
      }
      removePreparedExport(dataDir, exportId);
      return { path: result.filePath };
    },
  };
}

// Every web contents (not only the main window) may only show the app; links go to the OS browser.
guardEveryWebContents(app, APP_ORIGIN, openExternalSafely);

void app.whenReady().then(async () => {
  if (!primaryInstance) return;
  const session = new RegisterSession({
    dataDir: defaultDataDir(),
    actor: currentActor(),
    nativeBinding: electronNativeBinding(),
  });
  await session.startup();
  // The register's lock file goes with the app (window-all-closed closes it too; this covers app.quit()).
  app.on('will-quit', () => session.close());
  serveRenderer(join(__dirname, '..', 'renderer'));
  registerIpcAdapter(ipcMain, { ...createCoreHandlers(session), ...hostHandlers(session) }, APP_ORIGIN);
  // No permission (camera, notifications, geolocation, devices, ...) is ever needed.
  denyAllPermissions(electronSession.defaultSession);
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
