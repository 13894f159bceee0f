import Database from 'better-sqlite3';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { BackupReason } from '../../../shared/domain/backups';
import { listRegisterBackups, registerBackupDir } from '../../../src-main/core/backups/backupStore';
import { inFolderQueue } from '../../../src-main/core/backups/folderQueue';
import { createBackup } from '../../../src-main/core/backups/onlineBackup';
import { DomainError } from '../../../src-main/core/errors';
import { sha256File, tempDir, useTempDirs } from '../../helpers/tempRegister';
import { api, apiValue, clock, damagePage2, newSession, readRows } from './durabilityHelpers';

useTempDirs();

async function rejection(promise: Promise<unknown>): Promise<DomainError> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(DomainError);
    return error as DomainError;
  }
  throw new Error('expected a rejection');
}

function backup(dataDir: string, sourcePath: string, reason: BackupReason, now: Date, dailyKept = 14) {
  return createBackup({ dataDir, sourcePath, reason, now, dailyKept });
}

/**
 * Overwrites the root page of `table` with garbage, as a bad sector would: quick_check sees it,
 * while the channels (another table) still read fine, so a copy of the file could be described and listed.
 */
function damageRootPage(path: string, table: string): void {
  const [root] = readRows<{ rootpage: number }>(path, `SELECT rootpage FROM sqlite_master WHERE name = '${table}'`);
  const bytes = readFileSync(path);
  const pageSize = bytes.readUInt16BE(16);
  const start = (root!.rootpage - 1) * pageSize;
  for (let i = start; i < start + pageSize; i += 1) bytes[i] = (i * 7919) & 0xff;
  writeFileSync(path, bytes);
}

/** A register with `count` channels (and their change rows), closed: a file on disk in WAL mode. */
async function closedRegister(dataDir: string, count: number): Promise<string> {
  const path = join(tempDir(), 'kanalen.sqlite');
  const session = newSession(dataDir, { dailyBackups: false });
  await session.create(path);
  for (let i = 0; i < count; i += 1)
    session.require().channels.create({ kind: 'social', platform: 'facebook', name: `Kanaal ${i}` });
  session.close();
  return path;
}

describe('a backup is only kept when its copy passes quick_check', () => {
  it('records the check in the manifest', async () => {
    const dataDir = tempDir();
    const path = await closedRegister(dataDir, 3);
    const info = await backup(dataDir, path, 'manual', new Date('2026-04-01T10:00:00Z'));
    const manifest = JSON.parse(readFileSync(join(registerBackupDir(dataDir, info.registerId), `${info.id}.json`), 'utf8'));
    expect(manifest).toMatchObject({ ...info, verified: true, check: { kind: 'quick', checkedAt: expect.any(String) } });
  });

  it('refuses to copy a damaged register day after day, so retention never pushes out the last good copy', async () => {
    const dataDir = tempDir();
    const path = await closedRegister(dataDir, 300);
    const good = await backup(dataDir, path, 'daily', new Date('2026-04-01T08:00:00Z'), 2);
    const dir = registerBackupDir(dataDir, good.registerId);
    damageRootPage(path, 'change_log');
    // The damage leaves the channels readable: without the check the copy would be described and listed.
    expect(readRows<{ n: number }>(path, 'SELECT count(*) AS n FROM channels')).toEqual([{ n: 300 }]);
    const before = sha256File(path);

    for (let day = 2; day <= 4; day += 1) {
      const error = await rejection(backup(dataDir, path, 'daily', new Date(`2026-04-0${day}T08:00:00Z`), 2));
      expect(error.code).toBe('REGISTER_DAMAGED');
      expect(error.messageNl).toMatch(
        /is niet bewaard: de kopie slaagt niet voor de controle \(quick_check: .+\), dus het register zelf lijkt beschadigd/,
      );
      expect(error.messageNl).toMatch(/Register controleren .*kanalenregister check --full/);
      expect(error.messageEn).toMatch(
        /was not kept: .*the register itself seems damaged\. Run Check register \(or `kanalenregister check --full`\)/,
      );
      expect(error.details).toMatchObject({ path, problems: [expect.any(String)] });
    }
    // Only the good copy, nothing half-made beside it; the register itself untouched.
    expect(listRegisterBackups(dataDir, good.registerId)).toEqual([good]);
    expect(readdirSync(dir).sort()).toEqual([`${good.id}.json`, `${good.id}.sqlite`]);
    expect(sha256File(path)).toBe(before);
  });

  it('says the same when the damage is where SQLite expects its own pages (page 2)', async () => {
    const dataDir = tempDir();
    const path = await closedRegister(dataDir, 300);
    damagePage2(path);
    const error = await rejection(backup(dataDir, path, 'manual', new Date('2026-04-02T08:00:00Z')));
    expect(error.code).toBe('REGISTER_DAMAGED');
    expect(error.messageEn).toMatch(/the register itself seems damaged/);
    const dirs = readdirSync(join(dataDir, 'backups'));
    expect(dirs.flatMap((dir) => readdirSync(join(dataDir, 'backups', dir)))).toEqual([]);
  });
});

/**
 * A plain SQLite file of about `megabytes` MB with a register id: big enough that the online backup
 * takes several turns of the event loop (2,000 pages per turn), so another backup can start meanwhile.
 */
function bigFile(megabytes: number): string {
  const path = join(tempDir(), 'groot.sqlite');
  const db = new Database(path);
  try {
    db.exec(`CREATE TABLE register_meta (key TEXT PRIMARY KEY, value TEXT); CREATE TABLE padding (b BLOB);`);
    db.prepare(`INSERT INTO register_meta VALUES ('register_id', 'groot-register')`).run();
    const insert = db.prepare('INSERT INTO padding VALUES (randomblob(1048576))');
    for (let i = 0; i < megabytes; i += 1) insert.run();
  } finally {
    db.close();
  }
  return path;
}

describe('two backups of one register at once', () => {
  it('run one after the other: a second one never removes the copy the first is still writing', async () => {
    const dataDir = tempDir();
    const path = bigFile(24);
    const dir = registerBackupDir(dataDir, 'groot-register');
    const partials = () => (existsSync(dir) ? readdirSync(dir).filter((name) => name.endsWith('.partial')) : []);

    const daily = backup(dataDir, path, 'daily', new Date('2026-04-01T08:00:00Z'));
    // Wait until the daily copy is being written, then ask for a manual one (the "Nu een reservekopie maken" button).
    while (partials().length === 0) await new Promise((done) => setImmediate(done));
    const manual = backup(dataDir, path, 'manual', new Date('2026-04-01T08:00:01Z'));
    let mostAtOnce = 0;
    let settled = false;
    const both = Promise.allSettled([daily, manual]).finally(() => {
      settled = true;
    });
    while (!settled) {
      mostAtOnce = Math.max(mostAtOnce, partials().length);
      await new Promise((done) => setImmediate(done));
    }
    const [first, second] = await both;
    expect(first).toMatchObject({ status: 'fulfilled', value: { reason: 'daily' } });
    expect(second).toMatchObject({ status: 'fulfilled', value: { reason: 'manual' } });
    expect(mostAtOnce).toBe(1);
    expect(listRegisterBackups(dataDir, 'groot-register').map((b) => b.reason)).toEqual(['manual', 'daily']);
    expect(partials()).toEqual([]);
  });

  it('the queue runs work on one folder in order, also after a failure, and other folders beside it', async () => {
    const log: string[] = [];
    const step =
      (name: string, fail = false) =>
      async () => {
        log.push(`${name} start`);
        await new Promise((done) => setTimeout(done, 5));
        log.push(`${name} end`);
        if (fail) throw new Error(name);
        return name;
      };
    const a1 = inFolderQueue('/backups/a', step('a1', true));
    const a2 = inFolderQueue('/backups/a/', step('a2'));
    const b1 = inFolderQueue('/backups/b', step('b1'));
    await expect(a1).rejects.toThrow('a1');
    expect(await a2).toBe('a2');
    expect(await b1).toBe('b1');
    expect(log.indexOf('a1 end')).toBeLessThan(log.indexOf('a2 start'));
    expect(log.indexOf('b1 start')).toBeLessThan(log.indexOf('a1 end'));
  });
});

/** A WAL file left by another database: what a crash leaves beside a file that was then moved away. */
function foreignWal(): Buffer {
  const path = join(tempDir(), 'ander.sqlite');
  const db = new Database(path);
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('wal_autocheckpoint = 0');
    db.exec(`CREATE TABLE channels (id TEXT, name TEXT); INSERT INTO channels VALUES ('x', 'Uit een ander bestand');`);
    return readFileSync(`${path}-wal`);
  } finally {
    db.close();
  }
}

describe('restoring to a target with leftover side files', () => {
  it('refuses a target whose -wal, -shm or -journal is lying there, naming it, and writes nothing', async () => {
    const dataDir = tempDir();
    const path = await closedRegister(dataDir, 2);
    const session = newSession(dataDir, { dailyBackups: false });
    await session.open(path);
    const made = await apiValue(session)('backups.create');
    const wal = foreignWal();
    expect(wal.length).toBeGreaterThan(0);

    for (const suffix of ['-wal', '-journal', '-shm']) {
      const target = join(tempDir(), 'hersteld.sqlite');
      writeFileSync(`${target}${suffix}`, wal);
      const result = await api(session)('backups.restore', { backupId: made.id, targetPath: target });
      expect(result, suffix).toMatchObject({
        ok: false,
        error: {
          code: 'FILE_EXISTS',
          message: expect.stringContaining(`Naast ${target} ligt nog ${target}${suffix}`),
          messageEn: expect.stringContaining(`Next to ${target} lies ${target}${suffix}`),
          details: { leftover: `${target}${suffix}` },
        },
      });
      expect(existsSync(target)).toBe(false);
      expect(readFileSync(`${target}${suffix}`).equals(wal)).toBe(true);
    }
    expect(session.require().path).toBe(path);
  });

  it('refuses a target named like a side file or a lock', async () => {
    const dataDir = tempDir();
    const path = await closedRegister(dataDir, 1);
    const session = newSession(dataDir, { dailyBackups: false });
    await session.open(path);
    const made = await apiValue(session)('backups.create');
    const dir = tempDir();
    for (const name of ['kanalen.sqlite-wal', 'kanalen.sqlite-SHM', 'kanalen-journal', 'kanalen.sqlite.lock']) {
      const result = await api(session)('backups.restore', { backupId: made.id, targetPath: join(dir, name) });
      expect(result, name).toMatchObject({
        ok: false,
        error: { code: 'INVALID_INPUT', message: expect.stringMatching(/kan geen naam van een register zijn/) },
      });
    }
    expect(readdirSync(dir)).toEqual([]);
  });

  it('the default name skips a name with a leftover side file, and the restored copy has only its own rows', async () => {
    const dataDir = tempDir();
    const time = clock('2026-05-04T11:05:00');
    const path = await closedRegister(dataDir, 2);
    const session = newSession(dataDir, { dailyBackups: false, now: time.now });
    await session.open(path);
    const made = await apiValue(session)('backups.create');
    const usual = path.replace(/kanalen\.sqlite$/, 'kanalen (hersteld 2026-05-04 11u05).sqlite');
    writeFileSync(`${usual}-wal`, foreignWal());

    const restored = await apiValue(session)('backups.restore', { backupId: made.id });
    expect(basename(restored.path)).toBe('kanalen (hersteld 2026-05-04 11u05) (2).sqlite');
    expect(restored.channelCount).toBe(2);
    expect(readRows<{ name: string }>(restored.path, 'SELECT name FROM channels ORDER BY name').map((r) => r.name)).toEqual([
      'Kanaal 0',
      'Kanaal 1',
    ]);
  });
});
