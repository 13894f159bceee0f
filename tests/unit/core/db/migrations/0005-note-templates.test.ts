import Database from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../../../../src-main/core/db/migrate';
import { migration0001 } from '../../../../../src-main/core/db/migrations/0001-init';
import { migration0002 } from '../../../../../src-main/core/db/migrations/0002-inventory-editing';
import { migration0003 } from '../../../../../src-main/core/db/migrations/0003-growth';
import { migration0004 } from '../../../../../src-main/core/db/migrations/0004-costs';
import { migration0005 } from '../../../../../src-main/core/db/migrations/0005-note-templates';
import { migrationChecksum } from '../../../../../src-main/core/db/migrations/migration';
import { onCleanup, tempDir, useTempDirs } from '../../../../helpers/tempRegister';

useTempDirs();

const NOW = '2026-01-01T00:00:00.000Z';
const BEFORE = [migration0001, migration0002, migration0003, migration0004];
const ALL = [...BEFORE, migration0005];

function newDb(): Database.Database {
  const db = new Database(join(tempDir(), 'register.sqlite'));
  onCleanup(() => db.close());
  db.pragma('foreign_keys = ON');
  return db;
}

function insertTemplate(db: Database.Database, definition: string, deletedAt: string | null = null): string {
  const id = randomUUID();
  db.prepare(`INSERT INTO note_templates (id, definition, created_at, updated_at, deleted_at) VALUES (?, ?, ?, ?, ?)`).run(
    id,
    definition,
    NOW,
    NOW,
    deletedAt,
  );
  return id;
}

describe('migration 0005 (note templates)', () => {
  it('applies after 0004 on a register with rows, keeps them, and records itself', () => {
    const db = newDb();
    migrate(db, BEFORE);
    const channelId = randomUUID();
    db.prepare(
      `INSERT INTO channels (id, kind, platform, name, created_at, updated_at) VALUES (?, 'social', 'facebook', 'Stad', ?, ?)`,
    ).run(channelId, NOW, NOW);

    expect(migrate(db, ALL)).toEqual([5]);
    expect(db.prepare(`SELECT version, name, checksum FROM schema_migrations WHERE version = 5`).get()).toEqual({
      version: 5,
      name: 'note-templates',
      checksum: migrationChecksum(migration0005),
    });
    expect(db.pragma('user_version', { simple: true })).toBe(5);
    expect(db.prepare(`SELECT name FROM channels WHERE id = ?`).pluck().get(channelId)).toBe('Stad');
    expect(db.prepare(`SELECT count(*) FROM note_templates`).pluck().get()).toBe(0);
    expect(migrate(db, ALL)).toEqual([]);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
  });

  it('stores a definition only as a JSON object', () => {
    const db = newDb();
    migrate(db, ALL);
    expect(() => insertTemplate(db, 'Stad Mechelen')).toThrow(/CHECK constraint/);
    expect(() => insertTemplate(db, '["Stad Mechelen"]')).toThrow(/CHECK constraint/);
    const id = insertTemplate(db, JSON.stringify({ city: 'Stad Mechelen' }));
    expect(() => db.prepare(`UPDATE note_templates SET definition = '{' WHERE id = ?`).run(id)).toThrow(/CHECK constraint/);
  });

  it('keeps one live template per register; deleted ones stay beside it', () => {
    const db = newDb();
    migrate(db, ALL);
    const first = insertTemplate(db, '{}');
    expect(() => insertTemplate(db, '{}')).toThrow(/UNIQUE/);
    insertTemplate(db, '{}', NOW);
    db.prepare(`UPDATE note_templates SET deleted_at = ? WHERE id = ?`).run(NOW, first);
    insertTemplate(db, '{}');
    expect(db.prepare(`SELECT count(*) FROM note_templates WHERE deleted_at IS NULL`).pluck().get()).toBe(1);
    expect(db.prepare(`SELECT count(*) FROM note_templates`).pluck().get()).toBe(3);
    // Reviving a deleted row while another is live is refused too.
    expect(() => db.prepare(`UPDATE note_templates SET deleted_at = NULL WHERE id = ?`).run(first)).toThrow(/UNIQUE/);
  });
});
