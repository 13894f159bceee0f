import { BrowserWindow, shell } from 'electron';
import { join } from 'node:path';
import { APP_ORIGIN } from './appProtocol';
import { externalUrl } from './appUrl';
import { guardNavigation } from './navigationGuard';
import { denyAllPermissions } from './permissions';
import { constructMainWindow } from './windowOptions';

/** Opens http(s) links in the OS browser; anything else (file:, javascript:, custom schemes) is dropped. */
export function openExternalSafely(url: string): void {
  const external = externalUrl(url);
  if (external) void shell.openExternal(external);
}

export function createMainWindow(): BrowserWindow {
  const window = constructMainWindow(BrowserWindow, join(__dirname, 'preload.cjs'));
  window.once('ready-to-show', () => window.show());
  guardNavigation(window.webContents, APP_ORIGIN, openExternalSafely);
  // The window's session (the default one) grants nothing: set here so no window exists without it.
  denyAllPermissions(window.webContents.session);
  void window.loadURL(`${APP_ORIGIN}/index.html`);
  return window;
}
