import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { browserHostHandlers } from '../../../src-main/adapters/browserHost';
import { IPC_CHANNEL, registerIpcAdapter } from '../../../src-main/adapters/ipc';
import { createCoreHandlers } from '../../../src-main/core/api/coreHandlers';
import { RegisterSession } from '../../../src-main/core/register/registerSession';

const APP = 'app://kanalenregister';
type Listener = (event: unknown, method: unknown, input: unknown) => Promise<{ ok: boolean; error?: { code: string } }>;

let dataDir: string;
let session: RegisterSession;
const registered = new Map<string, Listener>();

beforeAll(() => {
  // A real session over an empty data folder (no register open): the dispatcher and handlers are the app's own.
  dataDir = mkdtempSync(join(tmpdir(), 'kanalenregister-ipc-'));
  session = new RegisterSession({ dataDir, actor: 'tester' });
  const ipcMain = { handle: (channel: string, listener: Listener) => registered.set(channel, listener) };
  registerIpcAdapter(ipcMain as never, { ...createCoreHandlers(session), ...browserHostHandlers }, APP);
});

afterAll(() => {
  session.close();
  rmSync(dataDir, { recursive: true, force: true });
});

interface FakeFrame {
  url: string;
  parent: FakeFrame | null;
}

/** An IPC event as Electron builds it: the sending web contents and the frame that sent it. */
function eventFrom(frame: FakeFrame | null) {
  const main: FakeFrame = frame?.parent ?? frame ?? { url: `${APP}/index.html`, parent: null };
  return { sender: { mainFrame: main }, senderFrame: frame };
}

const call = (event: unknown, method: unknown, input: unknown = {}) => registered.get(IPC_CHANNEL)!(event, method, input);

describe('IPC adapter: the sender frame is checked', () => {
  it('registers one channel', () => {
    expect([...registered.keys()]).toEqual([IPC_CHANNEL]);
  });

  it("serves the app's main frame", async () => {
    const reply = await call(eventFrom({ url: `${APP}/index.html`, parent: null }), 'register.current');
    expect(reply).toMatchObject({ ok: true, value: { current: null } });
    const hashRoute = await call(eventFrom({ url: `${APP}/index.html#/kosten`, parent: null }), 'host.capabilities');
    expect(hashRoute).toEqual({ ok: true, value: { fileDialogs: false } });
  });

  it('refuses a subframe, even one of the app itself', async () => {
    const main: FakeFrame = { url: `${APP}/index.html`, parent: null };
    for (const url of [`${APP}/index.html`, 'https://evil.example/']) {
      const reply = await call(eventFrom({ url, parent: main }), 'register.current');
      expect(reply, url).toMatchObject({ ok: false, error: { code: 'UNAUTHORISED' } });
    }
  });

  it('refuses foreign origins and a missing frame', async () => {
    const foreign = [
      'https://evil.example/',
      'http://127.0.0.1:41059/',
      'file:///home/user/evil.html',
      'about:blank',
      'data:text/html,x',
      'app://evil/index.html',
      'app://kanalenregister@evil/',
      'app://kanalenregister:1/index.html',
      '',
    ];
    for (const url of foreign) {
      const reply = await call(eventFrom({ url, parent: null }), 'register.current');
      expect(reply, url).toMatchObject({ ok: false, error: { code: 'UNAUTHORISED' } });
    }
    // The frame navigated away or was destroyed before the call arrived.
    expect(await call(eventFrom(null), 'register.current')).toMatchObject({ ok: false, error: { code: 'UNAUTHORISED' } });
    expect(await call({ sender: {}, senderFrame: undefined }, 'register.current')).toMatchObject({
      ok: false,
      error: { code: 'UNAUTHORISED' },
    });
  });

  it('answers a method that is not a string with UNKNOWN_METHOD, an unknown one too', async () => {
    const app = eventFrom({ url: `${APP}/index.html`, parent: null });
    for (const method of [undefined, null, 42, { toString: () => 'register.current' }, ['register.current']]) {
      expect(await call(app, method), String(method)).toMatchObject({ ok: false, error: { code: 'UNKNOWN_METHOD' } });
    }
    for (const method of ['constructor', '__proto__', 'channels.dropAll', '']) {
      expect(await call(app, method), method).toMatchObject({ ok: false, error: { code: 'UNKNOWN_METHOD' } });
    }
  });

  it('answers input that does not match the schema with INVALID_INPUT from the dispatcher', async () => {
    const app = eventFrom({ url: `${APP}/index.html`, parent: null });
    for (const input of ['text', 42, [], { fields: { kind: 'social', platform: 'myspace', name: '' } }]) {
      const reply = await call(app, 'channels.create', input);
      expect(reply, JSON.stringify(input)).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    }
    expect(await call(app, 'host.pickRegisterPath', { mode: 'delete' })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT' },
    });
  });
});
