import Database from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../../../../src-main/core/db/migrate';
import { MIGRATIONS } from '../../../../../src-main/core/db/migrations';
import { migration0006 } from '../../../../../src-main/core/db/migrations/0006-review';
import { migrationChecksum } from '../../../../../src-main/core/db/migrations/migration';
import { onCleanup, tempDir, useTempDirs } from '../../../../helpers/tempRegister';

useTempDirs();

const NOW = '2026-01-01T00:00:00.000Z';
const BEFORE = MIGRATIONS.filter((m) => m.version < 6);
const ALL = [...BEFORE, migration0006];

function newDb(): Database.Database {
  const db = new Database(join(tempDir(), 'register.sqlite'));
  onCleanup(() => db.close());
  db.pragma('foreign_keys = ON');
  return db;
}

function insertDecision(db: Database.Database, values: Record<string, unknown>): void {
  db.prepare(
    `INSERT INTO review_decisions (id, rule, subject_key, state, fingerprint, reason, owner_person_id, due_date, created_at, updated_at, deleted_at)
     VALUES (@id, @rule, @subjectKey, @state, 'f', @reason, @owner, @dueDate, @now, @now, @deletedAt)`,
  ).run({
    id: randomUUID(),
    rule: 'dormant',
    subjectKey: 'c1',
    state: 'accepted',
    reason: null,
    owner: null,
    dueDate: null,
    deletedAt: null,
    now: NOW,
    ...values,
  });
}

describe('migration 0006 (review)', () => {
  it('adds the review facts to existing channels as unknown, and records itself', () => {
    const db = newDb();
    migrate(db, BEFORE);
    const id = randomUUID();
    db.prepare(
      `INSERT INTO channels (id, kind, platform, name, created_at, updated_at) VALUES (?, 'social', 'twitter', 'Toerisme', ?, ?)`,
    ).run(id, NOW, NOW);

    expect(migrate(db, ALL)).toEqual([6]);
    expect(db.prepare(`SELECT checksum FROM schema_migrations WHERE version = 6`).pluck().get()).toBe(
      migrationChecksum(migration0006),
    );
    expect(
      db
        .prepare(
          `SELECT name, last_activity_on, has_posted, passwords_centralised, event_ended_on, reviewed_on FROM channels WHERE id = ?`,
        )
        .get(id),
    ).toEqual({
      name: 'Toerisme',
      last_activity_on: null,
      has_posted: null,
      passwords_centralised: null,
      event_ended_on: null,
      reviewed_on: null,
    });
    // Dates must be real ISO days, yes/no must be 0 or 1.
    expect(() => db.prepare(`UPDATE channels SET reviewed_on = '05/09/2014' WHERE id = ?`).run(id)).toThrow(/CHECK/);
    expect(() => db.prepare(`UPDATE channels SET has_posted = 2 WHERE id = ?`).run(id)).toThrow(/CHECK/);
    db.prepare(`UPDATE channels SET has_posted = 0, event_ended_on = '2014-09-05' WHERE id = ?`).run(id);
    expect(migrate(db, ALL)).toEqual([]);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
  });

  it('keeps one live decision per rule and subject, wants a reason for a dismissal and a real owner and date', () => {
    const db = newDb();
    migrate(db, ALL);
    insertDecision(db, {});
    expect(() => insertDecision(db, { state: 'done' })).toThrow(/UNIQUE/);
    insertDecision(db, { rule: 'duplicate' });
    insertDecision(db, { state: 'dismissed', reason: 'oud', deletedAt: NOW });
    expect(() => insertDecision(db, { subjectKey: 'c2', state: 'dismissed', reason: '  ' })).toThrow(/CHECK/);
    expect(() => insertDecision(db, { subjectKey: 'c3', owner: randomUUID() })).toThrow(/FOREIGN KEY/);
    expect(() => insertDecision(db, { subjectKey: 'c4', dueDate: '2014-13-01' })).toThrow(/CHECK/);
    expect(() => insertDecision(db, { subjectKey: 'c5', state: 'open' })).toThrow(/CHECK/);
  });

  it('keeps one live settings object per register', () => {
    const db = newDb();
    migrate(db, ALL);
    const insert = db.prepare(
      `INSERT INTO review_settings (id, definition, created_at, updated_at, deleted_at) VALUES (?, ?, ?, ?, ?)`,
    );
    expect(() => insert.run(randomUUID(), '[1]', NOW, NOW, null)).toThrow(/CHECK/);
    insert.run(randomUUID(), '{"dormantMonths":6}', NOW, NOW, null);
    expect(() => insert.run(randomUUID(), '{}', NOW, NOW, null)).toThrow(/UNIQUE/);
    insert.run(randomUUID(), '{}', NOW, NOW, NOW);
  });
});
