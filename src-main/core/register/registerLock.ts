import { randomUUID } from 'node:crypto';
import { linkSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { DomainError } from '../errors';
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
/** Rounds of "judge, move aside, create" before acquire gives up and reports the lock as held. */
const ATTEMPTS = 5;

/** Who holds a lock whose file is there but cannot be parsed: shown as such, not as "? op ?". */
export const UNKNOWN_HOLDER_NAME = 'onbekend';

function unknownHolder(at: string): LockHolder {
  return { user: UNKNOWN_HOLDER_NAME, host: UNKNOWN_HOLDER_NAME, pid: 0, openedAt: at, heartbeatAt: at };
}

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

/** Reads the lock file. Anything but "not there" (no permission, a folder, an I/O error) is a FILE_ERROR naming it. */
function readLock(path: string, now: Date): Reading {
  let text: string;
  let mtimeMs: number;
  try {
    text = readFileSync(path, 'utf8');
    mtimeMs = statSync(path).mtimeMs;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { kind: 'missing' };
    throw new DomainError(
      'FILE_ERROR',
      `Het slotbestand ${path} (wie het register open heeft) kan niet gelezen worden (${code ?? (error as Error).message}); het register is niet geopend.`,
      `The lock file ${path} (who has the register open) cannot be read (${code ?? (error as Error).message}); the register was not opened.`,
      { path },
    );
  }
  const content = parseLockFile(text);
  return content ? { kind: 'lock', content, text } : { kind: 'unreadable', ageMs: now.getTime() - mtimeMs, text };
}

/**
 * One writer at a time: `<register>.lock` holds who has the register open for writing. It is
 * created atomically (a complete temp file hard-linked into place, which fails if one exists),
 * kept fresh by a heartbeat, and removed on close or exit — only while it is still ours.
 *
 * Taking over a stale lock: two instances may judge the same stale file at once. Each moves it
 * aside with an atomic rename to a name of its own; only one rename can find the file. If what was
 * moved is not the file judged stale (the other instance took over first and its fresh lock was
 * moved instead), it is linked back (never over another file) and counts as held. Whoever creates
 * the new lock reads it back before believing it holds the register.
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

  /** Throws a FILE_ERROR DomainError when the lock file is there but cannot be read. */
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
    const text = JSON.stringify(content, null, 2);
    const acquired = (): LockAttempt => {
      const lock = new RegisterLock(registerPath, lockPath, content, now, options.onLost);
      lock.start();
      return { kind: 'acquired', lock };
    };
    let lastHolder: LockHolder | null = null;
    for (let attempt = 0; attempt < ATTEMPTS; attempt += 1) {
      try {
        createExclusive(lockPath, text);
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        if (code !== 'EEXIST') return { kind: 'unavailable', reason: code ?? (error as Error).message };
      }
      const reading = readLock(lockPath, now());
      if (reading.kind === 'missing') continue; // released (or moved aside by someone judging it) meanwhile
      // Ours: just created, or our earlier file put back by an instance that moved it aside by mistake.
      if (reading.kind === 'lock' && reading.content.sessionId === content.sessionId) return acquired();
      if (reading.kind === 'lock' && !isStale(reading.content, now())) return { kind: 'held', holder: holderOf(reading.content) };
      if (reading.kind === 'unreadable' && reading.ageMs < UNREADABLE_GRACE_MS) {
        return { kind: 'held', holder: unknownHolder(now().toISOString()) };
      }
      lastHolder = reading.kind === 'lock' ? holderOf(reading.content) : unknownHolder(now().toISOString());
      const moved = moveAsideIfUnchanged(lockPath, reading.text);
      if (moved === 'refused') return { kind: 'held', holder: lastHolder };
      if (moved === 'changed') {
        const current = readLock(lockPath, now());
        if (current.kind === 'lock' && current.content.sessionId === content.sessionId) return acquired();
        return { kind: 'held', holder: current.kind === 'lock' ? holderOf(current.content) : lastHolder };
      }
      // 'moved' or 'missing': the path is free, the next round creates ours.
    }
    const last = readLock(lockPath, now());
    if (last.kind === 'lock') {
      if (last.content.sessionId === content.sessionId) return acquired();
      return { kind: 'held', holder: holderOf(last.content) };
    }
    return { kind: 'held', holder: lastHolder ?? unknownHolder(now().toISOString()) };
  }

  get sessionId(): string {
    return this.content.sessionId;
  }

  /**
   * Rewrites heartbeatAt if the file is still ours. Returns false (and tells onLost) when another
   * instance has taken the lock over meanwhile, e.g. after this laptop slept for more than ten minutes.
   * The read and the rename are two steps: a takeover landing between them (only possible once our
   * heartbeat is ten minutes old) is overwritten by this rewrite; the taker then reads back a lock
   * that is not its own and does not write (see acquire), and if it already had, our next beat sees it.
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
    try {
      const reading = readLock(this.lockPath, this.now());
      return reading.kind === 'lock' ? holderOf(reading.content) : null;
    } catch {
      return null;
    }
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

/**
 * Moves the lock file at `path` aside (atomic rename to a unique name) if it still holds `judged`.
 * 'moved': it did, it is gone. 'missing': nothing was there. 'changed': what was there is another
 * file (a fresh lock); it is put back with an exclusive link, so it never replaces a newer one.
 * 'refused': the file system does not let us move it.
 */
function moveAsideIfUnchanged(path: string, judged: string): 'moved' | 'missing' | 'changed' | 'refused' {
  const aside = `${path}.stale-${randomUUID()}`;
  try {
    renameSync(path, aside);
  } catch (error) {
    // Not allowed to move it (another user's file in a folder that forbids that): it stays theirs.
    return (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'missing' : 'refused';
  }
  let text: string | null;
  try {
    text = readFileSync(aside, 'utf8');
  } catch {
    text = null;
  }
  if (text === judged) {
    rmSync(aside, { force: true });
    return 'moved';
  }
  try {
    linkSync(aside, path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'EEXIST' && text !== null) {
      // No hard links here (some network file systems): an exclusive create of the same content.
      try {
        writeFileSync(path, text, { flag: 'wx' });
      } catch {
        // Taken meanwhile: the newer lock stays.
      }
    }
  } finally {
    rmSync(aside, { force: true });
  }
  return 'changed';
}
