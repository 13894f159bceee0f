import { randomBytes } from 'node:crypto';
import { closeSync, fsyncSync, openSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/**
 * Writes a file so that it is either there whole or not changed at all: the content goes to a
 * temporary file next to the target (same folder, so the rename cannot cross disks), is flushed
 * to disk, and only then renamed over the target. An export that fails half way — a full
 * disk, a crash in the writer — leaves the previous file (or none), never half a workbook.
 */
export async function writeFileAtomically(target: string, write: (temporaryPath: string) => Promise<void>): Promise<void> {
  const temporary = join(dirname(target), `.${basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    await write(temporary);
    const handle = openSync(temporary, 'r+');
    try {
      fsyncSync(handle);
    } finally {
      closeSync(handle);
    }
    renameSync(temporary, target);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
}
