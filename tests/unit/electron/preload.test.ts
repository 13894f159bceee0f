import { beforeAll, describe, expect, it, vi } from 'vitest';
import { IPC_CHANNEL } from '../../../src-main/adapters/ipc';

/**
 * preload.ts runs against a fake contextBridge and an ipcRenderer that records every property
 * anyone reads from it: the bridge must expose one function that only ever invokes one channel.
 */
const fake = vi.hoisted(() => {
  const exposed: Array<{ key: string; api: unknown }> = [];
  const touched: string[] = [];
  const invocations: unknown[][] = [];
  const ipcRenderer = new Proxy(
    {
      invoke: (...args: unknown[]) => {
        invocations.push(args);
        return Promise.resolve({ ok: true, value: 'answer' });
      },
    },
    {
      get(target, property, receiver) {
        touched.push(String(property));
        return Reflect.get(target, property, receiver);
      },
    },
  );
  return { exposed, touched, invocations, ipcRenderer };
});

vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, api: unknown) => fake.exposed.push({ key, api }) },
  ipcRenderer: fake.ipcRenderer,
}));

beforeAll(async () => {
  await import('../../../src-main/electron/preload');
});

describe('preload: the whole bridge is one function', () => {
  it('exposes exactly one key holding exactly one function, and reads nothing from ipcRenderer while loading', () => {
    expect(fake.exposed).toHaveLength(1);
    const [{ key, api }] = fake.exposed as [{ key: string; api: Record<string, unknown> }];
    expect(key).toBe('kanalenregister');
    expect(Object.getOwnPropertyNames(api)).toEqual(['invoke']);
    expect(Object.getOwnPropertySymbols(api)).toEqual([]);
    expect(typeof api.invoke).toBe('function');
    expect(Object.getPrototypeOf(api)).toBe(Object.prototype);
    expect(fake.touched).toEqual([]);
  });

  it('invoke sends method and input on the one channel and nothing else, and hands back the answer', async () => {
    const { api } = fake.exposed[0] as { api: { invoke: (...args: unknown[]) => Promise<unknown> } };
    await expect(api.invoke('channels.list', { search: 'x' })).resolves.toEqual({ ok: true, value: 'answer' });
    // Extra arguments from the page are not passed on.
    await api.invoke('register.current', {}, 'extra', () => 'smuggled');
    expect(fake.invocations).toEqual([
      [IPC_CHANNEL, 'channels.list', { search: 'x' }],
      [IPC_CHANNEL, 'register.current', {}],
    ]);
    expect(IPC_CHANNEL).toBe('kanalenregister:invoke');
    // Only ipcRenderer.invoke was ever read: no send, on, sendSync, or the object itself leaks.
    expect(new Set(fake.touched)).toEqual(new Set(['invoke']));
  });

  it('the returned value is the answer, not ipcRenderer or an event', async () => {
    const { api } = fake.exposed[0] as { api: { invoke: (...args: unknown[]) => Promise<unknown> } };
    const answer = await api.invoke('register.current', {});
    expect(answer).not.toBe(fake.ipcRenderer);
    expect(answer).toEqual({ ok: true, value: 'answer' });
  });
});
