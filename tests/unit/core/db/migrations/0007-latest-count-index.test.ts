import Database from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../../../../src-main/core/db/migrate';
import { MIGRATIONS } from '../../../../../src-main/core/db/migrations';
import { migration0007 } from '../../../../../src-main/core/db/migrations/0007-latest-count-index';
import { migrationChecksum } from '../../../../../src-main/core/db/migrations/migration';
import { onCleanup, tempDir, useTempDirs } from '../../../../helpers/tempRegister';

useTempDirs();

const NOW = '2026-01-01T00:00:00.000Z';
const BEFORE = MIGRATIONS.filter((m) => m.version < 7);
const ALL = [...BEFORE, migration0007];
const LATEST_LOOKUP = `SELECT s.count, s.metric, s.date FROM follower_snapshots s
  WHERE s.channel_id = ? AND s.deleted_at IS NULL ORDER BY s.date DESC, s.metric LIMIT 1`;

function newDb(): Database.Database {
  const db = new Database(join(tempDir(), 'register.sqlite'));
  onCleanup(() => db.close());
  db.pragma('foreign_keys = ON');
  return db;
}

function plan(db: Database.Database): string {
  return (db.prepare(`EXPLAIN QUERY PLAN ${LATEST_LOOKUP}`).all('x') as Array<{ detail: string }>)
    .map((r) => r.detail)
    .join(' | ');
}

describe('migration 0007 (latest-count-index)', () => {
  it('applies after 0006 on a register with counts and records itself', () => {
    const db = newDb();
    migrate(db, BEFORE);
    const channelId = randomUUID();
    db.prepare(
      `INSERT INTO channels (id, kind, platform, name, created_at, updated_at) VALUES (?, 'social', 'facebook', 'Stad', ?, ?)`,
    ).run(channelId, NOW, NOW);
    const insert = db.prepare(
      `INSERT INTO follower_snapshots (id, channel_id, date, count, metric, created_at, updated_at) VALUES (?, ?, ?, ?, 'likes', ?, ?)`,
    );
    insert.run(randomUUID(), channelId, '2014-09-02', 3107, NOW, NOW);

    expect(migrate(db, ALL)).toEqual([7]);
    expect(db.prepare(`SELECT version, name, checksum FROM schema_migrations WHERE version = 7`).get()).toEqual({
      version: 7,
      name: 'latest-count-index',
      checksum: migrationChecksum(migration0007),
    });
    expect(db.pragma('user_version', { simple: true })).toBe(7);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    // The triggers still keep the channel's latest count, now through the new index.
    insert.run(randomUUID(), channelId, '2014-09-05', 3150, NOW, NOW);
    expect(db.prepare(`SELECT latest_count, latest_date FROM channels WHERE id = ?`).get(channelId)).toEqual({
      latest_count: 3150,
      latest_date: '2014-09-05',
    });
  });

  it("answers the triggers' newest-count lookup with one index seek instead of sorting a channel's counts", () => {
    const before = newDb();
    migrate(before, BEFORE);
    expect(plan(before)).toContain('USE TEMP B-TREE FOR');

    const after = newDb();
    migrate(after, ALL);
    const detail = plan(after);
    expect(detail).toContain('USING COVERING INDEX follower_snapshots_newest');
    expect(detail).not.toContain('TEMP B-TREE');
  });
});
