import Database from 'better-sqlite3';
import { closeSync, existsSync, openSync, readSync, rmSync, statSync } from 'node:fs';
import { DomainError } from '../errors';
import { checkMigrationHistory, migrate } from './migrate';

const SQLITE_HEADER = 'SQLite format 3\u0000';

export interface OpenOptions {
  /** Create the file when it does not exist (new register). */
  create?: boolean;
  /** Path of a better-sqlite3 binary built for another runtime (Electron). */
  nativeBinding?: string;
}

function assertLooksLikeSqlite(path: string): void {
  const size = statSync(path).size;
  if (size === 0) return; // an empty file is a fresh SQLite database
  const fd = openSync(path, 'r');
  try {
    const header = Buffer.alloc(16);
    readSync(fd, header, 0, 16, 0);
    if (header.toString('latin1') !== SQLITE_HEADER) {
      throw new DomainError(
        'REGISTER_NOT_KANALENREGISTER',
        `${path} is geen registerbestand (geen SQLite-database).`,
        `${path} is not a register file (not an SQLite database).`,
        { path },
      );
    }
  } finally {
    closeSync(fd);
  }
}

/**
 * Opens a register file: refuses what is not ours, damaged, or newer than this app, and
 * only then switches on WAL and applies pending migrations. A refused file is never written to.
 */
export function openDatabase(path: string, options: OpenOptions = {}): Database.Database {
  const exists = existsSync(path);
  if (!exists && !options.create) {
    throw new DomainError('FILE_ERROR', `Het bestand ${path} bestaat niet.`, `The file ${path} does not exist.`, { path });
  }
  if (exists && options.create) {
    throw new DomainError(
      'FILE_EXISTS',
      `Er bestaat al een bestand ${path}; kies een andere naam of open het.`,
      `A file ${path} already exists; choose another name or open it.`,
      { path },
    );
  }
  if (exists) {
    assertLooksLikeSqlite(path);
    inspectReadOnly(path, options);
  }

  const db = connect(path, { fileMustExist: exists, nativeBinding: options.nativeBinding });
  try {
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    migrate(db);
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    return db;
  } catch (error) {
    db.close();
    throw asDomainError(error, path);
  }
}

/**
 * Integrity and version checks on a read-only connection: a file we refuse is not touched,
 * not even by the WAL checkpoint that closing a writable connection would do.
 */
function inspectReadOnly(path: string, options: OpenOptions): void {
  const sideFiles = [`${path}-wal`, `${path}-shm`].filter((file) => !existsSync(file));
  const db = connect(path, { readonly: true, fileMustExist: true, nativeBinding: options.nativeBinding });
  try {
    const check = db.pragma('quick_check', { simple: true });
    if (check !== 'ok') {
      throw new DomainError(
        'REGISTER_DAMAGED',
        `Het register ${path} is beschadigd (quick_check: ${String(check)}). Er is niets in geschreven.`,
        `The register ${path} is damaged (quick_check: ${String(check)}). Nothing was written to it.`,
        { path },
      );
    }
    checkMigrationHistory(db);
  } catch (error) {
    throw asDomainError(error, path);
  } finally {
    db.close();
    // A read-only reader of a WAL file leaves an empty -wal and an -shm behind; remove the ones it made.
    for (const file of sideFiles) {
      if (existsSync(file) && (file.endsWith('-shm') || statSync(file).size === 0)) rmSync(file, { force: true });
    }
  }
}

function connect(path: string, options: Database.Options): Database.Database {
  try {
    return new Database(path, options);
  } catch (cause) {
    throw new DomainError(
      'FILE_ERROR',
      `Het bestand ${path} kan niet geopend worden: ${(cause as Error).message}`,
      `The file ${path} cannot be opened: ${(cause as Error).message}`,
      { path },
    );
  }
}

/** SQLITE_NOTADB and friends surface for files with a valid header but garbage pages. */
function asDomainError(error: unknown, path: string): DomainError {
  if (error instanceof DomainError) return error;
  return new DomainError(
    'REGISTER_DAMAGED',
    `Het register ${path} kan niet gelezen worden: ${(error as Error).message}`,
    `The register ${path} cannot be read: ${(error as Error).message}`,
    { path },
  );
}
