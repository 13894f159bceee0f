import { describe, expect, it, vi } from 'vitest';
import { externalUrl, isSameOrigin } from '../../../src-main/electron/appUrl';
import { guardEveryWebContents, guardNavigation, type GuardedContents } from '../../../src-main/electron/navigationGuard';
import { denyAllPermissions, type PermissionSession } from '../../../src-main/electron/permissions';

const APP = 'app://kanalenregister';

/** A web contents stand-in that records the listeners the guard installs and lets the test fire them. */
function fakeContents() {
  const listeners = new Map<string, Array<(...args: unknown[]) => void>>();
  let openHandler: ((details: { url: string }) => { action: string }) | undefined;
  const contents = {
    setWindowOpenHandler: (handler: typeof openHandler) => {
      openHandler = handler;
    },
    on(event: string, listener: (...args: unknown[]) => void) {
      listeners.set(event, [...(listeners.get(event) ?? []), listener]);
      return contents;
    },
  };
  /** Fires an event the way Electron does (details object with the url, then the deprecated positional url); answers whether a listener called preventDefault. */
  const fire = (event: string, ...args: unknown[]) => {
    const electronEvent = {
      prevented: false,
      preventDefault() {
        electronEvent.prevented = true;
      },
      ...(typeof args[0] === 'string' ? { url: args[0] } : {}),
    };
    for (const listener of listeners.get(event) ?? []) listener(electronEvent, ...args);
    return electronEvent.prevented;
  };
  return { contents: contents as unknown as GuardedContents, listeners, fire, open: (url: string) => openHandler!({ url }) };
}

const FOREIGN = [
  'https://evil.example/',
  'http://127.0.0.1:8080/',
  'file:///etc/passwd',
  'file:///C:/Windows/System32/calc.exe',
  'javascript:alert(document.domain)',
  'data:text/html,<script>alert(1)</script>',
  'about:blank',
  'blob:app://kanalenregister/8c2f',
  'ms-msdt:/id PCWDiagnostic',
  'app://evil/index.html',
  'app://kanalenregister@evil/index.html',
  'app://kanalenregister:8080/index.html',
  'not a url',
];

describe('navigation guard', () => {
  it('lets the app navigate within its own origin', () => {
    const { contents, fire } = fakeContents();
    const opened = vi.fn();
    guardNavigation(contents, APP, opened);
    expect(fire('will-navigate', 'app://kanalenregister/index.html#/kosten')).toBe(false);
    expect(fire('will-frame-navigate', 'app://kanalenregister/index.html')).toBe(false);
    expect(fire('will-redirect', 'app://kanalenregister/index.html')).toBe(false);
    expect(opened).not.toHaveBeenCalled();
  });

  it('prevents every navigation away from the app; only http(s) goes to the OS browser', () => {
    const { contents, fire } = fakeContents();
    const opened = vi.fn();
    guardNavigation(contents, APP, opened);
    for (const url of FOREIGN) {
      expect(fire('will-navigate', url), url).toBe(true);
      expect(fire('will-frame-navigate', url), url).toBe(true);
      expect(fire('will-redirect', url), url).toBe(true);
    }
    // will-navigate hands over links to the web, nothing else; redirects and frames never open anything.
    expect(opened.mock.calls).toEqual([['https://evil.example/'], ['http://127.0.0.1:8080/']]);
  });

  it('denies every new window; http(s) targets open in the OS browser, others are dropped', () => {
    const { contents, open } = fakeContents();
    const opened = vi.fn();
    guardNavigation(contents, APP, opened);
    for (const url of [...FOREIGN, 'app://kanalenregister/index.html']) expect(open(url), url).toEqual({ action: 'deny' });
    expect(opened.mock.calls).toEqual([['https://evil.example/'], ['http://127.0.0.1:8080/']]);
  });

  it('prevents attaching a <webview>', () => {
    const { contents, fire } = fakeContents();
    guardNavigation(contents, APP, vi.fn());
    expect(fire('will-attach-webview', {}, { src: 'https://evil.example' })).toBe(true);
  });

  it('is installed once per web contents, also when the app-wide hook guards it again', () => {
    const { contents, listeners, open } = fakeContents();
    const opened = vi.fn();
    let created: ((event: unknown, contents: unknown) => void) | undefined;
    const app = {
      on: (event: string, listener: typeof created) => {
        expect(event).toBe('web-contents-created');
        created = listener;
      },
    };
    guardEveryWebContents(app as never, APP, opened);
    created!({}, contents);
    guardNavigation(contents, APP, opened);
    expect(listeners.get('will-navigate')).toHaveLength(1);
    open('https://www.mechelen.be/');
    expect(opened).toHaveBeenCalledTimes(1);
  });
});

describe('URL helpers', () => {
  it('isSameOrigin compares scheme, host and port (Node gives app:// the origin "null", so URL.origin cannot)', () => {
    expect(new URL('app://kanalenregister/index.html').origin).toBe('null');
    expect(isSameOrigin('app://kanalenregister/index.html', APP)).toBe(true);
    expect(isSameOrigin('app://kanalenregister/', APP)).toBe(true);
    for (const url of FOREIGN) expect(isSameOrigin(url, APP), url).toBe(false);
    expect(isSameOrigin(undefined, APP)).toBe(false);
    expect(isSameOrigin('', APP)).toBe(false);
    expect(isSameOrigin('http://127.0.0.1:5000/x', 'http://127.0.0.1:5000')).toBe(true);
    expect(isSameOrigin('http://127.0.0.1:5001/x', 'http://127.0.0.1:5000')).toBe(false);
  });

  it('externalUrl keeps http and https only', () => {
    expect(externalUrl('https://www.mechelen.be/x?y=1')).toBe('https://www.mechelen.be/x?y=1');
    expect(externalUrl('HTTP://EXAMPLE.ORG')).toBe('http://example.org/');
    for (const url of [
      'javascript:alert(1)',
      'JaVaScRiPt:alert(1)',
      'file:///etc/passwd',
      'data:,x',
      'vbscript:x',
      'app://kanalenregister/',
      ' ',
    ]) {
      expect(externalUrl(url), url).toBeNull();
    }
  });
});

describe('permissions', () => {
  it('denies every permission request, check and device', () => {
    const handlers: Record<string, (...args: never[]) => unknown> = {};
    const session = {
      setPermissionRequestHandler: (handler: never) => (handlers.request = handler),
      setPermissionCheckHandler: (handler: never) => (handlers.check = handler),
      setDevicePermissionHandler: (handler: never) => (handlers.device = handler),
    } as unknown as PermissionSession;
    denyAllPermissions(session);
    const permissions = [
      'media',
      'geolocation',
      'notifications',
      'clipboard-read',
      'openExternal',
      'fullscreen',
      'hid',
      'usb',
      'serial',
    ];
    for (const permission of permissions) {
      const callback = vi.fn();
      (handlers.request as (...args: unknown[]) => void)({}, permission, callback, { requestingUrl: 'app://kanalenregister/' });
      expect(callback, permission).toHaveBeenCalledExactlyOnceWith(false);
      expect((handlers.check as (...args: unknown[]) => unknown)({}, permission, 'app://kanalenregister', {}), permission).toBe(
        false,
      );
    }
    expect((handlers.device as (...args: unknown[]) => unknown)({ deviceType: 'usb', origin: 'app://kanalenregister' })).toBe(
      false,
    );
  });
});
