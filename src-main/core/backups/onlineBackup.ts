import Database from 'better-sqlite3';
import { closeSync, fsyncSync, openSync, renameSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import type { BackupInfo, BackupReason } from '../../../shared/domain/backups';
import { openReadOnlyConnection } from '../db/open';
import { DomainError } from '../errors';
import {
  applyRetention,
  backupFilePath,
  ensureDir,
  fileSize,
  newBackupId,
  PARTIAL_SUFFIX,
  registerBackupDir,
  removePartials,
  writeManifest,
} from './backupStore';

export interface BackupRequest {
  dataDir: string;
  /** The register file to copy (it may be open for writing elsewhere: WAL lets this read a consistent copy). */
  sourcePath: string;
  reason: BackupReason;
  now: Date;
  /** Daily backups kept per register (retention runs after every backup). */
  dailyKept: number;
  nativeBinding?: string;
  /**
   * The connection the app has the register open on, if it is open. Stepping the backup on that
   * connection keeps it current while the user goes on editing: SQLite copies each page written
   * through it into the backup too, where a second connection would restart the copy after every edit.
   */
  connection?: Database.Database;
}

/** Pages copied per turn of the event loop: a few MB, so a copy of a big register never freezes the app. */
const PAGES_PER_STEP = 2000;
/** After this many restarts (another process keeps writing), the rest is copied in one step. */
const RESTARTS_BEFORE_ONE_STEP = 3;

/**
 * The backup's pace: PAGES_PER_STEP per turn; when the copy keeps starting over because
 * another process writes to the register, everything left in one step (one read transaction,
 * which WAL lets the writer work beside).
 */
function pace(): (progress: { totalPages: number; remainingPages: number }) => number {
  let lastRemaining = Number.POSITIVE_INFINITY;
  let restarts = 0;
  return ({ remainingPages }) => {
    if (remainingPages > lastRemaining) restarts += 1;
    lastRemaining = remainingPages;
    return restarts >= RESTARTS_BEFORE_ONE_STEP ? 0x7fffffff : PAGES_PER_STEP;
  };
}

function readRegisterId(db: Database.Database): string | null {
  try {
    return (db.prepare(`SELECT value FROM register_meta WHERE key = 'register_id'`).pluck().get() as string | undefined) ?? null;
  } catch {
    return null;
  }
}

/** Facts about the finished copy, read from the copy itself (so the listing says what is really in it). */
function describeCopy(path: string, nativeBinding: string | undefined) {
  const db = new Database(path, { fileMustExist: true, nativeBinding });
  try {
    // The copy carries the source's WAL flag; a backup is a single self-contained file.
    db.pragma('journal_mode = DELETE');
    const tableExists = (name: string) =>
      db.prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?`).get(name) !== undefined;
    const channelCount = tableExists('channels')
      ? (db.prepare(`SELECT count(*) FROM channels WHERE deleted_at IS NULL`).pluck().get() as number)
      : 0;
    const schemaVersion = tableExists('schema_migrations')
      ? ((db.prepare(`SELECT max(version) FROM schema_migrations`).pluck().get() as number | null) ?? 0)
      : 0;
    return { channelCount, schemaVersion, registerId: readRegisterId(db) };
  } finally {
    db.close();
  }
}

function fsyncFile(path: string): void {
  const fd = openSync(path, 'r+');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/**
 * A backup with SQLite's online backup API: on the app's own connection when the register is
 * open (stepped between edits, never blocking one), else on a read-only connection of its own. The copy is written under a .partial name, checked and described,
 * flushed, renamed, and only then gets its manifest; retention runs last.
 */
export async function createBackup(request: BackupRequest): Promise<BackupInfo> {
  const sourcePath = resolve(request.sourcePath);
  let partial: string | null = null;
  try {
    const source = request.connection
      ? { db: request.connection, close: () => undefined }
      : openReadOnlyConnection(sourcePath, request.nativeBinding);
    let info: BackupInfo;
    let dir: string;
    try {
      if (!request.connection) source.db.pragma('busy_timeout = 5000');
      const registerId = readRegisterId(source.db);
      dir = registerBackupDir(request.dataDir, registerId);
      ensureDir(dir);
      removePartials(dir);
      const id = newBackupId(dir, request.now, request.reason);
      partial = `${backupFilePath(dir, id)}${PARTIAL_SUFFIX}`;
      await source.db.backup(partial, { progress: pace() });
      const facts = describeCopy(partial, request.nativeBinding);
      fsyncFile(partial);
      const final = backupFilePath(dir, id);
      renameSync(partial, final);
      partial = null;
      info = {
        id,
        createdAt: request.now.toISOString(),
        reason: request.reason,
        sizeBytes: fileSize(final),
        channelCount: facts.channelCount,
        schemaVersion: facts.schemaVersion,
        sourcePath,
        registerId: facts.registerId,
      };
      writeManifest(dir, info);
    } finally {
      source.close();
    }
    applyRetention(dir, request.dailyKept);
    return info;
  } catch (error) {
    if (partial !== null) {
      rmSync(partial, { force: true });
      rmSync(`${partial}-journal`, { force: true });
    }
    if (error instanceof DomainError) throw error;
    const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    throw new DomainError(
      'FILE_ERROR',
      `De reservekopie van ${sourcePath} is mislukt (${reason}). Er is niets aan het register veranderd.`,
      `The backup of ${sourcePath} failed (${reason}). Nothing in the register was changed.`,
      { path: sourcePath },
    );
  }
}
