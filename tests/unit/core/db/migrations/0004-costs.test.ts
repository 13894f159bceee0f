import Database from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../../../../src-main/core/db/migrate';
import { migration0001 } from '../../../../../src-main/core/db/migrations/0001-init';
import { migration0002 } from '../../../../../src-main/core/db/migrations/0002-inventory-editing';
import { migration0003 } from '../../../../../src-main/core/db/migrations/0003-growth';
import { migration0004 } from '../../../../../src-main/core/db/migrations/0004-costs';
import { migrationChecksum } from '../../../../../src-main/core/db/migrations/migration';
import { onCleanup, tempDir, useTempDirs } from '../../../../helpers/tempRegister';

useTempDirs();

const NOW = '2026-01-01T00:00:00.000Z';
const ALL = [migration0001, migration0002, migration0003, migration0004];

function newDb(): Database.Database {
  const db = new Database(join(tempDir(), 'register.sqlite'));
  onCleanup(() => db.close());
  db.pragma('foreign_keys = ON');
  return db;
}

/** A register at 0004 with one organisation and one of its channels. */
function migratedDb() {
  const db = newDb();
  migrate(db, ALL);
  const organisationId = randomUUID();
  const channelId = randomUUID();
  db.prepare(
    `INSERT INTO organisations (id, name, kind, created_at, updated_at) VALUES (?, 'Stad Mechelen', 'stadsdienst', ?, ?)`,
  ).run(organisationId, NOW, NOW);
  db.prepare(
    `INSERT INTO channels (id, kind, platform, name, organisation_id, created_at, updated_at)
     VALUES (?, 'social', 'facebook', 'Stadsbestuur Mechelen', ?, ?, ?)`,
  ).run(channelId, organisationId, NOW, NOW);
  return { db, organisationId, channelId };
}

function insertLine(
  db: Database.Database,
  owner: { channelId?: string | null; organisationId?: string | null },
  dates: { start: string; end?: string | null } = { start: '2013-12-31' },
): string {
  const id = randomUUID();
  db.prepare(
    `INSERT INTO cost_lines (id, channel_id, organisation_id, category, amount_cents, start_date, end_date, created_at, updated_at)
     VALUES (?, ?, ?, 'prizes_actions', 6000, ?, ?, ?, ?)`,
  ).run(id, owner.channelId ?? null, owner.organisationId ?? null, dates.start, dates.end ?? null, NOW, NOW);
  return id;
}

function insertBudget(
  db: Database.Database,
  fields: { year?: number; channelId?: string | null; organisationId?: string | null; category?: string | null; amount?: number },
): string {
  const id = randomUUID();
  db.prepare(
    `INSERT INTO budgets (id, year, channel_id, organisation_id, category, amount_cents, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    id,
    fields.year ?? 2014,
    fields.channelId ?? null,
    fields.organisationId ?? null,
    fields.category ?? null,
    fields.amount ?? 10000,
    NOW,
    NOW,
  );
  return id;
}

describe('migration 0004 (costs)', () => {
  it('applies after 0003 on a register with rows, keeps them, and records itself', () => {
    const db = newDb();
    migrate(db, [migration0001, migration0002, migration0003]);
    const channelId = randomUUID();
    db.prepare(
      `INSERT INTO channels (id, kind, platform, name, created_at, updated_at) VALUES (?, 'social', 'facebook', 'Stad', ?, ?)`,
    ).run(channelId, NOW, NOW);
    const lineId = insertLine(db, { channelId });
    const budgetId = insertBudget(db, { channelId });

    expect(migrate(db, ALL)).toEqual([4]);
    expect(db.prepare(`SELECT version, name, checksum FROM schema_migrations WHERE version = 4`).get()).toEqual({
      version: 4,
      name: 'costs',
      checksum: migrationChecksum(migration0004),
    });
    expect(db.pragma('user_version', { simple: true })).toBe(4);
    expect(db.prepare(`SELECT channel_id, amount_cents, description FROM cost_lines WHERE id = ?`).get(lineId)).toEqual({
      channel_id: channelId,
      amount_cents: 6000,
      description: null,
    });
    expect(db.prepare(`SELECT count(*) FROM budgets WHERE id = ?`).pluck().get(budgetId)).toBe(1);
    expect(migrate(db, ALL)).toEqual([]);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
  });

  it('gives every cost line exactly one owner, on insert and on update', () => {
    const { db, organisationId, channelId } = migratedDb();
    expect(() => insertLine(db, { channelId, organisationId })).toThrow(/exactly one owner/);
    expect(() => insertLine(db, {})).toThrow(/exactly one owner/);

    const channelLine = insertLine(db, { channelId });
    const sharedLine = insertLine(db, { organisationId });
    expect(() => db.prepare(`UPDATE cost_lines SET organisation_id = ? WHERE id = ?`).run(organisationId, channelLine)).toThrow(
      /exactly one owner/,
    );
    expect(() => db.prepare(`UPDATE cost_lines SET organisation_id = NULL WHERE id = ?`).run(sharedLine)).toThrow(
      /exactly one owner/,
    );
    // Moving a line from its channel to an organisation in one statement is fine.
    db.prepare(`UPDATE cost_lines SET channel_id = NULL, organisation_id = ? WHERE id = ?`).run(organisationId, channelLine);
    expect(db.prepare(`SELECT channel_id, organisation_id FROM cost_lines WHERE id = ?`).get(channelLine)).toEqual({
      channel_id: null,
      organisation_id: organisationId,
    });
  });

  it('refuses an end date before the start date', () => {
    const { db, channelId } = migratedDb();
    expect(() => insertLine(db, { channelId }, { start: '2014-07-01', end: '2014-06-30' })).toThrow(/end_date before start_date/);
    const line = insertLine(db, { channelId }, { start: '2014-07-01', end: '2014-07-01' });
    expect(() => db.prepare(`UPDATE cost_lines SET start_date = '2014-07-02' WHERE id = ?`).run(line)).toThrow(
      /end_date before start_date/,
    );
    expect(() => db.prepare(`UPDATE cost_lines SET end_date = '2014-01-01' WHERE id = ?`).run(line)).toThrow(
      /end_date before start_date/,
    );
  });

  it('refuses budgets for a channel and an organisation at once, negative amounts and unknown categories', () => {
    const { db, organisationId, channelId } = migratedDb();
    expect(() => insertBudget(db, { channelId, organisationId })).toThrow(/one scope/);
    expect(() => insertBudget(db, { amount: -1 })).toThrow(/one scope/);
    expect(() => insertBudget(db, { category: 'catering' })).toThrow(/one scope/);

    const budget = insertBudget(db, { channelId, category: 'advertising' });
    expect(() => db.prepare(`UPDATE budgets SET organisation_id = ? WHERE id = ?`).run(organisationId, budget)).toThrow(
      /one scope/,
    );
    expect(() => db.prepare(`UPDATE budgets SET amount_cents = -100 WHERE id = ?`).run(budget)).toThrow(/one scope/);
    expect(() => db.prepare(`UPDATE budgets SET category = 'catering' WHERE id = ?`).run(budget)).toThrow(/one scope/);
  });

  it('allows one live budget per year, scope and category', () => {
    const { db, organisationId, channelId } = migratedDb();
    const register = insertBudget(db, {});
    expect(() => insertBudget(db, {})).toThrow(/UNIQUE/);
    insertBudget(db, { year: 2015 });
    insertBudget(db, { category: 'advertising' });
    expect(() => insertBudget(db, { category: 'advertising' })).toThrow(/UNIQUE/);
    insertBudget(db, { channelId });
    expect(() => insertBudget(db, { channelId })).toThrow(/UNIQUE/);
    insertBudget(db, { organisationId });
    expect(() => insertBudget(db, { organisationId })).toThrow(/UNIQUE/);

    // A deleted budget frees its place.
    db.prepare(`UPDATE budgets SET deleted_at = ? WHERE id = ?`).run(NOW, register);
    insertBudget(db, {});
    expect(
      db
        .prepare(
          `SELECT count(*) FROM budgets WHERE year = 2014 AND channel_id IS NULL AND organisation_id IS NULL AND category IS NULL`,
        )
        .pluck()
        .get(),
    ).toBe(2);
  });

  it('adds the description column and an index over live lines by date', () => {
    const { db } = migratedDb();
    const columns = (db.prepare(`PRAGMA table_info(cost_lines)`).all() as Array<{ name: string }>).map((c) => c.name);
    expect(columns).toContain('description');
    const index = db.prepare(`SELECT sql FROM sqlite_master WHERE name = 'cost_lines_live_start'`).pluck().get();
    expect(index).toContain('(start_date) WHERE deleted_at IS NULL');
  });
});
