import type * as NodeFs from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { registerBackupDir } from '../../../src-main/core/backups/backupStore';
import { tempDir, useTempDirs } from '../../helpers/tempRegister';
import { apiValue, newSession } from './durabilityHelpers';

/**
 * What reaches the disk cannot be observed without cutting the power, so this file watches the
 * calls instead: node:fs is passed through unchanged, each open/fsync/rename/link is written down.
 */
const fsLog = vi.hoisted(() => [] as string[]);

vi.mock('node:fs', async (importOriginal) => {
  const fs = await importOriginal<typeof NodeFs>();
  const paths = new Map<number, string>();
  return {
    ...fs,
    openSync: (...args: Parameters<typeof fs.openSync>) => {
      const fd = fs.openSync(...args);
      paths.set(fd, String(args[0]));
      return fd;
    },
    closeSync: (fd: number) => {
      paths.delete(fd);
      fs.closeSync(fd);
    },
    fsyncSync: (fd: number) => {
      fsLog.push(`fsync ${paths.get(fd) ?? '?'}`);
      fs.fsyncSync(fd);
    },
    renameSync: (from: string, to: string) => {
      fs.renameSync(from, to);
      fsLog.push(`rename ${to}`);
    },
    linkSync: (from: string, to: string) => {
      fs.linkSync(from, to);
      fsLog.push(`link ${to}`);
    },
  };
});

useTempDirs();

beforeEach(() => {
  fsLog.length = 0;
});

/** Index of the first entry equal to `entry` after position `from`; -1 when there is none. */
function after(from: number, entry: string): number {
  return fsLog.indexOf(entry, from + 1);
}

describe('flushing a backup and a restored copy to disk', () => {
  it('a backup: the copy and the manifest are flushed before their rename, the folder after the manifest is in place', async () => {
    const dataDir = tempDir();
    const path = join(tempDir(), 'kanalen.sqlite');
    const session = newSession(dataDir, { dailyBackups: false });
    await session.create(path);
    session.require().channels.create({ kind: 'social', platform: 'facebook', name: 'Stad Mechelen' });
    fsLog.length = 0;

    const made = await apiValue(session)('backups.create');
    const dir = registerBackupDir(dataDir, made.registerId);
    const copy = join(dir, `${made.id}.sqlite`);
    const manifest = join(dir, `${made.id}.json`);

    const copyRenamed = fsLog.indexOf(`rename ${copy}`);
    const manifestRenamed = fsLog.indexOf(`rename ${manifest}`);
    expect(fsLog.indexOf(`fsync ${copy}.partial`)).toBeGreaterThanOrEqual(0);
    expect(fsLog.indexOf(`fsync ${copy}.partial`)).toBeLessThan(copyRenamed);
    expect(fsLog.indexOf(`fsync ${manifest}.partial`)).toBeGreaterThan(copyRenamed);
    expect(fsLog.indexOf(`fsync ${manifest}.partial`)).toBeLessThan(manifestRenamed);
    expect(after(manifestRenamed, `fsync ${dir}`)).toBeGreaterThan(manifestRenamed);
  });

  it('a restore: the folder of the new file is flushed after it is linked into place', async () => {
    const dataDir = tempDir();
    const path = join(tempDir(), 'kanalen.sqlite');
    const session = newSession(dataDir, { dailyBackups: false });
    await session.create(path);
    const made = await apiValue(session)('backups.create');
    const targetDir = tempDir();
    const target = join(targetDir, 'hersteld.sqlite');
    fsLog.length = 0;

    await apiValue(session)('backups.restore', { backupId: made.id, targetPath: target });
    const linked = fsLog.indexOf(`link ${target}`);
    expect(linked).toBeGreaterThanOrEqual(0);
    expect(after(linked, `fsync ${targetDir}`)).toBeGreaterThan(linked);
  });
});
