import Database from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../../../../src-main/core/db/migrate';
import { migration0001 } from '../../../../../src-main/core/db/migrations/0001-init';
import { migration0002 } from '../../../../../src-main/core/db/migrations/0002-inventory-editing';
import { migration0003 } from '../../../../../src-main/core/db/migrations/0003-growth';
import { migrationChecksum } from '../../../../../src-main/core/db/migrations/migration';
import { onCleanup, tempDir, useTempDirs } from '../../../../helpers/tempRegister';

useTempDirs();

const NOW = '2026-01-01T00:00:00.000Z';

function newDb(): Database.Database {
  const db = new Database(join(tempDir(), 'register.sqlite'));
  onCleanup(() => db.close());
  db.pragma('foreign_keys = ON');
  return db;
}

describe('migration 0003 (growth)', () => {
  it('applies after 0002 on a register with counts and records itself', () => {
    const db = newDb();
    migrate(db, [migration0001, migration0002]);
    const channelId = randomUUID();
    db.prepare(
      `INSERT INTO channels (id, kind, platform, name, created_at, updated_at) VALUES (?, 'social', 'facebook', 'Stad', ?, ?)`,
    ).run(channelId, NOW, NOW);
    db.prepare(
      `INSERT INTO follower_snapshots (id, channel_id, date, count, metric, created_at, updated_at)
       VALUES (?, ?, '2014-09-02', 3107, 'likes', ?, ?)`,
    ).run(randomUUID(), channelId, NOW, NOW);

    expect(migrate(db, [migration0001, migration0002, migration0003])).toEqual([3]);
    expect(db.prepare(`SELECT version, name, checksum FROM schema_migrations WHERE version = 3`).get()).toEqual({
      version: 3,
      name: 'growth',
      checksum: migrationChecksum(migration0003),
    });
    expect(db.pragma('user_version', { simple: true })).toBe(3);
    expect(migrate(db, [migration0001, migration0002, migration0003])).toEqual([]);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
  });

  it('adds a covering index over live counts that the series query can name', () => {
    const db = newDb();
    migrate(db, [migration0001, migration0002, migration0003]);
    const index = db.prepare(`SELECT sql FROM sqlite_master WHERE name = 'follower_snapshots_series'`).pluck().get();
    expect(index).toContain('(channel_id, metric, date, count, deleted_at) WHERE deleted_at IS NULL');
    const plan = db
      .prepare(
        `EXPLAIN QUERY PLAN SELECT date, count FROM follower_snapshots INDEXED BY follower_snapshots_series
          WHERE channel_id = ? AND metric = ? AND deleted_at IS NULL ORDER BY date`,
      )
      .all('x', 'likes') as Array<{ detail: string }>;
    expect(plan.map((row) => row.detail).join(' ')).toContain('USING COVERING INDEX follower_snapshots_series');
  });
});
