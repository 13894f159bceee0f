import { existsSync, mkdirSync, statSync } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';
import type { ApiError } from '../../../shared/api/result';
import type { BackupInfo, BackupReason, IntegrityReport } from '../../../shared/domain/backups';
import type { LockHolder, RecentRegister, RegisterInfo, RegisterState, StorageWarning } from '../../../shared/domain/register';
import { listBackupsForFile, listRegisterBackups, locateBackup } from '../backups/backupStore';
import { formatLocalDateTime } from '../backups/localDateTime';
import { createBackup } from '../backups/onlineBackup';
import { copyBackupTo, defaultRestoreTarget } from '../backups/restoreBackup';
import { localToday } from '../costOverview/localToday';
import { LATEST_SCHEMA_VERSION } from '../db/migrations';
import { inspectRegisterFile, readFileSchemaState, rollBackInterruptedTransaction } from '../db/open';
import { DomainError } from '../errors';
import { loadSample } from '../sample/sampleRegister';
import { AppSettings } from '../settings/appSettings';
import { checkIntegrity } from './integrity';
import { describeHolder, isSqliteReadOnlyError, readOnlyError } from './readOnly';
import { Register } from './register';
import { RegisterLock } from './registerLock';
import { isOnNetworkShare, storageWarnings, type MountEntry } from './storageLocation';

export interface CoreConfig {
  /** Folder for settings.json, backups and, by default, the registers (see defaultDataDir). */
  dataDir: string;
  /** Who edits, recorded in the change log. */
  actor: string | null;
  /** Keep the recent list and reopen the last register at the next start (the app: yes; the CLI: no). */
  rememberRecent?: boolean;
  /** better-sqlite3 binary for a runtime other than Node (Electron); undefined in Node. */
  nativeBinding?: string;
  /** A backup at the first open of each day (default: yes). */
  dailyBackups?: boolean;
  /** The clock of backups and the lock (tests move it). */
  now?: () => Date;
  /** The mount table that tells a network share from a local disk (this machine's by default; tests pass their own). */
  readMounts?: () => readonly MountEntry[];
}

export const SAMPLE_FILE_BASE = 'Voorbeeld Mechelen 2014';
export const REGISTER_EXTENSION = '.sqlite';

/** How a register may be used by this session: written (we hold its lock) or only read. */
type Access =
  { kind: 'read-write'; lock: RegisterLock | null; fresh: boolean } | { kind: 'read-only'; holder: LockHolder | null };

/** How often an open register is checked for a new local day (its daily backup). */
const DAY_WATCH_INTERVAL_MS = 30 * 60 * 1000;

/** Open failures after which the user is offered a backup. */
const RECOVERABLE: ReadonlyArray<DomainError['code']> = ['REGISTER_DAMAGED', 'REGISTER_NOT_KANALENREGISTER'];

/**
 * The register that is open in this process. Adapters share one session; every handler asks
 * it for the current register, so opening another file switches every view at once. It holds
 * the register's lock (one writer at a time), makes the backups, and opens read-only what
 * another instance holds.
 */
export class RegisterSession {
  readonly settings: AppSettings;
  private current: Register | null = null;
  private problem: ApiError | null = null;
  private recovery: RegisterState['recovery'] = null;
  private lock: RegisterLock | null = null;
  private readOnly = false;
  private lockHolder: LockHolder | null = null;
  private warnings: StorageWarning[] = [];
  /**
   * Daily backups running in the background. They step on the register's own connection (see
   * createBackup), so closing or switching the register ends a running one (the next open retries).
   */
  private background: Promise<void> = Promise.resolve();
  /** Opening, creating and restoring run one at a time. */
  private queue: Promise<unknown> = Promise.resolve();
  /** Looks now and then whether a new local day began while the register stayed open (see dailyBackupIfDue). */
  private dayWatch: ReturnType<typeof setInterval> | null = null;

  constructor(private readonly config: CoreConfig) {
    this.settings = new AppSettings(config.dataDir);
  }

  /** First start: the sample. Later starts: the last register, or the reason it cannot be opened. */
  async startup(): Promise<RegisterState> {
    const last = this.settings.lastRegister;
    try {
      if (last === null) await this.openSample();
      else await this.open(last);
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
    }
    return this.state();
  }

  state(): RegisterState {
    return { current: this.info(), problem: this.problem, recovery: this.recovery };
  }

  require(): Register {
    if (!this.current) {
      throw new DomainError(
        'NO_REGISTER',
        'Er is geen register geopend. Open of maak eerst een register.',
        'No register is open. Open or create a register first.',
      );
    }
    return this.current;
  }

  recent(): RecentRegister[] {
    return this.settings.recent.map((entry) => ({ ...entry, exists: existsSync(entry.path) }));
  }

  open(path: string): Promise<RegisterInfo> {
    return this.exclusive(() => this.openNow(this.resolvePath(path), true));
  }

  create(path: string, options: { withSample?: boolean } = {}): Promise<RegisterInfo> {
    return this.exclusive(() => this.createNow(this.resolvePath(path), options));
  }

  /** A fresh copy of the 2014 sample under a name no existing file has: it never overwrites. */
  openSample(): Promise<RegisterInfo> {
    return this.exclusive(() => {
      mkdirSync(this.settings.registersDir, { recursive: true });
      let path = join(this.settings.registersDir, `${SAMPLE_FILE_BASE}${REGISTER_EXTENSION}`);
      for (let n = 2; existsSync(path); n += 1) {
        path = join(this.settings.registersDir, `${SAMPLE_FILE_BASE} (${n})${REGISTER_EXTENSION}`);
      }
      return this.createNow(path, { withSample: true });
    });
  }

  /** Closes the register and removes its lock. A daily backup still running on its connection stops there. */
  close(): void {
    if (this.dayWatch) clearInterval(this.dayWatch);
    this.dayWatch = null;
    this.current?.close();
    this.current = null;
    this.lock?.release();
    this.lock = null;
    this.readOnly = false;
    this.lockHolder = null;
    this.warnings = [];
  }

  /**
   * The daily backup of a register that stays open past midnight (a window left open for a week):
   * made when a new local day has begun and this session writes the register. A timer calls it
   * every half hour; it does nothing when today's backup exists.
   */
  dailyBackupIfDue(): void {
    if (this.current && !this.readOnly) this.scheduleDailyBackup(this.current);
  }

  /** Resolves when the background backups started so far are done (the CLI waits for it before exiting). */
  async idle(): Promise<void> {
    await this.background;
  }

  /** A write refused because this session may only read: with who holds the register. */
  readOnlyError(): DomainError {
    return readOnlyError(this.current?.path ?? null, this.lockHolder);
  }

  /** Turns SQLite's "attempt to write a readonly database" into the message that says why. */
  translateError(error: unknown): unknown {
    if (!isSqliteReadOnlyError(error)) return error;
    return this.readOnly ? this.readOnlyError() : readOnlyError(this.current?.path ?? null, null);
  }

  // --- backups and integrity ---

  /** Backups of the open register, or (with `path`) of a file, also one that does not open. Newest first. */
  listBackups(path?: string): BackupInfo[] {
    const dataDir = this.settings.dataDir;
    if (path === undefined) {
      const register = this.require();
      const registerId = register.meta('register_id');
      return registerId === null
        ? listBackupsForFile(dataDir, register.path, null)
        : listRegisterBackups(dataDir, registerId).filter((b) => b.registerId === registerId);
    }
    const absolute = this.resolvePath(path);
    const registerId =
      this.current && this.current.path === absolute
        ? this.current.meta('register_id')
        : (readFileSchemaState(absolute, this.config.nativeBinding)?.registerId ?? null);
    return listBackupsForFile(dataDir, absolute, registerId);
  }

  /** A backup of the open register now (also when it is open read-only: a backup only reads). */
  backupNow(reason: BackupReason = 'manual'): Promise<BackupInfo> {
    const register = this.require();
    return this.backupFile(register.path, reason, register);
  }

  /**
   * Restores a backup into a new file and opens that file; the register it came from (open or
   * not) is never written. With `sourcePath` the backup is looked up for that file (after a
   * failed open), else for the open register.
   */
  restore(input: { backupId: string; sourcePath?: string; targetPath?: string }): Promise<RegisterInfo> {
    return this.exclusive(async () => {
      const original = input.sourcePath !== undefined ? this.resolvePath(input.sourcePath) : this.require().path;
      const backups = input.sourcePath !== undefined ? this.listBackups(original) : this.listBackups();
      const backup = backups.find((b) => b.id === input.backupId);
      if (!backup) {
        throw new DomainError(
          'NOT_FOUND',
          `Er is geen reservekopie ${input.backupId} van ${original}.`,
          `There is no backup ${input.backupId} of ${original}.`,
          { backupId: input.backupId, path: original },
        );
      }
      const target =
        input.targetPath !== undefined
          ? this.resolvePath(input.targetPath)
          : defaultRestoreTarget(original, this.settings.registersDir, this.now());
      // The state the user leaves behind, kept as a backup too (the open file itself is not touched).
      const open = this.current;
      if (open && !this.readOnly && backup.registerId !== null && open.meta('register_id') === backup.registerId) {
        await this.backupFile(open.path, 'before-restore', open).catch((error: unknown) => {
          console.warn('[kanalenregister] backup before restore failed:', error);
        });
      }
      copyBackupTo(locateBackup(this.settings.dataDir, backup), backup, target, this.config.nativeBinding);
      return this.openNow(target, false);
    });
  }

  /** integrity_check and foreign_key_check on the open register. */
  checkIntegrity(): IntegrityReport {
    return checkIntegrity(this.require().db, 'full', this.now);
  }

  // --- internals ---

  private info(): RegisterInfo | null {
    if (!this.current) return null;
    return {
      ...this.current.info(),
      access: this.readOnly ? 'read-only' : 'read-write',
      lockHolder: this.lockHolder,
      warnings: this.warnings,
    };
  }

  private now = (): Date => (this.config.now ? this.config.now() : new Date());

  private exclusive<T>(work: () => Promise<T>): Promise<T> {
    const run = this.queue.then(work, work);
    this.queue = run.catch(() => undefined);
    return run;
  }

  /** A backup of `path`; of an open register through its connection (see createBackup). */
  private backupFile(path: string, reason: BackupReason, open?: Register): Promise<BackupInfo> {
    return createBackup({
      dataDir: this.settings.dataDir,
      sourcePath: path,
      reason,
      now: this.now(),
      dailyKept: this.settings.dailyBackupsKept,
      nativeBinding: this.config.nativeBinding,
      connection: open?.db,
    });
  }

  private async openNow(absolute: string, dailyBackup: boolean): Promise<RegisterInfo> {
    const warnings = storageWarnings(absolute, this.config.readMounts);
    const takeAccess = (): Access =>
      existsSync(absolute) ? this.takeLock(absolute) : { kind: 'read-write', lock: null, fresh: false };
    return this.switchTo(absolute, warnings, dailyBackup, takeAccess, async (access) => {
      if (access.kind === 'read-only') {
        this.refuseReadOnlyMigration(absolute, access.holder);
        return Register.openReadOnly(absolute, { nativeBinding: this.config.nativeBinding, check: true });
      }
      await this.backupBeforeMigration(absolute);
      return Register.open(absolute, this.author(), {
        nativeBinding: this.config.nativeBinding,
        journalMode: journalModeFor(warnings),
      });
    });
  }

  private createNow(absolute: string, options: { withSample?: boolean }): Promise<RegisterInfo> {
    const warnings = storageWarnings(absolute, this.config.readMounts);
    const takeAccess = (): Access => {
      const access = existsSync(absolute) ? null : this.takeLock(absolute);
      if (access?.kind === 'read-only' && access.holder) {
        throw new DomainError(
          'FILE_EXISTS',
          `${absolute} wordt op dit moment aangemaakt of gebruikt door ${describeHolder(access.holder).nl}; kies een andere naam.`,
          `${absolute} is being created or used by ${describeHolder(access.holder).en} right now; choose another name.`,
          { path: absolute },
        );
      }
      return access?.kind === 'read-write' ? access : { kind: 'read-write', lock: null, fresh: false };
    };
    return this.switchTo(absolute, warnings, false, takeAccess, () => {
      const register = Register.create(absolute, this.author(), {
        nativeBinding: this.config.nativeBinding,
        isSample: options.withSample === true,
        journalMode: journalModeFor(warnings),
      });
      if (options.withSample) {
        try {
          loadSample(register);
        } catch (error) {
          register.close();
          throw error;
        }
      }
      return Promise.resolve(register);
    });
  }

  /** Our lock if we hold this file already, else a new one; someone else's live lock means read-only. */
  private takeLock(absolute: string): Access {
    if (this.lock && this.lock.registerPath === absolute && this.current?.path === absolute && !this.readOnly) {
      return { kind: 'read-write', lock: this.lock, fresh: false };
    }
    const attempt = RegisterLock.acquire(absolute, {
      now: this.now,
      user: this.config.actor,
      onLost: (holder) => this.lockLost(absolute, holder),
    });
    if (attempt.kind === 'acquired') return { kind: 'read-write', lock: attempt.lock, fresh: true };
    if (attempt.kind === 'held') return { kind: 'read-only', holder: attempt.holder };
    return { kind: 'read-only', holder: null };
  }

  /** Another instance took the lock over (this laptop slept past the stale limit): stop writing. */
  private lockLost(path: string, holder: LockHolder | null): void {
    if (!this.current || this.current.path !== path) return;
    this.current.db.pragma('query_only = ON');
    this.readOnly = true;
    this.lockHolder = holder;
    this.lock = null;
  }

  private refuseReadOnlyMigration(absolute: string, holder: LockHolder | null): void {
    const state = readFileSchemaState(absolute, this.config.nativeBinding);
    if (state === null || state.applied >= LATEST_SCHEMA_VERSION) return;
    const holderText = holder ? describeHolder(holder) : null;
    const who = holderText
      ? { nl: `het is geopend door ${holderText.nl}`, en: `it is open by ${holderText.en}` }
      : { nl: 'de map laat niet toe om erin te schrijven', en: 'its folder does not allow writing' };
    throw new DomainError(
      'REGISTER_READ_ONLY',
      `Het register ${absolute} moet eerst bijgewerkt worden naar deze versie, en dat kan nu niet: ${who.nl}. Er is niets gewijzigd.`,
      `The register ${absolute} must first be updated to this version, which is not possible now: ${who.en}. Nothing was changed.`,
      { path: absolute, holder },
    );
  }

  /**
   * Pending migrations: check the file and back it up first; a failed backup refuses the open. A
   * transaction a crash interrupted is rolled back first (as the open would do anyway), else the
   * read-only look below could not read the file and the migration would run without a backup.
   */
  private async backupBeforeMigration(absolute: string): Promise<void> {
    const nativeBinding = this.config.nativeBinding;
    // Missing (openDatabase says so) or empty (a fresh database): nothing to back up.
    if (!existsSync(absolute) || statSync(absolute).size === 0) return;
    rollBackInterruptedTransaction(absolute, nativeBinding);
    const state = readFileSchemaState(absolute, nativeBinding);
    if (state === null) {
      // Not readable as a register: the checks give the real reason. Never migrate without knowing.
      inspectRegisterFile(absolute, { nativeBinding });
      throw new DomainError(
        'FILE_ERROR',
        `Het register ${absolute} kan niet gelezen worden om na te gaan of het bijgewerkt moet worden; het is niet geopend en niet gewijzigd. Probeer het opnieuw.`,
        `The register ${absolute} cannot be read to find out whether it must be updated; it was not opened nor changed. Try again.`,
        { path: absolute },
      );
    }
    if (state.applied === 0 || state.applied >= LATEST_SCHEMA_VERSION) return;
    inspectRegisterFile(absolute, { nativeBinding });
    try {
      await this.backupFile(absolute, 'pre-migration');
    } catch (error) {
      const reason = error instanceof DomainError ? error.messageNl : (error as Error).message;
      const reasonEn = error instanceof DomainError ? error.messageEn : (error as Error).message;
      throw new DomainError(
        'FILE_ERROR',
        `Het register ${absolute} moet bijgewerkt worden naar deze versie, maar de reservekopie vooraf is mislukt; het is niet geopend en niet gewijzigd. ${reason}`,
        `The register ${absolute} must be updated to this version, but the backup before that failed; it was not opened nor changed. ${reasonEn}`,
        { path: absolute },
      );
    }
  }

  /** Daily backup, at most one per register per local day, in the background. */
  private scheduleDailyBackup(register: Register): void {
    if (this.config.dailyBackups === false) return;
    const now = this.now();
    const today = localToday(now);
    const registerId = register.meta('register_id');
    const done = listRegisterBackups(this.settings.dataDir, registerId).some(
      (b) => b.reason === 'daily' && b.registerId === registerId && localToday(new Date(b.createdAt)) === today,
    );
    if (done) return;
    const path = register.path;
    const run = this.backupFile(path, 'daily', register).then(
      () => undefined,
      (error: unknown) => {
        // Closed meanwhile (another register was opened: the next open tries again), or the register or
        // the data folder went away (removed, a share cut off): nothing to report.
        if (register.db.open && existsSync(path) && existsSync(this.settings.dataDir)) {
          console.warn('[kanalenregister] daily backup failed:', error);
        }
      },
    );
    this.background = Promise.all([this.background, run]).then(() => undefined);
  }

  /** Relative paths land in the registers folder, where the file chooser starts too. */
  private resolvePath(path: string): string {
    if (path.includes('\0')) {
      // Node's file functions throw on a NUL byte; no real file name has one.
      throw new DomainError(
        'INVALID_INPUT',
        'Deze bestandsnaam bevat een ongeldig teken (NUL).',
        'This file name contains an invalid character (NUL).',
      );
    }
    if (isAbsolute(path)) return resolve(path);
    mkdirSync(this.settings.registersDir, { recursive: true });
    return resolve(this.settings.registersDir, path);
  }

  /**
   * Takes the lock (or read-only access), opens, and only then replaces the open register. A
   * failure in either step (a lock file that cannot be read, a damaged file) becomes state.problem.
   */
  private async switchTo(
    absolute: string,
    warnings: StorageWarning[],
    dailyBackup: boolean,
    takeAccess: () => Access,
    openRegister: (access: Access) => Promise<Register>,
  ): Promise<RegisterInfo> {
    let next: Register;
    let access: Access | null = null;
    try {
      access = takeAccess();
      next = await openRegister(access);
    } catch (error) {
      if (access?.kind === 'read-write' && access.fresh) access.lock?.release();
      if (error instanceof DomainError) {
        const reported = this.withRecovery(error, absolute);
        this.problem = reported.toApiError();
        throw reported;
      }
      throw error;
    }
    const previousLock = this.lock;
    this.current?.close();
    if (previousLock && previousLock !== (access.kind === 'read-write' ? access.lock : null)) previousLock.release();
    this.current = next;
    this.lock = access.kind === 'read-write' ? access.lock : null;
    this.readOnly = access.kind === 'read-only';
    this.lockHolder = access.kind === 'read-only' ? access.holder : null;
    this.warnings = warnings;
    this.problem = null;
    this.recovery = null;
    if (this.config.rememberRecent !== false) this.settings.rememberOpened(next.path);
    if (dailyBackup) this.scheduleDailyBackup(next);
    if (!this.dayWatch && this.config.dailyBackups !== false) {
      this.dayWatch = setInterval(() => this.dailyBackupIfDue(), DAY_WATCH_INTERVAL_MS);
      this.dayWatch.unref();
    }
    return this.info()!;
  }

  /** A damaged file: remember its backups for the UI and say in the message when the latest is from. */
  private withRecovery(error: DomainError, absolute: string): DomainError {
    if (!RECOVERABLE.includes(error.code)) {
      this.recovery = null;
      return error;
    }
    const backups = this.listBackups(absolute);
    this.recovery = { path: absolute, backups };
    const latest = backups[0];
    if (!latest) return error;
    const when = formatLocalDateTime(latest.createdAt);
    return new DomainError(
      error.code,
      `${error.messageNl} Er is een reservekopie van ${when} (${latest.channelCount} kanalen): herstel die als een nieuw bestand.`,
      `${error.messageEn} There is a backup from ${when} (${latest.channelCount} channels): restore it as a new file.`,
      {
        ...(typeof error.details === 'object' && error.details !== null ? error.details : {}),
        path: absolute,
        latestBackupId: latest.id,
      },
    );
  }

  private author() {
    return { deviceId: this.settings.deviceId, actor: this.config.actor };
  }
}

/** WAL on a local disk; a rollback journal on a network share, where WAL's shared memory does not reach the other laptop. */
function journalModeFor(warnings: readonly StorageWarning[]): 'wal' | 'delete' {
  return isOnNetworkShare(warnings) ? 'delete' : 'wal';
}
