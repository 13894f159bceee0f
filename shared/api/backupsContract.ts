import { z } from 'zod';
import type { BackupInfo, IntegrityReport } from '../domain/backups';
import type { RegisterInfo } from '../domain/register';
import { method } from './method';

/** A backup id as listed by backups.list: a file name, never a path. */
const backupId = z
  .string()
  .regex(/^[0-9A-Za-z][0-9A-Za-z-]{0,99}$/)
  .max(100);
const registerPath = z.string().trim().min(1).max(4096);

export const backupsContract = {
  /**
   * Backups, newest first: of the open register, or (with `path`) of a register file that
   * could not be opened (found by the path it was backed up from, or its register id).
   */
  'backups.list': method<BackupInfo[]>()(z.object({ path: registerPath.optional() }).strict()),
  /** A backup of the open register now (reason 'manual'). */
  'backups.create': method<BackupInfo>()(z.object({}).strict()),
  /**
   * Copies a backup (checked with integrity_check first) into a new file and opens it.
   * Never overwrites: without `targetPath` the name is "<register> (hersteld <datum>).sqlite"
   * beside the original (or in the registers folder); an existing target is FILE_EXISTS.
   * `sourcePath` names the register the backup belongs to when none is open (after a failed open).
   */
  'backups.restore': method<RegisterInfo>()(
    z.object({ backupId, sourcePath: registerPath.optional(), targetPath: registerPath.optional() }).strict(),
  ),
  /** The full check on demand: PRAGMA integrity_check and foreign_key_check on the open register. */
  'register.checkIntegrity': method<IntegrityReport>()(z.object({}).strict()),
} as const;
