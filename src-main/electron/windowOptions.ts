import type { BrowserWindow as ElectronBrowserWindow, BrowserWindowConstructorOptions } from 'electron';

/** Electron's BrowserWindow class, or a test's stand-in for it. */
export type BrowserWindowClass = new (options: BrowserWindowConstructorOptions) => ElectronBrowserWindow;

/**
 * Builds the main window with the app's security settings. The class comes in as a parameter so
 * the settings can be tested without Electron; the options stay a literal inside
 * `new BrowserWindow(...)` because that is where Electronegativity reads them (npm run security).
 * Each line is one item of Electron's security checklist (DEVELOPERS.md).
 */
export function constructMainWindow(BrowserWindow: BrowserWindowClass, preload: string): ElectronBrowserWindow {
  return new BrowserWindow({
    width: 1280,
    height: 820,
    minWidth: 800,
    minHeight: 500,
    title: 'Kanalenregister',
    show: false,
    webPreferences: {
      // The bridge: one function (preload.ts).
      preload,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      enableWebSQL: false,
      // A file dropped on the window must not navigate it to file://.
      navigateOnDragDrop: false,
      // Middle-click would open links in a new window, outside setWindowOpenHandler's reach.
      disableBlinkFeatures: 'Auxclick',
      safeDialogs: true,
      // Off: on Windows and Linux Electron's spell checker downloads Hunspell dictionaries from
      // Google's CDN, and the app makes no network connections (SECURITY.md).
      spellcheck: false,
    },
  });
}
