import { accessSync, closeSync, constants, copyFileSync, existsSync, fsyncSync, linkSync, openSync, rmSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';
import { randomBytes } from 'node:crypto';
import type { BackupInfo } from '../../../shared/domain/backups';
import { DomainError } from '../errors';
import { checkFileIntegrity } from '../register/integrity';
import { fileNameStamp, formatLocalDateTime } from './localDateTime';

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
  for (let n = 2; existsSync(target) || existsSync(`${target}.lock`); n += 1) target = join(dir, `${base} (${n})${extension}`);
  return target;
}

/**
 * Copies a backup to a new file: checked first with integrity_check (a damaged backup is refused),
 * copied to a temp name and hard-linked into place, so an existing file is never overwritten
 * (FILE_EXISTS) and a crash never leaves half a register under the target's name.
 */
export function copyBackupTo(backupFile: string, backup: BackupInfo, target: string, nativeBinding?: string): void {
  if (existsSync(target)) throw fileExists(target);
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
    const fd = openSync(temp, 'r+');
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    try {
      linkSync(temp, target);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EEXIST') throw fileExists(target);
      if (code === 'ENOENT' || code === 'EACCES' || code === 'EROFS') throw error;
      // No hard links on this file system: an exclusive copy does the same.
      copyFileSync(temp, target, constants.COPYFILE_EXCL);
    }
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
    rmSync(temp, { force: true });
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
