import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { moveFile } from '../../../src-main/electron/moveFile';

/** A RAM disk on Linux: another file system than the temp dir, so a rename there fails with EXDEV. */
const OTHER_DISK = '/dev/shm';
const otherDiskAvailable = existsSync(OTHER_DISK) && statSync(OTHER_DISK).dev !== statSync(tmpdir()).dev;

const dirs: string[] = [];
function dir(parent = tmpdir()) {
  const made = mkdtempSync(join(parent, 'kanalenregister-move-'));
  dirs.push(made);
  return made;
}
afterEach(() => {
  while (dirs.length > 0) rmSync(dirs.pop()!, { recursive: true, force: true });
});

describe('moveFile: the prepared export to where the user saves it', () => {
  it('renames on the same disk, replacing a file the user chose to overwrite', async () => {
    const from = join(dir(), 'prepared.xlsx');
    const to = join(dir(), 'Kanalen.xlsx');
    writeFileSync(from, 'new');
    writeFileSync(to, 'old');
    await moveFile(from, to);
    expect(existsSync(from)).toBe(false);
    expect(readFileSync(to, 'utf8')).toBe('new');
  });

  it.skipIf(!otherDiskAvailable)('copies across disks into place, then removes the prepared file', async () => {
    const source = dir();
    const from = join(source, 'prepared.docx');
    const targetDir = dir(OTHER_DISK);
    const to = join(targetDir, 'Collegenota.docx');
    const content = Buffer.alloc(256 * 1024, 7);
    writeFileSync(from, content);
    await moveFile(from, to);
    expect(existsSync(from)).toBe(false);
    expect(readFileSync(to).equals(content)).toBe(true);
    // No temporary file is left beside the target.
    expect(readdirSync(targetDir)).toEqual(['Collegenota.docx']);
  });

  it('fails without touching the target when the folder does not exist', async () => {
    const from = join(dir(), 'prepared.csv');
    writeFileSync(from, 'a;b');
    await expect(moveFile(from, join(dir(), 'missing', 'x.csv'))).rejects.toMatchObject({ code: 'ENOENT' });
    expect(readFileSync(from, 'utf8')).toBe('a;b');
  });
});
