import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { build } from 'esbuild';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { randomUUID } from 'node:crypto';
import { dirname, join, resolve } from 'node:path';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  LOCK_STALE_AFTER_MS,
  lockPathFor,
  RegisterLock,
  type LockFileContent,
} from '../../../src-main/core/register/registerLock';
import { onCleanup, tempDir, useTempDirs } from '../../helpers/tempRegister';
import { readOnlyError } from '../../../src-main/core/register/readOnly';
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
    const info = await session.open(path);
    expect(info).toMatchObject({ access: 'read-only', lockHolder: { user: 'onbekend', host: 'onbekend' } });
    // The refusal says someone unknown holds it, not "? op ?".
    const refused = await api(session)('channels.create', { fields: { kind: 'social', platform: 'facebook', name: 'X' } });
    expect(refused).toMatchObject({
      ok: false,
      error: {
        code: 'REGISTER_READ_ONLY',
        message: expect.stringMatching(/^Dit register is geopend door iemand anders \(wie is onbekend: het slotbestand/),
        messageEn: expect.stringMatching(/^This register is open by someone else \(unknown who/),
      },
    });
    expect(readOnlyError(path, info.lockHolder).messageNl).not.toMatch(/\?/);
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

  it("a lock file that cannot be read (another user's, no permission) refuses the open with FILE_ERROR naming it", async () => {
    const path = await registerFile();
    // A folder where the lock file should be gives EISDIR for everyone (root reads any file, so no chmod).
    mkdirSync(lockPathFor(path));
    const session = newSession(tempDir(), { dailyBackups: false });
    const error = await session.open(path).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toMatchObject({
      code: 'FILE_ERROR',
      messageNl: expect.stringContaining(
        `Het slotbestand ${lockPathFor(path)} (wie het register open heeft) kan niet gelezen worden`,
      ),
      messageEn: expect.stringContaining(`The lock file ${lockPathFor(path)}`),
    });
    expect(session.state()).toMatchObject({
      current: null,
      problem: { code: 'FILE_ERROR', details: { path: lockPathFor(path) } },
    });
    // Through the API it is a typed error too, never INTERNAL.
    const result = await api(session)('register.open', { path });
    expect(result).toMatchObject({ ok: false, error: { code: 'FILE_ERROR' } });
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

describe('two instances taking over the same stale lock at the same moment', () => {
  const bundle = resolve('node_modules/.cache/kanalenregister-tests/lockRacer.cjs');
  // A racer: on "go <i> <t>" it waits for the clock to reach t (ms, sub-ms precise), tries
  // to acquire the lock and prints "<i> <kind> <sessionId>"; on "release <i>" it lets go of it.
  const racer = `
    import { createInterface } from 'node:readline';
    import { RegisterLock } from './src-main/core/register/registerLock';
    let held: RegisterLock | null = null;
    createInterface({ input: process.stdin }).on('line', (line) => {
      const [command, i, at] = line.split(' ');
      if (command === 'go') {
        while (performance.timeOrigin + performance.now() < Number(at)) {
          // spin: both racers leave this loop within a millisecond of each other
        }
        const attempt = RegisterLock.acquire(process.argv[2]!, { user: process.argv[3]! });
        if (attempt.kind === 'acquired') held = attempt.lock;
        const id = attempt.kind === 'acquired' ? attempt.lock.sessionId : '-';
        process.stdout.write(i + ' ' + attempt.kind + ' ' + id + '\\n');
      } else if (command === 'release') {
        held?.release();
        held = null;
        process.stdout.write(i + ' released -\\n');
      }
    });
  `;
  beforeAll(async () => {
    mkdirSync(dirname(bundle), { recursive: true });
    await build({
      stdin: { contents: racer, resolveDir: resolve('.'), loader: 'ts', sourcefile: 'lockRacer.ts' },
      bundle: true,
      platform: 'node',
      format: 'cjs',
      target: 'node20',
      packages: 'external',
      outfile: bundle,
      logLevel: 'warning',
    });
  }, 60_000);

  function startRacer(path: string, name: string) {
    const child = spawn(process.execPath, [bundle, path, name], { stdio: ['pipe', 'pipe', 'inherit'] });
    onCleanup(() => child.kill('SIGKILL'));
    const lines: string[] = [];
    let waiting: { count: number; done: () => void } | null = null;
    let buffer = '';
    child.stdout!.on('data', (chunk) => {
      buffer += String(chunk);
      const parts = buffer.split('\n');
      buffer = parts.pop()!;
      lines.push(...parts);
      if (waiting && lines.length >= waiting.count) waiting.done();
    });
    const next = (): Promise<string> =>
      new Promise((done) => {
        const count = lines.length > 0 ? 0 : 1;
        if (count === 0) return done(lines.shift()!);
        waiting = {
          count,
          done: () => {
            waiting = null;
            done(lines.shift()!);
          },
        };
      });
    return {
      send: (line: string) => child.stdin!.write(`${line}\n`),
      next,
    };
  }

  it('never ends with both holding it (250 rounds, three kinds of stale lock)', async () => {
    const path = await registerFile();
    const lockPath = lockPathFor(path);
    const a = startRacer(path, 'racer-a');
    const b = startRacer(path, 'racer-b');
    const dead = deadPid();
    let bothHeld = 0;
    let oneHeld = 0;
    const rounds = 250;
    for (let i = 0; i < rounds; i += 1) {
      rmSync(lockPath, { force: true });
      const old = new Date(Date.now() - LOCK_STALE_AFTER_MS - 60_000);
      if (i % 3 === 0) writeLock(path, { host: hostname(), pid: dead, sessionId: randomUUID() });
      else if (i % 3 === 1)
        writeLock(path, { heartbeatAt: old.toISOString(), openedAt: old.toISOString(), sessionId: randomUUID() });
      else {
        writeFileSync(lockPath, `garbage ${i}`);
        utimesSync(lockPath, old, old);
      }
      // b starts 0 to 0.475 ms after a: the rounds sweep the moments where one takeover overlaps the other.
      const at = performance.timeOrigin + performance.now() + 25;
      a.send(`go ${i} ${at}`);
      b.send(`go ${i} ${at + (i % 20) * 0.025}`);
      const results = [await a.next(), await b.next()].map((line) => line.split(' '));
      const holders = results.filter(([, kind]) => kind === 'acquired');
      if (holders.length === 2) bothHeld += 1;
      if (holders.length === 1) {
        oneHeld += 1;
        // The lock file names the one that believes it holds the register.
        expect(readLock(path).sessionId).toBe(holders[0]![2]);
      }
      a.send(`release ${i}`);
      b.send(`release ${i}`);
      await a.next();
      await b.next();
    }
    expect(bothHeld).toBe(0);
    expect(oneHeld).toBe(rounds);
    // Nothing left behind: no stale copies moved aside, no temp files.
    expect(readdirSync(dirname(path)).filter((name) => name.includes('.lock'))).toEqual([]);
  }, 120_000);
});
