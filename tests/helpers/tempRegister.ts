import { createHash, randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect } from 'vitest';
import type { Author } from '../../src-main/core/changeLog/changeLog';
import { DomainError } from '../../src-main/core/errors';
import { Register } from '../../src-main/core/register/register';
import type { ErrorCode } from '../../shared/api/result';

const dirs: string[] = [];
const cleanups: Array<() => void> = [];

/**
 * Registers the afterEach hook that closes what a test opened and removes its temp dirs.
 * Call once at the top of a test file.
 */
export function useTempDirs(): void {
  afterEach(() => {
    while (cleanups.length > 0) {
      try {
        cleanups.pop()!();
      } catch {
        // already closed
      }
    }
    while (dirs.length > 0) rmSync(dirs.pop()!, { recursive: true, force: true });
  });
}

/** A fresh, empty directory under the OS temp dir, removed after the test. */
export function tempDir(prefix = 'kanalenregister-test-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  dirs.push(dir);
  return dir;
}

/** Runs `close` after the test, before the temp dirs are removed. */
export function onCleanup(close: () => void): void {
  cleanups.push(close);
}

/** A new device (random UUID) and a named actor, as the app would pass them. */
export function testAuthor(actor: string | null = 'tester'): Author {
  return { deviceId: randomUUID(), actor };
}

/** A new register file in a new temp dir, closed after the test. */
export function createTempRegister(author: Author = testAuthor()): {
  dir: string;
  path: string;
  register: Register;
  author: Author;
} {
  const dir = tempDir();
  const path = join(dir, 'register.sqlite');
  const register = Register.create(path, author);
  onCleanup(() => register.close());
  return { dir, path, register, author };
}

export function sha256File(path: string): string {
  return createHash('sha256').update(readFileSync(path)).digest('hex');
}

/** The main file and its WAL side files, to show a refused open left nothing behind. */
export function sideFiles(path: string): string[] {
  return [`${path}-wal`, `${path}-shm`, `${path}-journal`].filter((p) => existsSync(p));
}

/** Runs `fn`, asserts it throws a DomainError with `code`, and returns that error. */
export function expectDomainError(fn: () => unknown, code: ErrorCode): DomainError {
  let thrown: unknown;
  try {
    fn();
  } catch (error) {
    thrown = error;
  }
  expect(thrown, `expected a DomainError ${code}`).toBeInstanceOf(DomainError);
  const error = thrown as DomainError;
  expect(error.code).toBe(code);
  expect(error.messageNl.length).toBeGreaterThan(0);
  expect(error.messageEn.length).toBeGreaterThan(0);
  expect(error.messageNl).not.toBe(error.messageEn);
  return error;
}
