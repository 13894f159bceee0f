import Database from 'better-sqlite3';
import { renameSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import type { BackupInfo, BackupReason, IntegrityReport } from '../../../shared/domain/backups';
import { openReadOnlyConnection } from '../db/open';
import { DomainError } from '../errors';
import { checkIntegrity } from '../register/integrity';
import { inFolderQueue } from './folderQueue';
import { syncFile } from './syncFolder';
import {
  applyRetention,
  backupFilePath,
  ensureDir,
  fileSize,
  newBackupId,
  PARTIAL_SUFFIX,
  registerBackupDir,
  removeLeftovers,
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

/** A copy that quick_check does not pass: it is removed and never listed. */
class UnverifiedCopy extends Error {
  constructor(readonly problems: string[]) {
    super(problems[0] ?? 'quick_check');
  }
}

function isCorruption(error: unknown): boolean {
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' && (code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB');
}

/**
 * Checks the finished copy with quick_check and reads its facts from the copy itself (so the listing
 * says what is really in it). A copy that fails the check throws UnverifiedCopy.
 */
function verifyCopy(path: string, nativeBinding: string | undefined) {
  const db = new Database(path, { fileMustExist: true, nativeBinding });
  try {
    let check: IntegrityReport;
    try {
      // The copy carries the source's WAL flag; a backup is a single self-contained file.
      db.pragma('journal_mode = DELETE');
      check = checkIntegrity(db, 'quick');
    } catch (error) {
      // Garbage where SQLite expects pages: the check cannot even run, which is its answer.
      // Anything else (a full disk, an I/O error) is a failed backup, not a damaged register.
      if (isCorruption(error)) throw new UnverifiedCopy([(error as Error).message]);
      throw error;
    }
    if (!check.ok) throw new UnverifiedCopy(check.problems);
    const tableExists = (name: string) =>
      db.prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?`).get(name) !== undefined;
    const channelCount = tableExists('channels')
      ? (db.prepare(`SELECT count(*) FROM channels WHERE deleted_at IS NULL`).pluck().get() as number)
      : 0;
    const schemaVersion = tableExists('schema_migrations')
      ? ((db.prepare(`SELECT max(version) FROM schema_migrations`).pluck().get() as number | null) ?? 0)
      : 0;
    return { channelCount, schemaVersion, registerId: readRegisterId(db), check };
  } finally {
    db.close();
  }
}

/**
 * A backup with SQLite's online backup API: on the app's own connection when the register is
 * open (stepped between edits, never blocking one), else on a read-only connection of its own.
 * One backup per register folder at a time (inFolderQueue). The copy is written under a .partial
 * name, must pass quick_check (a damaged register is never copied, so damage cannot push the last
 * good copies out through retention), is flushed and renamed, and only then gets its manifest;
 * retention runs last.
 */
export async function createBackup(request: BackupRequest): Promise<BackupInfo> {
  const sourcePath = resolve(request.sourcePath);
  let source: { db: Database.Database; close: () => void };
  try {
    source = request.connection
      ? { db: request.connection, close: () => undefined }
      : openReadOnlyConnection(sourcePath, request.nativeBinding);
  } catch (error) {
    throw backupFailed(sourcePath, error);
  }
  try {
    if (!request.connection) source.db.pragma('busy_timeout = 5000');
    const dir = registerBackupDir(request.dataDir, readRegisterId(source.db));
    return await inFolderQueue(dir, () => copyInto(dir, source.db, sourcePath, request));
  } finally {
    source.close();
  }
}

async function copyInto(dir: string, db: Database.Database, sourcePath: string, request: BackupRequest): Promise<BackupInfo> {
  let partial: string | null = null;
  try {
    ensureDir(dir);
    removeLeftovers(dir);
    const id = newBackupId(dir, request.now, request.reason);
    partial = `${backupFilePath(dir, id)}${PARTIAL_SUFFIX}`;
    await db.backup(partial, { progress: pace() });
    const facts = verifyCopy(partial, request.nativeBinding);
    syncFile(partial);
    const final = backupFilePath(dir, id);
    renameSync(partial, final);
    partial = null;
    const info: BackupInfo = {
      id,
      createdAt: request.now.toISOString(),
      reason: request.reason,
      sizeBytes: fileSize(final),
      channelCount: facts.channelCount,
      schemaVersion: facts.schemaVersion,
      sourcePath,
      registerId: facts.registerId,
    };
    const { kind, checkedAt, durationMs } = facts.check;
    writeManifest(dir, info, { verified: true, check: { kind, checkedAt, durationMs } });
    applyRetention(dir, request.dailyKept);
    return info;
  } catch (error) {
    if (partial !== null) {
      rmSync(partial, { force: true });
      rmSync(`${partial}-journal`, { force: true });
    }
    if (error instanceof UnverifiedCopy) throw damagedSource(sourcePath, error.problems);
    throw backupFailed(sourcePath, error);
  }
}

function damagedSource(sourcePath: string, problems: string[]): DomainError {
  // SQLite's first line, on one line (it starts with "*** in database main ***" and a newline).
  const first = (problems[0] ?? '?').replace(/\s+/g, ' ').trim();
  return new DomainError(
    'REGISTER_DAMAGED',
    `De reservekopie van ${sourcePath} is niet bewaard: de kopie slaagt niet voor de controle (quick_check: ${first}), dus het register zelf lijkt beschadigd. ` +
      'Voer Register controleren uit (of `kanalenregister check --full`) en herstel zo nodig een eerdere reservekopie. De vorige reservekopieën blijven bewaard; aan het register is niets veranderd.',
    `The backup of ${sourcePath} was not kept: the copy fails the check (quick_check: ${first}), so the register itself seems damaged. ` +
      'Run Check register (or `kanalenregister check --full`) and restore an earlier backup if needed. The earlier backups are kept; nothing in the register was changed.',
    { path: sourcePath, problems },
  );
}

function backupFailed(sourcePath: string, error: unknown): DomainError {
  if (error instanceof DomainError) return error;
  const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
  return new DomainError(
    'FILE_ERROR',
    `De reservekopie van ${sourcePath} is mislukt (${reason}). Er is niets aan het register veranderd.`,
    `The backup of ${sourcePath} failed (${reason}). Nothing in the register was changed.`,
    { path: sourcePath },
  );
}
