import { closeSync, fsyncSync, openSync } from 'node:fs';

/**
 * Flushes a folder's entries (a rename, a new file) to disk where the platform allows: without it a
 * power loss right after a rename can lose the new name, and with it the backup or restored copy.
 * Best effort: Windows cannot open or flush a folder this way (EISDIR, EPERM), and a failure here
 * comes after the file itself was flushed and renamed, so reporting the backup or restore as failed
 * would be wrong (it is there, and listed).
 */
export function syncFolder(dir: string): void {
  let fd: number;
  try {
    fd = openSync(dir, 'r');
  } catch {
    return;
  }
  try {
    fsyncSync(fd);
  } catch {
    // See above: nothing better to do than what the file system already did.
  } finally {
    closeSync(fd);
  }
}

/** Flushes one file's content to disk (before it is renamed into place). */
export function syncFile(path: string): void {
  const fd = openSync(path, 'r+');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}
