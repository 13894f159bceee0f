import type Database from 'better-sqlite3';
import { DomainError } from '../errors';
import { MIGRATIONS } from './migrations';
import { migrationChecksum, type Migration } from './migrations/migration';

interface AppliedMigration {
  version: number;
  name: string;
  checksum: string;
}

const MIGRATIONS_TABLE = `
CREATE TABLE IF NOT EXISTS schema_migrations (
  version    INTEGER PRIMARY KEY,
  name       TEXT NOT NULL,
  checksum   TEXT NOT NULL,
  applied_at TEXT NOT NULL
)`;

function tableExists(db: Database.Database, name: string): boolean {
  return db.prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?`).get(name) !== undefined;
}

/**
 * Reads which migrations a file has seen and refuses files this version must not touch:
 * written by a newer version, or whose history differs from ours. Reads only.
 */
export function checkMigrationHistory(db: Database.Database, known: readonly Migration[] = MIGRATIONS): AppliedMigration[] {
  if (!tableExists(db, 'schema_migrations')) {
    const otherTables = db.prepare(`SELECT count(*) AS n FROM sqlite_master WHERE type = 'table'`).get() as { n: number };
    if (otherTables.n > 0) {
      throw new DomainError(
        'REGISTER_NOT_KANALENREGISTER',
        'Dit SQLite-bestand is geen register van Kanalenregister (de tabel schema_migrations ontbreekt).',
        'This SQLite file is not a Kanalenregister register (table schema_migrations is missing).',
      );
    }
    return [];
  }
  const applied = db
    .prepare(`SELECT version, name, checksum FROM schema_migrations ORDER BY version`)
    .all() as AppliedMigration[];
  const newest = known[known.length - 1]?.version ?? 0;
  const tooNew = applied.filter((m) => m.version > newest);
  if (tooNew.length > 0) {
    const fileVersion = Math.max(...applied.map((m) => m.version));
    throw new DomainError(
      'REGISTER_NEWER',
      `Dit register is gemaakt met een nieuwere versie van Kanalenregister (schema ${fileVersion}; deze versie kent schema's tot ${newest}). Werk de app bij om het te openen; het bestand is niet gewijzigd.`,
      `This register was written by a newer version of Kanalenregister (schema ${fileVersion}; this version knows up to ${newest}). Update the app to open it; the file was not changed.`,
      { fileVersion, appVersion: newest },
    );
  }
  applied.forEach((row, index) => {
    const ours = known[index];
    if (!ours || ours.version !== row.version || ours.name !== row.name || migrationChecksum(ours) !== row.checksum) {
      throw new DomainError(
        'REGISTER_MISMATCH',
        `De schemageschiedenis van dit register past niet bij deze versie van Kanalenregister (migratie ${row.version} "${row.name}" verschilt). Het bestand is niet gewijzigd.`,
        `This register's schema history does not match this version of Kanalenregister (migration ${row.version} "${row.name}" differs). The file was not changed.`,
        { version: row.version, name: row.name },
      );
    }
  });
  return applied;
}

/** Applies the missing migrations, each in its own transaction with its history row. */
export function migrate(db: Database.Database, known: readonly Migration[] = MIGRATIONS): number[] {
  const applied = checkMigrationHistory(db, known);
  const pending = known.slice(applied.length);
  db.exec(MIGRATIONS_TABLE);
  const record = db.prepare(`INSERT INTO schema_migrations (version, name, checksum, applied_at) VALUES (?, ?, ?, ?)`);
  for (const migration of pending) {
    db.transaction(() => {
      db.exec(migration.sql);
      record.run(migration.version, migration.name, migrationChecksum(migration), new Date().toISOString());
      db.pragma(`user_version = ${migration.version}`);
    })();
  }
  return pending.map((m) => m.version);
}
