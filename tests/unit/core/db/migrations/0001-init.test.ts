import Database from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../../../../src-main/core/db/migrate';
import { migration0001 } from '../../../../../src-main/core/db/migrations/0001-init';
import { migrationChecksum } from '../../../../../src-main/core/db/migrations/migration';
import { onCleanup, tempDir, useTempDirs } from '../../../../helpers/tempRegister';

useTempDirs();

const NOW = '2026-01-01T00:00:00.000Z';

/** A new, empty SQLite file with migration 0001 applied, as openDatabase would leave it. */
function migratedDb(): Database.Database {
  const db = new Database(join(tempDir(), 'register.sqlite'));
  onCleanup(() => db.close());
  db.pragma('foreign_keys = ON');
  migrate(db, [migration0001]);
  return db;
}

function insertOrganisation(db: Database.Database, overrides: Record<string, unknown> = {}): string {
  const row = { id: randomUUID(), name: 'Stad Mechelen', kind: 'stadsdienst', now: NOW, ...overrides };
  db.prepare(`INSERT INTO organisations (id, name, kind, created_at, updated_at) VALUES (@id, @name, @kind, @now, @now)`).run(
    row,
  );
  return row.id as string;
}

function insertChannel(db: Database.Database, overrides: Record<string, unknown> = {}): string {
  const row = {
    id: randomUUID(),
    kind: 'social',
    platform: 'facebook',
    name: 'Stadsbestuur Mechelen',
    status: null,
    now: NOW,
    ...overrides,
  };
  db.prepare(
    `INSERT INTO channels (id, kind, platform, name, status, created_at, updated_at) VALUES (@id, @kind, @platform, @name, @status, @now, @now)`,
  ).run(row);
  return row.id as string;
}

function insertSnapshot(db: Database.Database, channelId: string, overrides: Record<string, unknown> = {}): string {
  const row = { id: randomUUID(), channelId, date: '2014-09-02', count: 3107, metric: 'likes', now: NOW, ...overrides };
  db.prepare(
    `INSERT INTO follower_snapshots (id, channel_id, date, count, metric, created_at, updated_at)
     VALUES (@id, @channelId, @date, @count, @metric, @now, @now)`,
  ).run(row);
  return row.id as string;
}

function insertCostLine(db: Database.Database, refs: { channelId: string | null; organisationId: string | null }): void {
  db.prepare(
    `INSERT INTO cost_lines (id, channel_id, organisation_id, category, amount_cents, start_date, created_at, updated_at)
     VALUES (?, ?, ?, 'hosting', 12000, '2014-01-01', ?, ?)`,
  ).run(randomUUID(), refs.channelId, refs.organisationId, NOW, NOW);
}

/** Asserts `fn` fails with the given SQLite constraint code (e.g. SQLITE_CONSTRAINT_CHECK). */
function expectConstraint(fn: () => unknown, code: string): void {
  expect(fn).toThrow(expect.objectContaining({ code }));
}

describe('migration 0001 (init)', () => {
  it('applies on an empty file and records itself in schema_migrations and user_version', () => {
    const db = new Database(join(tempDir(), 'empty.sqlite'));
    onCleanup(() => db.close());
    expect(db.prepare(`SELECT count(*) AS n FROM sqlite_master`).get()).toEqual({ n: 0 });

    expect(migrate(db, [migration0001])).toEqual([1]);

    const history = db.prepare(`SELECT version, name, checksum FROM schema_migrations`).all();
    expect(history).toEqual([{ version: 1, name: 'init', checksum: migrationChecksum(migration0001) }]);
    expect(db.pragma('user_version', { simple: true })).toBe(1);
    // A second run finds nothing to do.
    expect(migrate(db, [migration0001])).toEqual([]);
  });

  it('creates every table and index of the first schema', () => {
    const db = migratedDb();
    const tables = (
      db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name`).all() as Array<{ name: string }>
    ).map((r) => r.name);
    expect(tables).toEqual([
      'budgets',
      'campaign_channels',
      'campaigns',
      'change_log',
      'channels',
      'cost_lines',
      'follower_snapshots',
      'organisations',
      'people',
      'register_meta',
      'saved_views',
      'schema_migrations',
    ]);

    const indexes = db
      .prepare(`SELECT name, tbl_name AS tableName, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL`)
      .all() as Array<{ name: string; tableName: string; sql: string }>;
    const byName = new Map(indexes.map((i) => [i.name, i]));
    for (const [name, table] of [
      ['organisations_parent', 'organisations'],
      ['channels_organisation', 'channels'],
      ['channels_person', 'channels'],
      ['channels_name', 'channels'],
      ['follower_snapshots_unique_day', 'follower_snapshots'],
      ['follower_snapshots_latest', 'follower_snapshots'],
      ['campaign_channels_unique', 'campaign_channels'],
      ['cost_lines_channel', 'cost_lines'],
      ['cost_lines_organisation', 'cost_lines'],
      ['change_log_entity', 'change_log'],
      ['change_log_hlc', 'change_log'],
      ['change_log_batch', 'change_log'],
    ] as const) {
      expect(byName.get(name)?.tableName, `index ${name}`).toBe(table);
    }
    const uniqueDay = db
      .prepare(`SELECT "unique", partial FROM pragma_index_list('follower_snapshots') WHERE name = ?`)
      .get('follower_snapshots_unique_day');
    expect(uniqueDay).toEqual({ unique: 1, partial: 1 });
  });

  it('uses the soft-delete and timestamp columns on every data table', () => {
    const db = migratedDb();
    for (const table of [
      'organisations',
      'people',
      'channels',
      'follower_snapshots',
      'campaigns',
      'campaign_channels',
      'cost_lines',
      'budgets',
      'saved_views',
    ]) {
      const columns = (db.prepare(`SELECT name FROM pragma_table_info(?)`).all(table) as Array<{ name: string }>).map(
        (c) => c.name,
      );
      expect(columns, table).toEqual(expect.arrayContaining(['id', 'created_at', 'updated_at', 'deleted_at']));
    }
  });

  describe('CHECK constraints', () => {
    it('channels: accepts the known statuses and null, rejects any other status', () => {
      const db = migratedDb();
      for (const status of [null, 'active', 'passive', 'dormant', 'to_remove', 'removed']) insertChannel(db, { status });
      expectConstraint(() => insertChannel(db, { status: 'sleeping' }), 'SQLITE_CONSTRAINT_CHECK');
      expectConstraint(() => insertChannel(db, { status: 'Active' }), 'SQLITE_CONSTRAINT_CHECK');
      expect(db.prepare(`SELECT count(*) AS n FROM channels`).get()).toEqual({ n: 6 });
    });

    it('channels: rejects an unknown kind and a blank name', () => {
      const db = migratedDb();
      expectConstraint(() => insertChannel(db, { kind: 'newsletter' }), 'SQLITE_CONSTRAINT_CHECK');
      expectConstraint(() => insertChannel(db, { name: '   ' }), 'SQLITE_CONSTRAINT_CHECK');
      expect(db.prepare(`SELECT count(*) AS n FROM channels`).get()).toEqual({ n: 0 });
    });

    it('organisations: rejects an unknown kind', () => {
      const db = migratedDb();
      insertOrganisation(db, { kind: 'agb' });
      expectConstraint(() => insertOrganisation(db, { kind: 'vzw' }), 'SQLITE_CONSTRAINT_CHECK');
    });

    it('follower_snapshots: rejects an unknown metric and a negative count', () => {
      const db = migratedDb();
      const channelId = insertChannel(db);
      expectConstraint(() => insertSnapshot(db, channelId, { metric: 'views' }), 'SQLITE_CONSTRAINT_CHECK');
      expectConstraint(() => insertSnapshot(db, channelId, { count: -1 }), 'SQLITE_CONSTRAINT_CHECK');
      insertSnapshot(db, channelId, { count: 0 });
      expect(db.prepare(`SELECT count(*) AS n FROM follower_snapshots`).get()).toEqual({ n: 1 });
    });

    it('people: active is 0 or 1', () => {
      const db = migratedDb();
      const insert = db.prepare(`INSERT INTO people (id, name, active, created_at, updated_at) VALUES (?, 'An', ?, ?, ?)`);
      insert.run(randomUUID(), 0, NOW, NOW);
      insert.run(randomUUID(), 1, NOW, NOW);
      expectConstraint(() => insert.run(randomUUID(), 2, NOW, NOW), 'SQLITE_CONSTRAINT_CHECK');
    });

    it('saved_views: the definition must be valid JSON', () => {
      const db = migratedDb();
      const insert = db.prepare(
        `INSERT INTO saved_views (id, name, definition, created_at, updated_at) VALUES (?, 'Mijn lijst', ?, ?, ?)`,
      );
      insert.run(randomUUID(), '{"sort":[]}', NOW, NOW);
      expectConstraint(() => insert.run(randomUUID(), '{not json', NOW, NOW), 'SQLITE_CONSTRAINT_CHECK');
    });
  });

  describe('follower_snapshots_unique_day (partial unique index)', () => {
    it('rejects a second live snapshot for the same channel, metric and date', () => {
      const db = migratedDb();
      const channelId = insertChannel(db);
      insertSnapshot(db, channelId);
      expectConstraint(() => insertSnapshot(db, channelId, { count: 3200 }), 'SQLITE_CONSTRAINT_UNIQUE');
      // Another metric, another day or another channel is a different count.
      insertSnapshot(db, channelId, { metric: 'followers' });
      insertSnapshot(db, channelId, { date: '2014-09-03' });
      insertSnapshot(db, insertChannel(db));
      expect(db.prepare(`SELECT count(*) AS n FROM follower_snapshots`).get()).toEqual({ n: 4 });
    });

    it('allows a new snapshot for that day once the old one is soft-deleted', () => {
      const db = migratedDb();
      const channelId = insertChannel(db);
      const first = insertSnapshot(db, channelId, { count: 3107 });
      db.prepare(`UPDATE follower_snapshots SET deleted_at = ? WHERE id = ?`).run(NOW, first);
      const second = insertSnapshot(db, channelId, { count: 3110 });
      db.prepare(`UPDATE follower_snapshots SET deleted_at = ? WHERE id = ?`).run(NOW, second);
      insertSnapshot(db, channelId, { count: 3111 });

      const rows = db.prepare(`SELECT count, deleted_at IS NULL AS live FROM follower_snapshots ORDER BY count`).all();
      expect(rows).toEqual([
        { count: 3107, live: 0 },
        { count: 3110, live: 0 },
        { count: 3111, live: 1 },
      ]);
      // Restoring a deleted one while another is live is refused too.
      expectConstraint(
        () => db.prepare(`UPDATE follower_snapshots SET deleted_at = NULL WHERE id = ?`).run(first),
        'SQLITE_CONSTRAINT_UNIQUE',
      );
    });
  });

  describe('cost_lines', () => {
    it('requires a channel or an organisation', () => {
      const db = migratedDb();
      expectConstraint(() => insertCostLine(db, { channelId: null, organisationId: null }), 'SQLITE_CONSTRAINT_CHECK');
      insertCostLine(db, { channelId: insertChannel(db), organisationId: null });
      insertCostLine(db, { channelId: null, organisationId: insertOrganisation(db) });
      expect(db.prepare(`SELECT count(*) AS n FROM cost_lines`).get()).toEqual({ n: 2 });
    });

    it('refuses a reference to a channel that does not exist (foreign keys on)', () => {
      const db = migratedDb();
      expectConstraint(
        () => insertCostLine(db, { channelId: randomUUID(), organisationId: null }),
        'SQLITE_CONSTRAINT_FOREIGNKEY',
      );
    });
  });
});
