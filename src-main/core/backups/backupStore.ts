import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { BACKUP_REASONS, type BackupInfo, type BackupReason, type IntegrityReport } from '../../../shared/domain/backups';
import { syncFile, syncFolder } from './syncFolder';

/**
 * Where backups live: `<dataDir>/backups/<registerId>/<id>.sqlite` with `<id>.json` beside it.
 * A backup counts only once its manifest exists (written last), so a half-made copy is never listed.
 */
export function backupsRoot(dataDir: string): string {
  return join(dataDir, 'backups');
}

const SAFE_NAME = /^[0-9A-Za-z][0-9A-Za-z-]{0,99}$/;

function folderName(registerId: string | null): string {
  return registerId !== null && SAFE_NAME.test(registerId) ? registerId : 'unknown';
}

/** The folder of one register's backups; an id that is not a plain name (or none) goes to 'unknown'. */
export function registerBackupDir(dataDir: string, registerId: string | null): string {
  return join(backupsRoot(dataDir), folderName(registerId));
}

export const PARTIAL_SUFFIX = '.partial';

export function backupFilePath(dir: string, id: string): string {
  return join(dir, `${id}.sqlite`);
}

function manifestPath(dir: string, id: string): string {
  return join(dir, `${id}.json`);
}

/** "2026-11-25T17-30-00-123Z-daily": sorts by time, safe as a file name and as an API id. */
export function newBackupId(dir: string, now: Date, reason: BackupReason): string {
  const base = `${now.toISOString().replace(/[:.]/g, '-')}-${reason}`;
  let id = base;
  const taken = (candidate: string) =>
    existsSync(backupFilePath(dir, candidate)) ||
    existsSync(`${backupFilePath(dir, candidate)}${PARTIAL_SUFFIX}`) ||
    existsSync(manifestPath(dir, candidate));
  for (let n = 2; taken(id); n += 1) id = `${base}-${n}`;
  return id;
}

function parseManifest(text: string, id: string): BackupInfo | null {
  try {
    const value = JSON.parse(text) as Partial<BackupInfo>;
    if (
      value.id === id &&
      typeof value.createdAt === 'string' &&
      !Number.isNaN(Date.parse(value.createdAt)) &&
      (BACKUP_REASONS as readonly string[]).includes(value.reason as string) &&
      Number.isInteger(value.sizeBytes) &&
      Number.isInteger(value.channelCount) &&
      Number.isInteger(value.schemaVersion) &&
      typeof value.sourcePath === 'string' &&
      (value.registerId === null || typeof value.registerId === 'string')
    ) {
      return {
        id: value.id,
        createdAt: value.createdAt,
        reason: value.reason as BackupReason,
        sizeBytes: value.sizeBytes!,
        channelCount: value.channelCount!,
        schemaVersion: value.schemaVersion!,
        sourcePath: value.sourcePath,
        registerId: value.registerId ?? null,
      };
    }
  } catch {
    // A damaged manifest hides its backup; the copy itself stays on disk for whoever looks.
  }
  return null;
}

function newestFirst(a: BackupInfo, b: BackupInfo): number {
  return b.createdAt.localeCompare(a.createdAt) || b.id.localeCompare(a.id);
}

/** The backups in one folder that have both their manifest and their copy, newest first. */
export function readBackupDir(dir: string): BackupInfo[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  const backups: BackupInfo[] = [];
  for (const name of names) {
    if (!name.endsWith('.json')) continue;
    const id = name.slice(0, -'.json'.length);
    if (!SAFE_NAME.test(id) || !existsSync(backupFilePath(dir, id))) continue;
    let text: string;
    try {
      text = readFileSync(join(dir, name), 'utf8');
    } catch {
      continue;
    }
    const info = parseManifest(text, id);
    // Only where its register id says it is: locateBackup() finds the copy by that id.
    if (info && folderName(info.registerId) === basename(dir)) backups.push(info);
  }
  return backups.sort(newestFirst);
}

/** Backups of one register (by its register id), newest first. */
export function listRegisterBackups(dataDir: string, registerId: string | null): BackupInfo[] {
  return readBackupDir(registerBackupDir(dataDir, registerId));
}

/**
 * Backups that belong to a register file: taken from that path, or carrying the same register id
 * (when the file can still be read). Works for a file that does not open any more.
 */
export function listBackupsForFile(dataDir: string, path: string, registerId: string | null): BackupInfo[] {
  const source = resolve(path);
  const found = new Map<string, BackupInfo>();
  let dirs: string[];
  try {
    dirs = readdirSync(backupsRoot(dataDir));
  } catch {
    return [];
  }
  for (const dirName of dirs) {
    const dir = join(backupsRoot(dataDir), dirName);
    for (const info of readBackupDir(dir)) {
      if (resolve(info.sourcePath) === source || (registerId !== null && info.registerId === registerId)) {
        found.set(`${dirName}/${info.id}`, info);
      }
    }
  }
  return [...found.values()].sort(newestFirst);
}

/** The copy of a listed backup: looked up in its register's folder by id, never built from user text. */
export function locateBackup(dataDir: string, info: BackupInfo): string {
  return backupFilePath(registerBackupDir(dataDir, info.registerId), info.id);
}

/** How a copy was checked before it was kept: recorded in its manifest beside the listed facts. */
export interface BackupVerification {
  verified: true;
  check: Pick<IntegrityReport, 'kind' | 'checkedAt' | 'durationMs'>;
}

/**
 * Writes the manifest (atomically, flushed, and the folder flushed after the rename): from now on
 * the backup is listed, and a power loss right after does not take it away again.
 */
export function writeManifest(dir: string, info: BackupInfo, verification?: BackupVerification): void {
  const target = manifestPath(dir, info.id);
  const temp = `${target}${PARTIAL_SUFFIX}`;
  writeFileSync(temp, JSON.stringify({ ...info, ...verification }, null, 2));
  syncFile(temp);
  renameSync(temp, target);
  syncFolder(dir);
}

/**
 * How old a leftover must be before it is removed: a backup still being written (by another
 * process on the same data folder, e.g. the CLI beside the app) touches its file all the time.
 */
export const LEFTOVER_AGE_MS = 60 * 60 * 1000;

/**
 * Leftovers of a backup that was interrupted (a crash, a full disk), older than LEFTOVER_AGE_MS:
 * half-made copies (`*.partial`, their journal) and copies whose manifest was never written. Never
 * listed; removed at a later backup. Younger ones may belong to a backup in progress and are left.
 * Returns the names removed.
 */
export function removeLeftovers(dir: string, nowMs: number = Date.now()): string[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  const removed: string[] = [];
  for (const name of names) {
    const partial = name.includes(PARTIAL_SUFFIX);
    const orphan = name.endsWith('.sqlite') && !names.includes(`${name.slice(0, -'.sqlite'.length)}.json`);
    if (!partial && !orphan) continue;
    const path = join(dir, name);
    let modified: number;
    try {
      modified = statSync(path).mtimeMs;
    } catch {
      continue; // gone meanwhile
    }
    if (nowMs - modified < LEFTOVER_AGE_MS) continue;
    rmSync(path, { force: true });
    removed.push(name);
  }
  return removed;
}

/** Removes one backup: the manifest first, so it is never listed without its copy. */
export function removeBackup(dir: string, id: string): void {
  rmSync(manifestPath(dir, id), { force: true });
  rmSync(backupFilePath(dir, id), { force: true });
}

/**
 * Keeps the newest `dailyKept` daily backups of a register; every pre-migration, manual and
 * before-restore backup is kept. Returns the ids removed.
 */
export function applyRetention(dir: string, dailyKept: number): string[] {
  const daily = readBackupDir(dir).filter((b) => b.reason === 'daily');
  const removed = daily.slice(Math.max(0, dailyKept)).map((b) => b.id);
  for (const id of removed) removeBackup(dir, id);
  return removed;
}

export function ensureDir(dir: string): void {
  mkdirSync(dir, { recursive: true });
}

export function fileSize(path: string): number {
  return statSync(path).size;
}
