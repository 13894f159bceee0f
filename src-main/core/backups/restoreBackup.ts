import { accessSync, constants, copyFileSync, existsSync, linkSync, rmSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';
import { randomBytes } from 'node:crypto';
import type { BackupInfo } from '../../../shared/domain/backups';
import { DomainError } from '../errors';
import { checkFileIntegrity } from '../register/integrity';
import { fileNameStamp, formatLocalDateTime } from './localDateTime';
import { syncFile, syncFolder } from './syncFolder';

function writable(dir: string): boolean {
  try {
    accessSync(dir, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * "<name> (hersteld 2026-11-25 17u30).sqlite" beside the original when that folder is writable,
 * else in the registers folder; a number is added rather than ever reusing a name.
 */
export function defaultRestoreTarget(originalPath: string, registersDir: string, now: Date): string {
  const extension = extname(originalPath) || '.sqlite';
  // Restoring from a restored copy: "kanalen (hersteld …) (2)", not "kanalen (hersteld …) (hersteld …)".
  const name = basename(originalPath, extname(originalPath)).replace(/ \(hersteld [^)]*\)( \(\d+\))?$/, '');
  const dir = writable(dirname(originalPath)) ? dirname(originalPath) : registersDir;
  const base = `${name} (hersteld ${fileNameStamp(now)})`;
  let target = join(dir, `${base}${extension}`);
  const taken = (path: string) => existsSync(path) || existsSync(`${path}.lock`) || leftoverSideFile(path) !== null;
  for (let n = 2; taken(target); n += 1) target = join(dir, `${base} (${n})${extension}`);
  return target;
}

/** The files SQLite keeps beside a database, and the app's lock: a register is never named like one. */
const SIDE_SUFFIXES = ['-wal', '-shm', '-journal'] as const;
const RESERVED_ENDINGS = [...SIDE_SUFFIXES, '.lock'] as const;

/**
 * A side file already lying where the restored register's would be. SQLite would take a leftover
 * `-wal` or hot `-journal` (of the file that had this name before, or of another one) for the new
 * file's own and replay it onto the restored copy.
 */
function leftoverSideFile(target: string): string | null {
  for (const suffix of SIDE_SUFFIXES) {
    if (existsSync(`${target}${suffix}`)) return `${target}${suffix}`;
  }
  return null;
}

/** Refuses a target that exists, is named like a side file, or has a side file lying beside it. */
function checkTarget(target: string): void {
  if (existsSync(target)) throw fileExists(target);
  const ending = RESERVED_ENDINGS.find((suffix) => basename(target).toLowerCase().endsWith(suffix));
  if (ending !== undefined) {
    throw new DomainError(
      'INVALID_INPUT',
      `${target} kan geen naam van een register zijn: bestanden die op „${ending}” eindigen gebruikt SQLite of het register zelf naast een register. Kies een andere naam.`,
      `${target} cannot be the name of a register: files ending in "${ending}" are what SQLite or the register itself keeps beside a register. Choose another name.`,
      { path: target },
    );
  }
  const leftover = leftoverSideFile(target);
  if (leftover !== null) {
    throw new DomainError(
      'FILE_EXISTS',
      `Naast ${target} ligt nog ${leftover}, een overblijfsel van een ander bestand met die naam; SQLite zou het op de herstelde kopie toepassen. Kies een andere naam, of verplaats dat bestand eerst.`,
      `Next to ${target} lies ${leftover}, left over from another file of that name; SQLite would apply it to the restored copy. Choose another name, or move that file away first.`,
      { path: target, leftover },
    );
  }
}

/**
 * Copies a backup to a new file: checked first with integrity_check (a damaged backup is refused),
 * copied to a temp name and hard-linked into place, so an existing file is never overwritten
 * (FILE_EXISTS) and a crash never leaves half a register under the target's name. A target with a
 * leftover -wal/-shm/-journal beside it is refused too (see leftoverSideFile).
 */
export function copyBackupTo(backupFile: string, backup: BackupInfo, target: string, nativeBinding?: string): void {
  checkTarget(target);
  const report = checkFileIntegrity(backupFile, 'full', nativeBinding);
  if (!report.ok) {
    throw new DomainError(
      'REGISTER_DAMAGED',
      `De reservekopie van ${formatLocalDateTime(backup.createdAt)} is zelf beschadigd (${report.problems[0] ?? '?'}); kies een andere.`,
      `The backup of ${formatLocalDateTime(backup.createdAt)} is damaged itself (${report.problems[0] ?? '?'}); choose another one.`,
      { backupId: backup.id, problems: report.problems },
    );
  }
  const temp = join(dirname(target), `.${basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    copyFileSync(backupFile, temp, constants.COPYFILE_EXCL);
    syncFile(temp);
    try {
      linkSync(temp, target);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EEXIST') throw fileExists(target);
      if (code === 'ENOENT' || code === 'EACCES' || code === 'EROFS') throw error;
      // No hard links on this file system: an exclusive copy does the same.
      copyFileSync(temp, target, constants.COPYFILE_EXCL);
      syncFile(target);
    }
    syncFolder(dirname(target));
  } catch (error) {
    if (error instanceof DomainError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') throw fileExists(target);
    throw new DomainError(
      'FILE_ERROR',
      `De reservekopie kon niet naar ${target} gekopieerd worden (${code ?? (error as Error).message}). Kies een andere map.`,
      `The backup could not be copied to ${target} (${code ?? (error as Error).message}). Choose another folder.`,
      { path: target },
    );
  } finally {
    // The temp copy may never have been made (the "folder" is a file: ENOTDIR); the cleanup must not
    // replace the refusal above with its own error.
    try {
      rmSync(temp, { force: true });
    } catch {
      // nothing was made there
    }
  }
}

function fileExists(target: string): DomainError {
  return new DomainError(
    'FILE_EXISTS',
    `Er bestaat al een bestand ${target}; herstellen overschrijft nooit een bestand. Kies een andere naam.`,
    `A file ${target} already exists; restoring never overwrites a file. Choose another name.`,
    { path: target },
  );
}
