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
  /**
   * 'wal' (default) on a local disk. 'delete' (rollback journal) for a file on a network share:
   * WAL keeps its index in shared memory, which only works between processes on one machine, so
   * a second laptop reading a WAL file over SMB/NFS can see or make a damaged file; a rollback
   * journal relies on byte-range locks, which those file systems do carry.
   */
  journalMode?: 'wal' | 'delete';
}

/** Options of a read-only connection. */
export interface ReadOnlyOptions {
  /**
   * Delete the -wal/-shm files this connection created, on close, without asking SQLite. Only for
   * a private file nobody else can open (a backup copy in the data folder): on a live register
   * another process may have opened those very files meanwhile, and its commits would go into an
   * unlinked WAL and be lost.
   */
  removeSideFiles?: boolean;
}

function assertLooksLikeSqlite(path: string): void {
  const stat = statSync(path);
  if (stat.isDirectory()) {
    throw new DomainError(
      'FILE_ERROR',
      `${path} is een map, geen registerbestand.`,
      `${path} is a folder, not a register file.`,
      { path },
    );
  }
  const size = stat.size;
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
    rollBackInterruptedTransaction(path, options.nativeBinding);
    inspectReadOnly(path, options);
  }
  const journalMode = options.journalMode === 'delete' ? 'DELETE' : 'WAL';

  const db = connect(path, { fileMustExist: exists, nativeBinding: options.nativeBinding });
  try {
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    // The journal mode before the first migration: in WAL, a new file killed while its schema is
    // written recovers from the WAL like any later edit. On a network share (journalMode 'delete')
    // a kill leaves a hot rollback journal, which the next open rolls back.
    setJournalMode(db, journalMode);
    migrate(db);
    // FULL: every commit is on disk before the call returns, so a laptop whose battery dies keeps every
    // saved edit (NORMAL in WAL mode survives a killed process but may lose the last commits on power loss).
    db.pragma('synchronous = FULL');
    return db;
  } catch (error) {
    db.close();
    throw asDomainError(error, path);
  }
}

/**
 * Switching between WAL and a rollback journal needs the file to itself. While another connection
 * has it open (a second instance reading it, maybe on another laptop) SQLite answers "database is
 * locked" at once; the file then keeps its mode for this session and the next open switches it.
 */
function setJournalMode(db: Database.Database, mode: 'WAL' | 'DELETE'): void {
  try {
    db.pragma(`journal_mode = ${mode}`);
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED') return;
    throw error;
  }
}

/**
 * A file left with a hot rollback journal (killed mid-transaction while it was not yet in WAL
 * mode: a register from before WAL-first creation, or a copy from another tool) cannot be read
 * by a read-only connection (SQLITE_READONLY_ROLLBACK), which would make a healthy file look
 * damaged. A short read-write connection lets SQLite roll the journal back: that only puts back
 * the pages as they were at the last commit, which any open would do.
 */
export function rollBackInterruptedTransaction(path: string, nativeBinding: string | undefined): void {
  const journal = `${path}-journal`;
  if (!existsSync(journal) || statSync(journal).size === 0) return;
  const db = connect(path, { fileMustExist: true, nativeBinding });
  try {
    db.prepare('SELECT count(*) FROM sqlite_master').get();
  } catch (error) {
    throw asDomainError(error, path);
  } finally {
    db.close();
  }
}

/**
 * Integrity and version checks on a read-only connection: a file we refuse is not touched,
 * not even by the WAL checkpoint that closing a writable connection would do.
 */
function inspectReadOnly(path: string, options: OpenOptions): void {
  withReadOnlyConnection(path, options.nativeBinding, (db) => {
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
    }
  });
}

/**
 * Runs `work` on a read-only connection to an existing file and closes it (see
 * openReadOnlyConnection for what happens to the -wal/-shm files it needed).
 */
export function withReadOnlyConnection<T>(
  path: string,
  nativeBinding: string | undefined,
  work: (db: Database.Database) => T,
  options: ReadOnlyOptions = {},
): T {
  const connection = openReadOnlyConnection(path, nativeBinding, options);
  try {
    return work(connection.db);
  } finally {
    connection.close();
  }
}

/**
 * A read-only connection. A reader of a WAL file needs a -wal and an -shm file and creates them
 * when they are missing. On close, the ones it created are tidied away only in a way that cannot
 * hurt another process that opened the register meanwhile (see tidySideFiles), or, with
 * `removeSideFiles`, deleted outright (private files only).
 */
export function openReadOnlyConnection(
  path: string,
  nativeBinding: string | undefined,
  options: ReadOnlyOptions = {},
): { db: Database.Database; close: () => void } {
  const created = [`${path}-wal`, `${path}-shm`].filter((file) => !existsSync(file));
  const db = connect(path, { readonly: true, fileMustExist: true, nativeBinding });
  return {
    db,
    close: () => {
      if (db.open) db.close();
      if (created.length === 0) return;
      if (options.removeSideFiles) {
        for (const file of created) rmSync(file, { force: true });
      } else {
        tidySideFiles(path, nativeBinding);
      }
    },
  };
}

/**
 * Lets SQLite remove the empty -wal and the -shm a read-only look left behind. It never deletes
 * them itself: a writable connection that closes removes them only when it can take an EXCLUSIVE
 * lock on the file, i.e. when no other connection (in any process) has the register open; a
 * writer that opened it meanwhile keeps its files. With an empty WAL its closing checkpoint copies
 * nothing, so the register's own bytes are not touched (a refused file stays as it was). Anything
 * unusual (WAL not empty, a rollback journal, no write permission) leaves the files: they are
 * harmless, SQLite reuses them at the next open.
 */
function tidySideFiles(path: string, nativeBinding: string | undefined): void {
  try {
    const wal = `${path}-wal`;
    if (!existsSync(wal) || statSync(wal).size !== 0 || existsSync(`${path}-journal`)) return;
    const db = new Database(path, { fileMustExist: true, nativeBinding });
    try {
      // A read opens the WAL, so that close() runs SQLite's last-connection clean-up.
      db.pragma('schema_version', { simple: true });
    } finally {
      db.close();
    }
  } catch {
    // Left as they are.
  }
}

/** What a quick look at a file says about it, without any check: null when it cannot be read as a register. */
export interface FileSchemaState {
  /** Migrations recorded in the file. */
  applied: number;
  /** register_meta.register_id, when the file has one. */
  registerId: string | null;
}

/**
 * Reads the migration count and register id of a file on a read-only connection, writing nothing.
 * Used before opening (are migrations pending? then back up first) and to find a damaged file's
 * backups. Never throws: anything unreadable is null (opening it gives the real reason).
 */
export function readFileSchemaState(path: string, nativeBinding?: string): FileSchemaState | null {
  try {
    if (!existsSync(path) || statSync(path).size === 0) return null;
    assertLooksLikeSqlite(path);
    return withReadOnlyConnection(path, nativeBinding, (db) => {
      const hasTable = (name: string) =>
        db.prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?`).get(name) !== undefined;
      const applied = hasTable('schema_migrations')
        ? (db.prepare(`SELECT count(*) FROM schema_migrations`).pluck().get() as number)
        : 0;
      const registerId = hasTable('register_meta')
        ? ((db.prepare(`SELECT value FROM register_meta WHERE key = 'register_id'`).pluck().get() as string | undefined) ?? null)
        : null;
      return { applied, registerId };
    });
  } catch {
    return null;
  }
}

/** The quick_check, header and version checks openDatabase runs, for a caller that must know before opening. */
export function inspectRegisterFile(path: string, options: OpenOptions = {}): void {
  assertLooksLikeSqlite(path);
  inspectReadOnly(path, options);
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
