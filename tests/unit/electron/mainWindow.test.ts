import type { BrowserWindowConstructorOptions } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';

/** What Electron's security checklist asks of every window, written out: a change to the window must change this. */
const EXPECTED_WEB_PREFERENCES = {
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
  navigateOnDragDrop: false,
  disableBlinkFeatures: 'Auxclick',
  safeDialogs: true,
  // The spell checker would download dictionaries (Windows, Linux): no network use.
  spellcheck: false,
};

/** Small stand-ins for the Electron main-process API the window uses (no Electron binary here). */
const fake = vi.hoisted(() => {
  const windows: Array<{
    options: unknown;
    loaded: string[];
    handlers: Map<string, unknown>;
    permissions: Map<string, unknown>;
    openHandler?: unknown;
  }> = [];
  class FakeBrowserWindow {
    readonly record: (typeof windows)[number];
    readonly webContents: {
      setWindowOpenHandler(handler: unknown): void;
      on(event: string, listener: unknown): unknown;
      session: Record<string, (handler: unknown) => unknown>;
    };
    constructor(options: unknown) {
      const record: (typeof windows)[number] = { options, loaded: [], handlers: new Map(), permissions: new Map() };
      this.record = record;
      windows.push(record);
      this.webContents = {
        setWindowOpenHandler: (handler) => {
          record.openHandler = handler;
        },
        on(event, listener) {
          record.handlers.set(event, listener);
          return this;
        },
        session: {
          setPermissionRequestHandler: (handler: unknown) => record.permissions.set('request', handler),
          setPermissionCheckHandler: (handler: unknown) => record.permissions.set('check', handler),
          setDevicePermissionHandler: (handler: unknown) => record.permissions.set('device', handler),
        },
      };
    }
    once() {
      return this;
    }
    loadURL(url: string) {
      this.record.loaded.push(url);
      return Promise.resolve();
    }
  }
  return { windows, FakeBrowserWindow, openExternal: vi.fn(() => Promise.resolve()) };
});

vi.mock('electron', () => ({
  BrowserWindow: fake.FakeBrowserWindow,
  shell: { openExternal: fake.openExternal },
  protocol: {},
  net: {},
}));

const { constructMainWindow } = await import('../../../src-main/electron/windowOptions');
const { createMainWindow, openExternalSafely } = await import('../../../src-main/electron/window');

beforeEach(() => {
  fake.windows.length = 0;
  fake.openExternal.mockClear();
});

describe('the main window: Electron security settings', () => {
  it('constructMainWindow passes exactly the checklist settings and the preload path', () => {
    const seen: BrowserWindowConstructorOptions[] = [];
    class Recorder {
      constructor(options: BrowserWindowConstructorOptions) {
        seen.push(options);
      }
    }
    constructMainWindow(Recorder as never, '/app/dist/main/preload.cjs');
    expect(seen).toHaveLength(1);
    expect(seen[0]!.webPreferences).toEqual({ ...EXPECTED_WEB_PREFERENCES, preload: '/app/dist/main/preload.cjs' });
    expect(seen[0]!.show).toBe(false);
    // Nothing that widens the renderer: no node integration anywhere, no blink features switched on.
    expect(seen[0]!.webPreferences).not.toHaveProperty('enableBlinkFeatures');
    expect(seen[0]!.webPreferences).not.toHaveProperty('additionalArguments');
  });

  it('createMainWindow builds the window with those settings, preload.cjs beside main, and loads only app://', () => {
    createMainWindow();
    expect(fake.windows).toHaveLength(1);
    const [window] = fake.windows;
    const preferences = (window!.options as BrowserWindowConstructorOptions).webPreferences!;
    expect(preferences).toEqual({ ...EXPECTED_WEB_PREFERENCES, preload: expect.stringMatching(/[/\\]preload\.cjs$/) });
    expect(window!.loaded).toEqual(['app://kanalenregister/index.html']);
  });

  it('createMainWindow installs the navigation guards on its web contents', () => {
    createMainWindow();
    const [window] = fake.windows;
    expect([...window!.handlers.keys()].sort()).toEqual([
      'will-attach-webview',
      'will-frame-navigate',
      'will-navigate',
      'will-redirect',
    ]);
    const open = window!.openHandler as (details: { url: string }) => { action: string };
    expect(open({ url: 'https://www.mechelen.be/' })).toEqual({ action: 'deny' });
    expect(fake.openExternal).toHaveBeenCalledWith('https://www.mechelen.be/');
  });

  it("createMainWindow makes the window's session deny every permission", () => {
    createMainWindow();
    const [window] = fake.windows;
    expect([...window!.permissions.keys()].sort()).toEqual(['check', 'device', 'request']);
    const callback = vi.fn();
    (window!.permissions.get('request') as (...args: unknown[]) => void)({}, 'media', callback, {});
    expect(callback).toHaveBeenCalledExactlyOnceWith(false);
    expect(
      (window!.permissions.get('check') as (...args: unknown[]) => unknown)({}, 'notifications', 'app://kanalenregister', {}),
    ).toBe(false);
  });

  it('openExternalSafely hands only http(s) to the OS', () => {
    for (const url of [
      'javascript:alert(1)',
      'file:///etc/passwd',
      'data:text/html,x',
      'ms-msdt:/id',
      'smb://host/share',
      'nonsense',
    ]) {
      openExternalSafely(url);
    }
    expect(fake.openExternal).not.toHaveBeenCalled();
    openExternalSafely('http://example.org/a b');
    expect(fake.openExternal).toHaveBeenCalledWith('http://example.org/a%20b');
  });
});
