import Database from 'better-sqlite3';
import { closeSync, existsSync, openSync, readSync, statSync } from 'node:fs';
import { DomainError } from '../errors';
import { migrate } from './migrate';

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
  if (exists) assertLooksLikeSqlite(path);

  let db: Database.Database;
  try {
    db = new Database(path, { fileMustExist: exists, nativeBinding: options.nativeBinding });
  } catch (cause) {
    throw new DomainError(
      'FILE_ERROR',
      `Het bestand ${path} kan niet geopend worden: ${(cause as Error).message}`,
      `The file ${path} cannot be opened: ${(cause as Error).message}`,
      { path },
    );
  }
  try {
    if (exists) {
      const check = db.pragma('quick_check', { simple: true });
      if (check !== 'ok') {
        throw new DomainError(
          'REGISTER_DAMAGED',
          `Het register ${path} is beschadigd (quick_check: ${String(check)}). Er is niets in geschreven.`,
          `The register ${path} is damaged (quick_check: ${String(check)}). Nothing was written to it.`,
          { path },
        );
      }
    }
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    migrate(db); // checks the history before it writes anything
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    return db;
  } catch (error) {
    db.close();
    if (error instanceof DomainError) throw error;
    // SQLITE_NOTADB and friends surface here for files with a valid header but garbage pages.
    throw new DomainError(
      'REGISTER_DAMAGED',
      `Het register ${path} kan niet gelezen worden: ${(error as Error).message}`,
      `The register ${path} cannot be read: ${(error as Error).message}`,
      { path },
    );
  }
}
