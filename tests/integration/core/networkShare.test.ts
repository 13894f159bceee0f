import Database from 'better-sqlite3';
import { closeSync, existsSync, openSync, readSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { MountEntry } from '../../../src-main/core/register/storageLocation';
import { onCleanup, tempDir, useTempDirs } from '../../helpers/tempRegister';
import { apiValue, newSession, readRows } from './durabilityHelpers';

useTempDirs();

/** A mount table in which `dir` is an NFS share (the rest of the machine is a local disk). */
function networkMount(dir: string): () => readonly MountEntry[] {
  return () => [
    { mountPoint: '/', type: 'ext4' },
    { mountPoint: dir, type: 'nfs4' },
  ];
}

const localDisk = () => [{ mountPoint: '/', type: 'ext4' }];

/** SQLite's file header: bytes 18 and 19 are 2 in WAL mode, 1 with a rollback journal. */
function headerJournal(path: string): 'wal' | 'delete' {
  const fd = openSync(path, 'r');
  try {
    const bytes = Buffer.alloc(2);
    readSync(fd, bytes, 0, 2, 18);
    return bytes[0] === 2 && bytes[1] === 2 ? 'wal' : 'delete';
  } finally {
    closeSync(fd);
  }
}

describe('a register on a network share', () => {
  it('is created with a rollback journal instead of WAL, and the warning still shows', async () => {
    const share = tempDir();
    const path = join(share, 'kanalen.sqlite');
    const session = newSession(tempDir(), { dailyBackups: false, readMounts: networkMount(share) });
    const info = await session.create(path, { withSample: true });
    expect(info.warnings.map((w) => w.code)).toEqual(['network-path']);
    expect(info.warnings[0]!.message).toMatch(/netwerkschijf .*\(nfs4\)/);
    expect(session.require().db.pragma('journal_mode', { simple: true })).toBe('delete');

    await apiValue(session)('channels.create', { fields: { kind: 'social', platform: 'facebook', name: 'Op de share' } });
    expect(existsSync(`${path}-wal`)).toBe(false);
    session.close();
    expect(headerJournal(path)).toBe('delete');
    expect(readRows(path, `SELECT id FROM channels WHERE name = 'Op de share'`)).toHaveLength(1);
  });

  it('an existing WAL register opened there is switched to a rollback journal; on a local disk it is WAL again', async () => {
    const dir = tempDir();
    const path = join(dir, 'kanalen.sqlite');
    const local = newSession(tempDir(), { dailyBackups: false, readMounts: localDisk });
    const created = await local.create(path);
    expect(created.warnings).toEqual([]);
    expect(local.require().db.pragma('journal_mode', { simple: true })).toBe('wal');
    local.close();
    expect(headerJournal(path)).toBe('wal');

    const onShare = newSession(tempDir(), { dailyBackups: false, readMounts: networkMount(dir) });
    expect((await onShare.open(path)).warnings.map((w) => w.code)).toEqual(['network-path']);
    expect(onShare.require().db.pragma('journal_mode', { simple: true })).toBe('delete');

    // A second instance (another laptop) reads it as the file says: with the rollback journal.
    const reader = newSession(tempDir(), { dailyBackups: false, readMounts: networkMount(dir) });
    const seen = await reader.open(path);
    expect(seen.access).toBe('read-only');
    expect(reader.require().db.pragma('journal_mode', { simple: true })).toBe('delete');
    reader.close();
    onShare.close();
    expect(headerJournal(path)).toBe('delete');

    const back = newSession(tempDir(), { dailyBackups: false, readMounts: localDisk });
    await back.open(path);
    expect(back.require().db.pragma('journal_mode', { simple: true })).toBe('wal');
  });

  it('stays in WAL for now while another laptop still has it open, and switches at the next open', async () => {
    const dir = tempDir();
    const path = join(dir, 'kanalen.sqlite');
    const local = newSession(tempDir(), { dailyBackups: false, readMounts: localDisk });
    await local.create(path);
    local.close();
    // Someone opened it (read-only, in WAL) before it was seen as a share.
    const other = new Database(path, { readonly: true, fileMustExist: true });
    onCleanup(() => other.close());
    other.prepare('SELECT count(*) FROM channels').get();

    const onShare = newSession(tempDir(), { dailyBackups: false, readMounts: networkMount(dir) });
    const info = await onShare.open(path);
    expect(info).toMatchObject({ access: 'read-write', warnings: [{ code: 'network-path' }] });
    expect(onShare.require().db.pragma('journal_mode', { simple: true })).toBe('wal');
    await apiValue(onShare)('channels.create', { fields: { kind: 'social', platform: 'facebook', name: 'Toch bewaard' } });

    other.close();
    await onShare.open(path); // the same file again: same lock, same connection
    onShare.close();
    const again = newSession(tempDir(), { dailyBackups: false, readMounts: networkMount(dir) });
    await again.open(path);
    expect(again.require().db.pragma('journal_mode', { simple: true })).toBe('delete');
    expect(readRows(path, `SELECT id FROM channels WHERE name = 'Toch bewaard'`)).toHaveLength(1);
  });
});
