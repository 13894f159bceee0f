import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { build } from 'esbuild';
import { mkdirSync } from 'node:fs';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  LOCK_STALE_AFTER_MS,
  lockPathFor,
  RegisterLock,
  type LockFileContent,
} from '../../../src-main/core/register/registerLock';
import { tempDir, useTempDirs } from '../../helpers/tempRegister';
import { api, newSession } from './durabilityHelpers';

useTempDirs();
afterEach(() => {
  vi.useRealTimers();
});

function readLock(path: string): LockFileContent {
  return JSON.parse(readFileSync(lockPathFor(path), 'utf8')) as LockFileContent;
}

function writeLock(path: string, content: Partial<LockFileContent>): void {
  const at = new Date().toISOString();
  const lock: LockFileContent = {
    user: 'collega',
    host: 'andere-laptop',
    pid: 4242,
    openedAt: at,
    heartbeatAt: at,
    sessionId: '11111111-1111-4111-8111-111111111111',
    ...content,
  };
  writeFileSync(lockPathFor(path), JSON.stringify(lock));
}

/** The pid of a process that has finished (and so is not alive on this machine). */
function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
  return Number(child.stdout);
}

async function registerFile(): Promise<string> {
  const path = join(tempDir(), 'kanalen.sqlite');
  const maker = newSession(tempDir(), { dailyBackups: false });
  await maker.create(path);
  maker.close();
  return path;
}

describe('the register lock', () => {
  it('is held while a session has the register open, with who, where and since when', async () => {
    const path = await registerFile();
    const session = newSession(tempDir(), { actor: 'An Peeters', dailyBackups: false });
    const info = await session.open(path);
    expect(info).toMatchObject({ access: 'read-write', lockHolder: null });
    const lock = readLock(path);
    expect(lock).toMatchObject({ user: 'An Peeters', host: hostname(), pid: process.pid });
    expect(lock.sessionId).toMatch(/^[0-9a-f-]{36}$/);
    expect(Date.parse(lock.heartbeatAt)).toBeGreaterThan(Date.now() - 60_000);

    // Reopening the same file keeps the same lock.
    await session.open(path);
    expect(readLock(path).sessionId).toBe(lock.sessionId);
  });

  it('is removed on close and when the session switches to another register', async () => {
    const first = await registerFile();
    const second = await registerFile();
    const session = newSession(tempDir(), { dailyBackups: false });
    await session.open(first);
    expect(existsSync(lockPathFor(first))).toBe(true);
    await session.open(second);
    expect(existsSync(lockPathFor(first))).toBe(false);
    expect(existsSync(lockPathFor(second))).toBe(true);
    session.close();
    expect(existsSync(lockPathFor(second))).toBe(false);
  });

  it('is left alone on close when it is no longer ours', async () => {
    const path = await registerFile();
    const session = newSession(tempDir(), { dailyBackups: false });
    await session.open(path);
    writeLock(path, { sessionId: '22222222-2222-4222-8222-222222222222' });
    session.close();
    expect(readLock(path).sessionId).toBe('22222222-2222-4222-8222-222222222222');
  });

  it('a live lock of someone else makes a second session read-only, naming the holder', async () => {
    const path = await registerFile();
    const holder = newSession(tempDir(), { actor: 'An Peeters', dailyBackups: false });
    await holder.open(path);
    const second = newSession(tempDir(), { actor: 'Jan', dailyBackups: false });
    const info = await second.open(path);
    expect(info.access).toBe('read-only');
    expect(info.lockHolder).toMatchObject({ user: 'An Peeters', host: hostname(), pid: process.pid });
    expect(readLock(path).user).toBe('An Peeters');
    // Closing the reader leaves the holder's lock.
    second.close();
    expect(readLock(path).user).toBe('An Peeters');
  });

  it('a lock from another laptop with a fresh heartbeat is respected', async () => {
    const path = await registerFile();
    writeLock(path, {});
    const session = newSession(tempDir(), { dailyBackups: false });
    const info = await session.open(path);
    expect(info).toMatchObject({ access: 'read-only', lockHolder: { user: 'collega', host: 'andere-laptop' } });
  });

  it('a lock whose process on this machine is gone is taken over', async () => {
    const path = await registerFile();
    writeLock(path, { host: hostname(), pid: deadPid() });
    const session = newSession(tempDir(), { actor: 'tester', dailyBackups: false });
    const info = await session.open(path);
    expect(info.access).toBe('read-write');
    expect(readLock(path)).toMatchObject({ user: 'tester', pid: process.pid });
  });

  it('a lock whose heartbeat stopped more than ten minutes ago is taken over (another laptop)', async () => {
    const path = await registerFile();
    const old = new Date(Date.now() - LOCK_STALE_AFTER_MS - 60_000).toISOString();
    writeLock(path, { heartbeatAt: old, openedAt: old });
    const session = newSession(tempDir(), { dailyBackups: false });
    expect((await session.open(path)).access).toBe('read-write');
    expect(readLock(path).host).toBe(hostname());
  });

  it('a half-written (unreadable) lock counts as held for a moment, then as stale', async () => {
    const path = await registerFile();
    writeFileSync(lockPathFor(path), '{"user":');
    const session = newSession(tempDir(), { dailyBackups: false });
    expect((await session.open(path)).access).toBe('read-only');
    session.close();
    const later = newSession(tempDir(), { dailyBackups: false, now: () => new Date(Date.now() + 60_000) });
    expect((await later.open(path)).access).toBe('read-write');
  });

  it('the heartbeat keeps the lock fresh; when another instance took it over, the session stops writing', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    const path = await registerFile();
    const session = newSession(tempDir(), { dailyBackups: false });
    await session.open(path);
    const first = readLock(path);
    await new Promise((resolve) => setTimeout(resolve, 5));
    vi.advanceTimersByTime(60_000);
    const second = readLock(path);
    expect(second.sessionId).toBe(first.sessionId);
    expect(Date.parse(second.heartbeatAt)).toBeGreaterThan(Date.parse(first.heartbeatAt));

    writeLock(path, { user: 'collega', host: 'andere-laptop' });
    vi.advanceTimersByTime(60_000);
    expect(session.state().current).toMatchObject({ access: 'read-only', lockHolder: { user: 'collega' } });
    const refused = await api(session)('channels.create', { fields: { kind: 'social', platform: 'facebook', name: 'X' } });
    expect(refused).toMatchObject({
      ok: false,
      error: { code: 'REGISTER_READ_ONLY', message: expect.stringMatching(/collega op andere-laptop/) },
    });
    session.close();
    expect(readLock(path).user).toBe('collega');
  });

  it('RegisterLock.acquire answers unavailable where no lock file can be written', () => {
    const attempt = RegisterLock.acquire(join(tempDir(), 'bestaat-niet', 'r.sqlite'));
    expect(attempt.kind).toBe('unavailable');
  });
});

describe('the lock across processes', () => {
  const bundle = resolve('node_modules/.cache/kanalenregister-tests/lockHolderChild.cjs');
  beforeAll(async () => {
    mkdirSync(resolve('node_modules/.cache/kanalenregister-tests'), { recursive: true });
    await build({
      entryPoints: [resolve('tests/integration/core/lockHolderChild.ts')],
      bundle: true,
      platform: 'node',
      format: 'cjs',
      target: 'node20',
      packages: 'external',
      outfile: bundle,
      logLevel: 'warning',
    });
  }, 60_000);

  /** Starts a child process that opens `path` and resolves once it says so. */
  function holdInChild(path: string): Promise<{ child: ChildProcess; pid: number; access: string }> {
    const child = spawn(process.execPath, [bundle, path, tempDir()], { stdio: ['pipe', 'pipe', 'inherit'] });
    return new Promise((done, fail) => {
      let text = '';
      child.stdout!.on('data', (chunk) => {
        text += String(chunk);
        const match = /open (\d+) (\S+)\n/.exec(text);
        if (match) done({ child, pid: Number(match[1]), access: match[2]! });
      });
      child.on('exit', (code) => fail(new Error(`child exited early (${code})`)));
    });
  }

  const exited = (child: ChildProcess) => new Promise((done) => child.once('exit', done));

  it('a process that was killed (SIGKILL) leaves a lock that the next open takes over', async () => {
    const path = await registerFile();
    const { child, pid, access } = await holdInChild(path);
    expect(access).toBe('read-write');
    expect(readLock(path)).toMatchObject({ user: 'kind-proces', pid });

    const reader = newSession(tempDir(), { dailyBackups: false });
    expect(await reader.open(path)).toMatchObject({ access: 'read-only', lockHolder: { user: 'kind-proces', pid } });
    reader.close();

    child.kill('SIGKILL');
    await exited(child);
    expect(readLock(path).pid).toBe(pid); // nobody removed it
    const next = newSession(tempDir(), { dailyBackups: false });
    expect((await next.open(path)).access).toBe('read-write');
    expect(readLock(path).pid).toBe(process.pid);
  });

  it('a process that exits without closing the register removes its lock on the way out', async () => {
    const path = await registerFile();
    const { child } = await holdInChild(path);
    expect(existsSync(lockPathFor(path))).toBe(true);
    child.stdin!.write('exit\n');
    await exited(child);
    expect(existsSync(lockPathFor(path))).toBe(false);
  });
});
