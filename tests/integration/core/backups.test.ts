import { randomUUID } from 'node:crypto';
import { existsSync, readdirSync, utimesSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_DAILY_BACKUPS_KEPT } from '../../../shared/domain/backups';
import { backupFilePath, registerBackupDir } from '../../../src-main/core/backups/backupStore';
import { LATEST_SCHEMA_VERSION } from '../../../src-main/core/db/migrations';
import { DomainError } from '../../../src-main/core/errors';
import { sha256File, sideFiles, tempDir, useTempDirs } from '../../helpers/tempRegister';
import { api, apiValue, clock, damagePage2, newSession, olderRegister, readRows } from './durabilityHelpers';

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

/** A register with a few channels made through the session (create makes no daily backup). */
async function registerWithChannels(dataDir: string, names: string[], config = {}) {
  const path = join(tempDir(), 'kanalen.sqlite');
  const session = newSession(dataDir, config);
  await session.create(path);
  for (const name of names) session.require().channels.create({ kind: 'social', platform: 'facebook', name });
  return { path, session };
}

describe('backups before a migration', () => {
  it('copies the file at its old schema, with the same rows, before migrating it', async () => {
    const dataDir = tempDir();
    const path = join(tempDir(), 'oud.sqlite');
    const { registerId, ids } = olderRegister(path, 5, ['Stad Mechelen', 'Toerisme Mechelen', 'Jeugddienst']);
    const session = newSession(dataDir, { dailyBackups: false });

    const info = await session.open(path);
    expect(info.schemaVersion).toBe(LATEST_SCHEMA_VERSION);
    expect(info.registerId).toBe(registerId);
    const backups = session.listBackups();
    expect(backups).toHaveLength(1);
    expect(backups[0]).toMatchObject({
      reason: 'pre-migration',
      schemaVersion: 5,
      channelCount: 3,
      sourcePath: path,
      registerId,
    });

    const copy = backupFilePath(registerBackupDir(dataDir, registerId), backups[0]!.id);
    expect(
      readRows<{ version: number }>(copy, `SELECT version FROM schema_migrations ORDER BY version`).map((r) => r.version),
    ).toEqual([1, 2, 3, 4, 5]);
    expect(readRows<{ id: string; name: string }>(copy, `SELECT id, name FROM channels ORDER BY name`)).toEqual([
      { id: ids[2], name: 'Jeugddienst' },
      { id: ids[0], name: 'Stad Mechelen' },
      { id: ids[1], name: 'Toerisme Mechelen' },
    ]);
    // A single self-contained file: no WAL flag, nothing beside it.
    expect(readRows<{ journal_mode: string }>(copy, 'PRAGMA journal_mode')[0]!.journal_mode).toBe('delete');
    expect(readdirSync(dirname(copy)).sort()).toEqual([`${backups[0]!.id}.json`, `${backups[0]!.id}.sqlite`]);
  });

  it('refuses the open when that backup fails, and leaves the file as it was', async () => {
    const dataDir = tempDir();
    writeFileSync(join(dataDir, 'backups'), 'a file where the backups folder should be');
    const path = join(tempDir(), 'oud.sqlite');
    olderRegister(path, 4, ['Stad Mechelen']);
    const before = sha256File(path);
    const session = newSession(dataDir);

    const error = await rejection(session.open(path));
    expect(error.code).toBe('FILE_ERROR');
    expect(error.messageNl).toMatch(
      /moet bijgewerkt worden .* reservekopie vooraf is mislukt; het is niet geopend en niet gewijzigd/,
    );
    expect(error.messageEn).toMatch(/backup before that failed/);
    expect(sha256File(path)).toBe(before);
    expect(sideFiles(path)).toEqual([]);
    expect(existsSync(`${path}.lock`)).toBe(false);
    expect(session.state()).toMatchObject({ current: null, problem: { code: 'FILE_ERROR' } });
  });

  it('makes none for a register that is up to date', async () => {
    const dataDir = tempDir();
    const { path, session } = await registerWithChannels(dataDir, ['A'], { dailyBackups: false });
    session.close();
    await session.open(path);
    expect(session.listBackups()).toEqual([]);
  });
});

describe('the backup folder', () => {
  it('lists only backups with a manifest; removes leftovers older than an hour at the next backup, and keeps younger ones', async () => {
    const dataDir = tempDir();
    const { session } = await registerWithChannels(dataDir, ['A']);
    const first = await apiValue(session)('backups.create');
    const dir = registerBackupDir(dataDir, first.registerId);
    const leftovers = {
      oldPartial: '2020-01-01T00-00-00-000Z-daily.sqlite.partial',
      oldPartialJournal: '2020-01-01T00-00-00-000Z-daily.sqlite.partial-journal',
      oldOrphan: '2020-01-02T00-00-00-000Z-daily.sqlite',
      youngPartial: '2020-01-03T00-00-00-000Z-daily.sqlite.partial',
      youngOrphan: '2020-01-04T00-00-00-000Z-daily.sqlite',
    };
    for (const name of Object.values(leftovers))
      writeFileSync(join(dir, name), 'half a copy, or one whose manifest was never written');
    const twoHoursAgo = new Date(Date.now() - 2 * 60 * 60 * 1000);
    for (const name of [leftovers.oldPartial, leftovers.oldPartialJournal, leftovers.oldOrphan]) {
      utimesSync(join(dir, name), twoHoursAgo, twoHoursAgo);
    }
    writeFileSync(join(dir, 'nonsense.json'), '{"id": "nonsense"}');
    expect((await apiValue(session)('backups.list')).map((b) => b.id)).toEqual([first.id]);

    const second = await apiValue(session)('backups.create');
    // Younger ones may be a backup another process is still writing: left alone.
    expect(
      readdirSync(dir)
        .filter((name) => Object.values(leftovers).includes(name))
        .sort(),
    ).toEqual([leftovers.youngPartial, leftovers.youngOrphan].sort());
    expect((await apiValue(session)('backups.list')).map((b) => b.id)).toEqual([second.id, first.id]);
  });
});

describe('daily backups', () => {
  it('makes the next one when a new day begins while the register stays open', async () => {
    const dataDir = tempDir();
    const time = clock('2026-03-02T08:00:00');
    const { path, session } = await registerWithChannels(dataDir, ['A'], { now: time.now });
    session.close();
    await session.open(path);
    await session.idle();
    session.dailyBackupIfDue(); // same day: nothing new
    await session.idle();
    expect(session.listBackups()).toHaveLength(1);

    time.set('2026-03-03T00:20:00'); // the window stayed open past midnight
    session.require().channels.create({ kind: 'social', platform: 'facebook', name: 'B' });
    session.dailyBackupIfDue();
    await session.idle();
    expect(session.listBackups().map((b) => [b.reason, b.createdAt, b.channelCount])).toEqual([
      ['daily', new Date('2026-03-03T00:20:00').toISOString(), 2],
      ['daily', new Date('2026-03-02T08:00:00').toISOString(), 1],
    ]);
    session.close();
  });

  it('makes one at the first open of each local day, in the background', async () => {
    const dataDir = tempDir();
    const time = clock('2026-03-02T08:00:00');
    const { path, session } = await registerWithChannels(dataDir, ['A', 'B'], { now: time.now });
    expect(session.listBackups()).toEqual([]); // creating a register is no "open"
    session.close();

    await session.open(path);
    await session.idle();
    expect(session.listBackups().map((b) => b.reason)).toEqual(['daily']);
    expect(session.listBackups()[0]).toMatchObject({ channelCount: 2, createdAt: new Date('2026-03-02T08:00:00').toISOString() });

    time.set('2026-03-02T17:45:00');
    await session.open(path);
    await session.idle();
    expect(session.listBackups()).toHaveLength(1);

    time.set('2026-03-03T07:10:00');
    session.close();
    await session.open(path);
    await session.idle();
    expect(session.listBackups().map((b) => b.createdAt)).toEqual([
      new Date('2026-03-03T07:10:00').toISOString(),
      new Date('2026-03-02T08:00:00').toISOString(),
    ]);
  });

  it(`keeps the newest ${DEFAULT_DAILY_BACKUPS_KEPT} daily ones, and every pre-migration and manual one`, async () => {
    const dataDir = tempDir();
    const time = clock('2026-01-01T09:00:00');
    const path = join(tempDir(), 'oud.sqlite');
    olderRegister(path, 5, ['A']);
    const session = newSession(dataDir, { now: time.now });
    await session.open(path); // pre-migration + the first daily
    await session.idle();
    const manual = await apiValue(session)('backups.create');
    expect(manual.reason).toBe('manual');

    for (let day = 1; day <= 17; day += 1) {
      time.addDays(1);
      session.close();
      await session.open(path);
      await session.idle();
    }
    const backups = session.listBackups();
    const daily = backups.filter((b) => b.reason === 'daily');
    expect(daily).toHaveLength(DEFAULT_DAILY_BACKUPS_KEPT);
    expect(daily[0]!.createdAt).toBe(new Date('2026-01-18T09:00:00').toISOString());
    expect(daily.at(-1)!.createdAt).toBe(new Date('2026-01-05T09:00:00').toISOString());
    expect(backups.filter((b) => b.reason === 'pre-migration')).toHaveLength(1);
    expect(backups.filter((b) => b.reason === 'manual').map((b) => b.id)).toEqual([manual.id]);
    // Removed ones are gone from disk too: two files per kept backup, nothing else.
    const dir = registerBackupDir(dataDir, session.require().meta('register_id'));
    expect(readdirSync(dir)).toHaveLength(2 * backups.length);
  });
});

describe('the number of daily backups kept', () => {
  it('follows dailyBackupsKept in settings.json', async () => {
    const dataDir = tempDir();
    writeFileSync(
      join(dataDir, 'settings.json'),
      JSON.stringify({ deviceId: randomUUID(), recent: [], lastRegister: null, dailyBackupsKept: 2 }),
    );
    const time = clock('2026-02-01T12:00:00');
    const { path, session } = await registerWithChannels(dataDir, ['A'], { now: time.now });
    expect(session.settings.dailyBackupsKept).toBe(2);
    for (let day = 0; day < 4; day += 1) {
      session.close();
      await session.open(path);
      await session.idle();
      time.addDays(1);
    }
    expect(session.listBackups().map((b) => b.createdAt)).toEqual([
      new Date('2026-02-04T12:00:00').toISOString(),
      new Date('2026-02-03T12:00:00').toISOString(),
    ]);
  });
});

describe('backups on demand and restoring', () => {
  it('backups.create copies the open register; restore opens a new file and never touches the original', async () => {
    const dataDir = tempDir();
    const time = clock('2026-05-04T10:20:00');
    const { path, session } = await registerWithChannels(dataDir, ['Stad Mechelen', 'Toerisme'], { now: time.now });
    const call = apiValue(session);
    const backup = await call('backups.create');
    expect(backup).toMatchObject({ reason: 'manual', channelCount: 2, schemaVersion: LATEST_SCHEMA_VERSION, sourcePath: path });
    expect(await call('backups.list')).toEqual([backup]);

    const later = session.require().channels.create({ kind: 'website', platform: 'website', name: 'Na de kopie' });
    time.set('2026-05-04T11:05:00');
    const restored = await call('backups.restore', { backupId: backup.id });
    expect(restored.path).toBe(join(dirname(path), 'kanalen (hersteld 2026-05-04 11u05).sqlite'));
    expect(restored).toMatchObject({ channelCount: 2, access: 'read-write', registerId: backup.registerId });
    expect((await call('register.current')).current?.path).toBe(restored.path);
    expect(existsSync(`${restored.path}.lock`)).toBe(true);
    expect(existsSync(`${path}.lock`)).toBe(false);
    // The original still has the channel made after the backup.
    expect(readRows<{ name: string }>(path, `SELECT name FROM channels WHERE id = '${later.id}'`)).toEqual([
      { name: 'Na de kopie' },
    ]);
    // What was left behind is a backup too.
    expect((await call('backups.list')).map((b) => b.reason)).toEqual(['before-restore', 'manual']);

    // Again in the same minute: another name, never the same file.
    const again = await call('backups.restore', { backupId: backup.id });
    expect(basename(again.path)).toBe('kanalen (hersteld 2026-05-04 11u05) (2).sqlite');
  });

  it('refuses to restore over an existing file, an unknown id and a path for an id', async () => {
    const dataDir = tempDir();
    const { path, session } = await registerWithChannels(dataDir, ['A']);
    const backup = await apiValue(session)('backups.create');
    const call = api(session);

    const existing = join(dirname(path), 'bestaat.sqlite');
    writeFileSync(existing, 'van iemand anders');
    const before = sha256File(existing);
    expect(await call('backups.restore', { backupId: backup.id, targetPath: existing })).toMatchObject({
      ok: false,
      error: { code: 'FILE_EXISTS', message: expect.stringMatching(/overschrijft nooit/) },
    });
    expect(sha256File(existing)).toBe(before);
    expect(await call('backups.restore', { backupId: backup.id, targetPath: path })).toMatchObject({
      ok: false,
      error: { code: 'FILE_EXISTS' },
    });
    expect(await call('backups.restore', { backupId: '2020-01-01T00-00-00-000Z-manual' })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
    for (const backupId of ['../registers/kanalen', `${backup.id}/../../x`, '/etc/passwd', '']) {
      expect(await call('backups.restore', { backupId }), backupId).toMatchObject({
        ok: false,
        error: { code: 'INVALID_INPUT' },
      });
    }
    expect(session.require().path).toBe(path);
  });

  it('refuses a backup that is damaged itself', async () => {
    const dataDir = tempDir();
    const { session } = await registerWithChannels(
      dataDir,
      Array.from({ length: 300 }, (_, i) => `Kanaal ${i}`),
    );
    const backup = await apiValue(session)('backups.create');
    damagePage2(backupFilePath(registerBackupDir(dataDir, backup.registerId), backup.id));
    const result = await api(session)('backups.restore', { backupId: backup.id });
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'REGISTER_DAMAGED', message: expect.stringMatching(/zelf beschadigd/) },
    });
  });
});

describe('a damaged register', () => {
  it('is not written; the state offers its backups and the restore opens the latest', async () => {
    const dataDir = tempDir();
    const time = clock('2026-06-10T14:30:00');
    const names = Array.from({ length: 300 }, (_, i) => `Kanaal ${i}`);
    const { path, session } = await registerWithChannels(dataDir, names, { now: time.now });
    const backup = await apiValue(session)('backups.create');
    session.close();
    damagePage2(path);
    const before = sha256File(path);

    const later = newSession(dataDir, { now: time.now });
    const error = await rejection(later.open(path));
    expect(error.code).toBe('REGISTER_DAMAGED');
    expect(error.messageNl).toMatch(
      /Er is een reservekopie van 10\/06\/2026 14:30 \(300 kanalen\): herstel die als een nieuw bestand\./,
    );
    expect(error.messageEn).toMatch(/There is a backup from 10\/06\/2026 14:30/);
    expect(sha256File(path)).toBe(before);
    expect(sideFiles(path)).toEqual([]);
    expect(existsSync(`${path}.lock`)).toBe(false);

    const state = later.state();
    expect(state.current).toBeNull();
    expect(state.problem).toMatchObject({ code: 'REGISTER_DAMAGED', details: { latestBackupId: backup.id } });
    expect(state.recovery).toEqual({ path, backups: [backup] });
    expect(await apiValue(later)('backups.list', { path })).toEqual([backup]);

    const restored = await apiValue(later)('backups.restore', { backupId: backup.id, sourcePath: path });
    expect(restored.channelCount).toBe(300);
    expect(later.state()).toMatchObject({ problem: null, recovery: null, current: { path: restored.path } });
    expect(sha256File(path)).toBe(before);
  });

  it('without backups: recovery is there with an empty list, the message unchanged', async () => {
    const dataDir = tempDir();
    const path = join(tempDir(), 'notities.sqlite');
    writeFileSync(path, 'geen register\n'.repeat(100));
    const session = newSession(dataDir);
    const error = await rejection(session.open(path));
    expect(error.code).toBe('REGISTER_NOT_KANALENREGISTER');
    expect(error.messageNl).not.toMatch(/reservekopie/);
    expect(session.state().recovery).toEqual({ path, backups: [] });
  });
});
