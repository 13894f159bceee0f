import Database from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../../../../src-main/core/db/migrate';
import { migration0001 } from '../../../../../src-main/core/db/migrations/0001-init';
import { migration0002 } from '../../../../../src-main/core/db/migrations/0002-inventory-editing';
import { migrationChecksum } from '../../../../../src-main/core/db/migrations/migration';
import { Register } from '../../../../../src-main/core/register/register';
import { onCleanup, tempDir, testAuthor, useTempDirs } from '../../../../helpers/tempRegister';

useTempDirs();

const NOW = '2026-01-01T00:00:00.000Z';

function newDb(path = join(tempDir(), 'register.sqlite')): Database.Database {
  const db = new Database(path);
  onCleanup(() => db.close());
  db.pragma('foreign_keys = ON');
  return db;
}

function insertChannel(db: Database.Database, name = 'Stadsbestuur Mechelen', extra: Record<string, unknown> = {}): string {
  const id = randomUUID();
  db.prepare(
    `INSERT INTO channels (id, kind, platform, name, handle, notes, organisation_id, created_at, updated_at)
     VALUES (@id, 'social', 'facebook', @name, @handle, @notes, @organisationId, @now, @now)`,
  ).run({ id, name, handle: null, notes: null, organisationId: null, now: NOW, ...extra });
  return id;
}

function insertSnapshot(db: Database.Database, channelId: string, date: string, count: number, metric = 'likes'): string {
  const id = randomUUID();
  db.prepare(
    `INSERT INTO follower_snapshots (id, channel_id, date, count, metric, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)`,
  ).run(id, channelId, date, count, metric, NOW, NOW);
  return id;
}

function latest(db: Database.Database, channelId: string) {
  return db
    .prepare(`SELECT latest_count AS count, latest_metric AS metric, latest_date AS date FROM channels WHERE id = ?`)
    .get(channelId);
}

function expectConstraint(fn: () => unknown, code: string): void {
  expect(fn).toThrow(expect.objectContaining({ code }));
}

describe('migration 0002 (inventory editing)', () => {
  it('applies after 0001 on a register with data and records itself', () => {
    const db = newDb();
    migrate(db, [migration0001]);
    insertChannel(db);
    expect(migrate(db, [migration0001, migration0002])).toEqual([2]);
    expect(db.prepare(`SELECT version, name, checksum FROM schema_migrations WHERE version = 2`).get()).toEqual({
      version: 2,
      name: 'inventory_editing',
      checksum: migrationChecksum(migration0002),
    });
    expect(db.pragma('user_version', { simple: true })).toBe(2);
    expect(migrate(db, [migration0001, migration0002])).toEqual([]);
  });

  it('adds the derived columns, the partial "live" indexes and the history table', () => {
    const db = newDb();
    migrate(db, [migration0001, migration0002]);
    const columns = (table: string) =>
      (db.prepare(`SELECT name FROM pragma_table_info(?)`).all(table) as Array<{ name: string }>).map((c) => c.name);
    expect(columns('channels')).toEqual(
      expect.arrayContaining(['name_folded', 'search_text', 'url_key', 'latest_count', 'latest_metric', 'latest_date']),
    );
    expect(columns('organisations')).toContain('name_folded');
    expect(columns('people')).toContain('name_folded');
    expect(columns('history_batches')).toEqual([
      'seq',
      'batch_id',
      'device_id',
      'kind',
      'step_id',
      'reverses',
      'state',
      'description',
      'description_en',
      'skipped',
      'at',
    ]);
    const partial = db
      .prepare(
        `SELECT name, partial FROM pragma_index_list('channels') WHERE name LIKE 'channels_live_%' OR name = 'channels_deleted'`,
      )
      .all();
    expect(partial).toEqual(
      expect.arrayContaining([
        { name: 'channels_live_by_name', partial: 1 },
        { name: 'channels_live_by_count', partial: 1 },
        { name: 'channels_live_by_organisation', partial: 1 },
        { name: 'channels_deleted', partial: 1 },
      ]),
    );
  });

  it('fills the latest count from the snapshots already there: newest date, then metric name; deleted ones ignored', () => {
    const db = newDb();
    migrate(db, [migration0001]);
    const a = insertChannel(db, 'A');
    const b = insertChannel(db, 'B');
    const none = insertChannel(db, 'Zonder telling');
    insertSnapshot(db, a, '2014-09-02', 3107);
    insertSnapshot(db, a, '2015-01-01', 3300, 'likes');
    insertSnapshot(db, a, '2015-01-01', 2900, 'followers');
    const removed = insertSnapshot(db, b, '2016-01-01', 99);
    insertSnapshot(db, b, '2014-09-02', 50);
    db.prepare(`UPDATE follower_snapshots SET deleted_at = ? WHERE id = ?`).run(NOW, removed);

    migrate(db, [migration0001, migration0002]);
    expect(latest(db, a)).toEqual({ count: 2900, metric: 'followers', date: '2015-01-01' });
    expect(latest(db, b)).toEqual({ count: 50, metric: 'likes', date: '2014-09-02' });
    expect(latest(db, none)).toEqual({ count: null, metric: null, date: null });
  });

  it('keeps the latest count up to date through triggers: insert, correction, soft delete, delete, move', () => {
    const db = newDb();
    migrate(db, [migration0001, migration0002]);
    const a = insertChannel(db, 'A');
    const b = insertChannel(db, 'B');
    insertSnapshot(db, a, '2014-09-02', 100);
    expect(latest(db, a)).toMatchObject({ count: 100 });
    const newer = insertSnapshot(db, a, '2015-09-02', 150);
    expect(latest(db, a)).toEqual({ count: 150, metric: 'likes', date: '2015-09-02' });
    db.prepare(`UPDATE follower_snapshots SET count = 160 WHERE id = ?`).run(newer);
    expect(latest(db, a)).toMatchObject({ count: 160 });
    db.prepare(`UPDATE follower_snapshots SET deleted_at = ? WHERE id = ?`).run(NOW, newer);
    expect(latest(db, a)).toMatchObject({ count: 100, date: '2014-09-02' });
    db.prepare(`UPDATE follower_snapshots SET deleted_at = NULL, channel_id = ? WHERE id = ?`).run(b, newer);
    expect(latest(db, a)).toMatchObject({ count: 100 });
    expect(latest(db, b)).toMatchObject({ count: 160 });
    db.prepare(`DELETE FROM follower_snapshots WHERE id = ?`).run(newer);
    expect(latest(db, b)).toEqual({ count: null, metric: null, date: null });
  });

  it('history_batches: an edit has a state and reverses nothing; an undo or redo reverses a batch and has no state', () => {
    const db = newDb();
    migrate(db, [migration0001, migration0002]);
    const insert = db.prepare(
      `INSERT INTO history_batches (batch_id, device_id, kind, step_id, reverses, state, description, description_en, at)
       VALUES (@batch, 'device', @kind, @step, @reverses, @state, 'x', 'x', @now)`,
    );
    const edit = randomUUID();
    insert.run({ batch: edit, kind: 'edit', step: edit, reverses: null, state: 'done', now: NOW });
    insert.run({ batch: randomUUID(), kind: 'undo', step: edit, reverses: edit, state: null, now: NOW });
    const row = (overrides: Record<string, unknown>) => {
      const batch = randomUUID();
      return { batch, kind: 'edit', step: batch, reverses: null, state: 'done', now: NOW, ...overrides };
    };
    expectConstraint(() => insert.run(row({ state: null })), 'SQLITE_CONSTRAINT_CHECK');
    expectConstraint(() => insert.run(row({ reverses: edit })), 'SQLITE_CONSTRAINT_CHECK');
    expectConstraint(() => insert.run(row({ step: edit })), 'SQLITE_CONSTRAINT_CHECK');
    expectConstraint(
      () => insert.run(row({ kind: 'undo', state: 'done', reverses: edit, step: edit })),
      'SQLITE_CONSTRAINT_CHECK',
    );
    expectConstraint(
      () => insert.run(row({ kind: 'revert', state: null, reverses: edit, step: edit })),
      'SQLITE_CONSTRAINT_CHECK',
    );
    expectConstraint(() => insert.run(row({ state: 'gone' })), 'SQLITE_CONSTRAINT_CHECK');
    expectConstraint(() => insert.run({ ...row({}), batch: edit, step: edit }), 'SQLITE_CONSTRAINT_UNIQUE');
  });

  it('saved_views: one live view per name, without regard to case; a deleted view frees its name', () => {
    const db = newDb();
    migrate(db, [migration0001, migration0002]);
    const insert = db.prepare(
      `INSERT INTO saved_views (id, name, definition, created_at, updated_at, deleted_at) VALUES (?, ?, '{}', ?, ?, ?)`,
    );
    insert.run(randomUUID(), 'Slapende kanalen', NOW, NOW, NOW);
    insert.run(randomUUID(), 'Slapende kanalen', NOW, NOW, null);
    expectConstraint(() => insert.run(randomUUID(), 'SLAPENDE KANALEN', NOW, NOW, null), 'SQLITE_CONSTRAINT_UNIQUE');
  });

  it('leaves the folded columns to the app, which fills them when it opens a migrated register', () => {
    const path = join(tempDir(), 'oud.sqlite');
    const db = new Database(path);
    migrate(db, [migration0001]);
    const orgId = randomUUID();
    db.prepare(
      `INSERT INTO organisations (id, name, kind, created_at, updated_at) VALUES (?, 'Cultuurcentrum Mechelen', 'stadsdienst', ?, ?)`,
    ).run(orgId, NOW, NOW);
    const channelId = insertChannel(db, 'Één Mechelen', { handle: 'EenMechelen', notes: 'Café', organisationId: orgId });
    migrate(db, [migration0001, migration0002]);
    expect(db.prepare(`SELECT name_folded, search_text FROM channels`).get()).toEqual({ name_folded: null, search_text: null });
    db.close();

    const register = Register.open(path, testAuthor());
    onCleanup(() => register.close());
    expect(register.db.prepare(`SELECT name_folded, search_text FROM channels`).get()).toEqual({
      name_folded: 'een mechelen',
      search_text: ['een mechelen', 'eenmechelen', '', 'cafe', 'cultuurcentrum mechelen', ''].join('\u001f'),
    });
    expect(register.channels.list({ search: 'cultuurcentrum cafe' }).rows.map((r) => r.id)).toEqual([channelId]);
  });
});
