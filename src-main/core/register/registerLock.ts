import { randomUUID } from 'node:crypto';
import { linkSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import type { LockHolder } from '../../../shared/domain/register';
import { currentActor } from '../settings/appSettings';

/** The lock file beside a register: who holds it for writing, and which session of theirs. */
export interface LockFileContent extends LockHolder {
  sessionId: string;
}

/** The holder rewrites heartbeatAt this often while the register is open. */
export const LOCK_HEARTBEAT_MS = 60_000;
/** A lock whose heartbeat is older than this is abandoned (a laptop that died, a share that was cut off). */
export const LOCK_STALE_AFTER_MS = 10 * 60_000;
/** A lock file that cannot be read (half written, garbage) counts as held for this long after its last change. */
const UNREADABLE_GRACE_MS = 30_000;

export function lockPathFor(registerPath: string): string {
  return `${registerPath}.lock`;
}

export type LockAttempt =
  | { kind: 'acquired'; lock: RegisterLock }
  | { kind: 'held'; holder: LockHolder }
  /** The folder does not let us write a lock file (read-only medium, no permission). */
  | { kind: 'unavailable'; reason: string };

export interface LockOptions {
  now?: () => Date;
  /** Who the message to others names (the session's actor); the OS user by default. */
  user?: string | null;
  /** Called when a heartbeat finds the lock file is no longer ours (another instance took it over). */
  onLost?: (holder: LockHolder | null) => void;
}

/** Locks this process holds, removed when it exits (a normal exit, Ctrl+C handled by the adapter). */
const heldLocks = new Set<RegisterLock>();
let exitHookInstalled = false;

function installExitHook(): void {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  process.once('exit', () => {
    for (const lock of [...heldLocks]) lock.release();
  });
}

/** The holder as the UI shows it: the lock file without its session id. */
export function holderOf(content: LockFileContent): LockHolder {
  return {
    user: content.user,
    host: content.host,
    pid: content.pid,
    openedAt: content.openedAt,
    heartbeatAt: content.heartbeatAt,
  };
}

function parseLockFile(text: string): LockFileContent | null {
  try {
    const value = JSON.parse(text) as Partial<LockFileContent>;
    const isText = (v: unknown) => typeof v === 'string' && v.length <= 500;
    if (
      isText(value.user) &&
      isText(value.host) &&
      isText(value.sessionId) &&
      Number.isInteger(value.pid) &&
      isText(value.openedAt) &&
      isText(value.heartbeatAt) &&
      !Number.isNaN(Date.parse(value.heartbeatAt!))
    ) {
      return value as LockFileContent;
    }
  } catch {
    // not JSON: handled by the caller as unreadable
  }
  return null;
}

/** Is the process alive? EPERM means it exists but belongs to someone else. */
function processAlive(pid: number): boolean {
  if (pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Whether a lock can be taken over: its heartbeat stopped long ago (any host: a laptop that
 * died or left the network), or it is from this machine and its process is gone.
 */
export function isStale(content: LockFileContent, now: Date, thisHost: string = hostname()): boolean {
  if (now.getTime() - Date.parse(content.heartbeatAt) > LOCK_STALE_AFTER_MS) return true;
  return content.host === thisHost && !processAlive(content.pid);
}

type Reading =
  | { kind: 'missing' }
  | { kind: 'lock'; content: LockFileContent; text: string }
  | { kind: 'unreadable'; ageMs: number; text: string };

function readLock(path: string, now: Date): Reading {
  let text: string;
  let mtimeMs: number;
  try {
    text = readFileSync(path, 'utf8');
    mtimeMs = statSync(path).mtimeMs;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { kind: 'missing' };
    throw error;
  }
  const content = parseLockFile(text);
  return content ? { kind: 'lock', content, text } : { kind: 'unreadable', ageMs: now.getTime() - mtimeMs, text };
}

/**
 * One writer at a time: `<register>.lock` holds who has the register open for writing. It is
 * created atomically (a complete temp file hard-linked into place, which fails if one exists),
 * kept fresh by a heartbeat, and removed on close or exit — only while it is still ours.
 */
export class RegisterLock {
  private timer: NodeJS.Timeout | null = null;
  private released = false;

  private constructor(
    readonly registerPath: string,
    readonly lockPath: string,
    private content: LockFileContent,
    private readonly now: () => Date,
    private readonly onLost: ((holder: LockHolder | null) => void) | undefined,
  ) {}

  static acquire(registerPath: string, options: LockOptions = {}): LockAttempt {
    const now = options.now ?? (() => new Date());
    const lockPath = lockPathFor(registerPath);
    const stamp = now().toISOString();
    const content: LockFileContent = {
      user: options.user ?? currentActor() ?? 'onbekend',
      host: hostname(),
      pid: process.pid,
      openedAt: stamp,
      heartbeatAt: stamp,
      sessionId: randomUUID(),
    };
    for (let attempt = 0; attempt < 3; attempt += 1) {
      try {
        createExclusive(lockPath, JSON.stringify(content, null, 2));
        const lock = new RegisterLock(registerPath, lockPath, content, now, options.onLost);
        lock.start();
        return { kind: 'acquired', lock };
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        if (code !== 'EEXIST') return { kind: 'unavailable', reason: code ?? (error as Error).message };
      }
      const reading = readLock(lockPath, now());
      if (reading.kind === 'missing') continue; // released meanwhile: try again
      if (reading.kind === 'lock' && !isStale(reading.content, now())) return { kind: 'held', holder: holderOf(reading.content) };
      if (reading.kind === 'unreadable' && reading.ageMs < UNREADABLE_GRACE_MS) {
        const at = now().toISOString();
        return { kind: 'held', holder: { user: '?', host: '?', pid: 0, openedAt: at, heartbeatAt: at } };
      }
      // Stale: remove it, but only if it is still the one we judged (not a fresh lock someone just took).
      const again = readLock(lockPath, now());
      if (again.kind !== 'missing' && again.text === reading.text) rmSync(lockPath, { force: true });
    }
    const last = readLock(lockPath, now());
    if (last.kind === 'lock') return { kind: 'held', holder: holderOf(last.content) };
    return { kind: 'unavailable', reason: 'EBUSY' };
  }

  get sessionId(): string {
    return this.content.sessionId;
  }

  /**
   * Rewrites heartbeatAt if the file is still ours. Returns false (and tells onLost) when another
   * instance has taken the lock over meanwhile, e.g. after this laptop slept for more than ten minutes.
   */
  heartbeat(): boolean {
    if (this.released) return false;
    const reading = readLock(this.lockPath, this.now());
    if (reading.kind === 'lock' && reading.content.sessionId === this.content.sessionId) {
      this.content = { ...this.content, heartbeatAt: this.now().toISOString() };
      const temp = `${this.lockPath}.${this.content.sessionId}.tmp`;
      writeFileSync(temp, JSON.stringify(this.content, null, 2));
      renameSync(temp, this.lockPath);
      return true;
    }
    if (reading.kind === 'missing') {
      // Someone removed our lock file: take it again if nobody else has.
      try {
        createExclusive(this.lockPath, JSON.stringify(this.content, null, 2));
        return true;
      } catch {
        // fall through: lost
      }
    }
    this.stop();
    heldLocks.delete(this);
    this.released = true;
    const now = this.readHolder();
    this.onLost?.(now);
    return false;
  }

  /** The current holder per the lock file (null when there is none or it cannot be read). */
  readHolder(): LockHolder | null {
    const reading = readLock(this.lockPath, this.now());
    return reading.kind === 'lock' ? holderOf(reading.content) : null;
  }

  /** Removes the lock file if it is still ours; idempotent. */
  release(): void {
    if (this.released) return;
    this.released = true;
    this.stop();
    heldLocks.delete(this);
    try {
      const reading = readLock(this.lockPath, this.now());
      if (reading.kind === 'lock' && reading.content.sessionId === this.content.sessionId) rmSync(this.lockPath, { force: true });
    } catch {
      // The folder went away (a share that was cut off): nothing left to remove.
    }
  }

  private start(): void {
    heldLocks.add(this);
    installExitHook();
    this.timer = setInterval(() => {
      try {
        this.heartbeat();
      } catch {
        // A share that is briefly unreachable: try again at the next beat.
      }
    }, LOCK_HEARTBEAT_MS);
    this.timer.unref();
  }

  private stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }
}

/**
 * Creates `path` with `text` only if it does not exist, and never half written: a complete temp
 * file is hard-linked into place (EEXIST if taken). Where hard links are not supported (some
 * network file systems), an exclusive create ('wx') does the same with a tiny window.
 */
function createExclusive(path: string, text: string): void {
  const temp = `${path}.${randomUUID()}.tmp`;
  writeFileSync(temp, text, { flag: 'wx' });
  try {
    linkSync(temp, path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST' || code === 'ENOENT' || code === 'EACCES' || code === 'EROFS') throw error;
    writeFileSync(path, text, { flag: 'wx' });
  } finally {
    rmSync(temp, { force: true });
  }
}
