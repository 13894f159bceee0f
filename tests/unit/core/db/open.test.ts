import Database from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LATEST_SCHEMA_VERSION } from '../../../../src-main/core/db/migrations';
import { openDatabase } from '../../../../src-main/core/db/open';
import { expectDomainError, onCleanup, sha256File, sideFiles, tempDir, useTempDirs } from '../../../helpers/tempRegister';

useTempDirs();

function newPath(name = 'register.sqlite'): string {
  return join(tempDir(), name);
}

/** Opens (and schedules the close of) a register, as the app does. */
function open(path: string, options: { create?: boolean } = {}): Database.Database {
  const db = openDatabase(path, options);
  onCleanup(() => db.close());
  return db;
}

/** A real register holding some rows, closed so its file is complete on disk. */
function registerWithData(path: string, rows = 200): void {
  const db = openDatabase(path, { create: true });
  const now = new Date().toISOString();
  const insert = db.prepare(
    `INSERT INTO channels (id, kind, platform, name, notes, created_at, updated_at) VALUES (?, 'social', 'facebook', ?, ?, ?, ?)`,
  );
  db.transaction(() => {
    for (let i = 0; i < rows; i += 1) insert.run(randomUUID(), `Kanaal ${i}`, 'x'.repeat(200), now, now);
  })();
  db.close();
}

function migrationVersions(db: Database.Database): number[] {
  return (db.prepare(`SELECT version FROM schema_migrations ORDER BY version`).all() as Array<{ version: number }>).map(
    (r) => r.version,
  );
}

/** Tries to open a file that must be refused; checks the file's bytes did not change. */
function expectRefusedUnchanged(path: string, code: Parameters<typeof expectDomainError>[1]) {
  const before = sha256File(path);
  const error = expectDomainError(() => openDatabase(path), code);
  expect(sha256File(path)).toBe(before);
  expect(sideFiles(path)).toEqual([]);
  return error;
}

describe('openDatabase', () => {
  it('creates a new file in WAL mode with the full migration history', () => {
    const path = newPath();
    const db = open(path, { create: true });
    expect(existsSync(path)).toBe(true);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(migrationVersions(db)).toEqual(Array.from({ length: LATEST_SCHEMA_VERSION }, (_, i) => i + 1));
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
  });

  it('reopening an up-to-date register changes nothing in its history or data', () => {
    const path = newPath();
    const first = openDatabase(path, { create: true });
    first.prepare(`INSERT INTO register_meta (key, value) VALUES ('app', 'kanalenregister')`).run();
    const history = first.prepare(`SELECT * FROM schema_migrations`).all();
    first.close();

    const again = open(path);
    expect(again.prepare(`SELECT * FROM schema_migrations`).all()).toEqual(history);
    expect(again.prepare(`SELECT value FROM register_meta WHERE key = 'app'`).get()).toEqual({ value: 'kanalenregister' });
    expect(again.pragma('journal_mode', { simple: true })).toBe('wal');
  });

  it('refuses a register written by a newer version (REGISTER_NEWER) without touching the file', () => {
    const path = newPath();
    const db = openDatabase(path, { create: true });
    db.prepare(`INSERT INTO schema_migrations (version, name, checksum, applied_at) VALUES (?, 'future', ?, ?)`).run(
      LATEST_SCHEMA_VERSION + 1,
      'f'.repeat(64),
      new Date().toISOString(),
    );
    db.close();

    const error = expectRefusedUnchanged(path, 'REGISTER_NEWER');
    expect(error.details).toEqual({ fileVersion: LATEST_SCHEMA_VERSION + 1, appVersion: LATEST_SCHEMA_VERSION });
    expect(error.messageNl).toMatch(/nieuwere versie van Kanalenregister/);
    expect(error.messageNl).toMatch(/niet gewijzigd/);
    expect(error.messageEn).toMatch(/newer version of Kanalenregister/);
    expect(error.messageEn).toMatch(/not changed/);
  });

  it('does not checkpoint a leftover -wal into a refused file', () => {
    const original = newPath('original.sqlite');
    const db = openDatabase(original, { create: true });
    db.pragma('wal_autocheckpoint = 0'); // keep the next write in the -wal file
    db.prepare(`INSERT INTO schema_migrations (version, name, checksum, applied_at) VALUES (?, 'future', ?, ?)`).run(
      LATEST_SCHEMA_VERSION + 1,
      'f'.repeat(64),
      new Date().toISOString(),
    );
    // An unclean copy, as a crash or a file copied while open leaves it: main file plus -wal.
    const copy = newPath('copy.sqlite');
    writeFileSync(copy, readFileSync(original));
    writeFileSync(`${copy}-wal`, readFileSync(`${original}-wal`));
    db.close();
    const mainBefore = sha256File(copy);
    const walBefore = sha256File(`${copy}-wal`);

    expectDomainError(() => openDatabase(copy), 'REGISTER_NEWER');
    expect(sha256File(copy)).toBe(mainBefore);
    expect(sha256File(`${copy}-wal`)).toBe(walBefore);
  });

  it('refuses a register whose migration checksum differs (REGISTER_MISMATCH)', () => {
    const path = newPath();
    const db = openDatabase(path, { create: true });
    db.prepare(`UPDATE schema_migrations SET checksum = ? WHERE version = 1`).run('0'.repeat(64));
    db.close();

    const error = expectRefusedUnchanged(path, 'REGISTER_MISMATCH');
    expect(error.messageNl).toMatch(/schemageschiedenis .* past niet/);
    expect(error.messageEn).toMatch(/does not match/);
  });

  it('refuses a text file (REGISTER_NOT_KANALENREGISTER)', () => {
    const path = newPath('notities.sqlite');
    writeFileSync(path, 'Dit is een tekstbestand, geen register.\n'.repeat(100));
    const error = expectRefusedUnchanged(path, 'REGISTER_NOT_KANALENREGISTER');
    expect(error.messageNl).toMatch(/is geen registerbestand/);
    expect(error.messageEn).toMatch(/is not a register file/);
  });

  it('refuses another application’s SQLite file and adds no table to it', () => {
    const path = newPath('andere-app.sqlite');
    const other = new Database(path);
    other.exec(`CREATE TABLE contacts (id INTEGER PRIMARY KEY, name TEXT); INSERT INTO contacts (name) VALUES ('Jan')`);
    other.close();

    const error = expectRefusedUnchanged(path, 'REGISTER_NOT_KANALENREGISTER');
    expect(error.messageNl).toMatch(/geen register van Kanalenregister/);
    expect(error.messageEn).toMatch(/not a Kanalenregister register/);
    const check = new Database(path, { readonly: true });
    onCleanup(() => check.close());
    expect(check.prepare(`SELECT name FROM sqlite_master WHERE type = 'table'`).all()).toEqual([{ name: 'contacts' }]);
  });

  it('refuses a missing file unless asked to create it (FILE_ERROR), and creates nothing', () => {
    const path = newPath('bestaat-niet.sqlite');
    const error = expectDomainError(() => openDatabase(path), 'FILE_ERROR');
    expect(error.messageNl).toMatch(/bestaat niet/);
    expect(error.messageEn).toMatch(/does not exist/);
    expect(existsSync(path)).toBe(false);
  });

  it('refuses to create over an existing file (FILE_EXISTS)', () => {
    const path = newPath();
    registerWithData(path, 3);
    const before = sha256File(path);
    const error = expectDomainError(() => openDatabase(path, { create: true }), 'FILE_EXISTS');
    expect(error.messageNl).toMatch(/Er bestaat al een bestand/);
    expect(error.messageEn).toMatch(/already exists/);
    expect(sha256File(path)).toBe(before);
  });

  it('refuses a register with a valid header but garbage over page 2 (REGISTER_DAMAGED)', () => {
    const path = newPath();
    registerWithData(path);
    const bytes = readFileSync(path);
    expect(bytes.subarray(0, 16).toString('latin1')).toBe('SQLite format 3\u0000');
    const pageSize = bytes.readUInt16BE(16);
    expect(bytes.length).toBeGreaterThan(3 * pageSize);
    for (let i = pageSize; i < 2 * pageSize; i += 1) bytes[i] = (i * 7919) & 0xff;
    writeFileSync(path, bytes);

    const error = expectRefusedUnchanged(path, 'REGISTER_DAMAGED');
    expect(error.messageNl).toMatch(/beschadigd|kan niet gelezen worden/);
    expect(error.messageEn).toMatch(/damaged|cannot be read/);
  });

  it('refuses a register cut off after its first pages (REGISTER_DAMAGED)', () => {
    const path = newPath();
    registerWithData(path);
    const bytes = readFileSync(path);
    writeFileSync(path, bytes.subarray(0, 3 * bytes.readUInt16BE(16)));
    expectRefusedUnchanged(path, 'REGISTER_DAMAGED');
  });
});
