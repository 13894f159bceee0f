import Database from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import { basename } from 'node:path';
import type { RegisterInfo } from '../../../shared/domain/register';
import { CampaignsService } from '../campaigns/campaignsService';
import { ChangeLog, type Author } from '../changeLog/changeLog';
import { ChannelsService } from '../channels/channelsService';
import { registerFoldFunction } from '../channels/foldText';
import { BudgetsService } from '../costs/budgetsService';
import { CostsService } from '../costs/costsService';
import { EntityStore } from '../db/entityStore';
import { checkMigrationHistory } from '../db/migrate';
import { inspectRegisterFile, openDatabase, type OpenOptions } from '../db/open';
import { LATEST_SCHEMA_VERSION } from '../db/migrations';
import { DomainError } from '../errors';
import { NoteTemplateService } from '../exports/noteTemplateService';
import { GrowthService } from '../growth/growthService';
import { HistoryService } from '../history/historyService';
import { OrganisationsService } from '../organisations/organisationsService';
import { PeopleService } from '../people/peopleService';
import { ReviewService } from '../review/reviewService';
import { CostOverviewService } from '../costOverview/costOverviewService';
import { SnapshotsService } from '../snapshots/snapshotsService';
import { ViewsService } from '../views/viewsService';

/** register_meta key set by load-demo: the register holds generated, not measured, counts. */
export const FICTITIOUS_META_KEY = 'fictitious';

/** A read-only connection writes no change: its change log gets a device id that never stamps a row. */
const READ_ONLY_AUTHOR: Author = { deviceId: '00000000-0000-4000-8000-000000000000', actor: null };

/** What the register file itself says about it; the session adds access, lock holder and warnings. */
export type RegisterFileInfo = Omit<RegisterInfo, 'access' | 'lockHolder' | 'warnings'>;

/** One open register file and the domain services over it. */
export class Register {
  readonly changeLog: ChangeLog;
  readonly channels: ChannelsService;
  readonly organisations: OrganisationsService;
  readonly people: PeopleService;
  readonly snapshots: SnapshotsService;
  readonly views: ViewsService;
  readonly history: HistoryService;
  readonly growth: GrowthService;
  readonly campaigns: CampaignsService;
  readonly costs: CostsService;
  readonly budgets: BudgetsService;
  readonly noteTemplate: NoteTemplateService;
  readonly review: ReviewService;

  private constructor(
    readonly path: string,
    readonly db: Database.Database,
    author: Author,
    /** The better-sqlite3 binary it was opened with (Electron's), for a second connection in a worker. */
    readonly nativeBinding?: string,
  ) {
    registerFoldFunction(db);
    this.changeLog = new ChangeLog(db, author);
    this.channels = new ChannelsService(db, this.changeLog);
    this.organisations = new OrganisationsService(db, this.changeLog);
    this.people = new PeopleService(db, this.changeLog);
    this.snapshots = new SnapshotsService(db, this.changeLog);
    this.views = new ViewsService(db, this.changeLog);
    this.history = new HistoryService(db, this.changeLog);
    this.growth = new GrowthService(db, () => this.isFictitious());
    this.campaigns = new CampaignsService(db, this.changeLog);
    this.costs = new CostsService(db, this.changeLog);
    this.budgets = new BudgetsService(db, this.changeLog);
    this.noteTemplate = new NoteTemplateService(db, this.changeLog);
    this.review = new ReviewService(db, this.changeLog, new CostOverviewService(db));
    // Rows from before the folded search columns existed (a file migrated from schema 1) get them now;
    // after a big fill, fold the write-ahead log back into the file so reads do not go through it.
    if (!db.readonly && EntityStore.fillAllDerived(db) > 0) db.pragma('wal_checkpoint(TRUNCATE)');
  }

  static open(path: string, author: Author, options: Omit<OpenOptions, 'create'> = {}): Register {
    return new Register(path, openDatabase(path, options), author, options.nativeBinding);
  }

  /**
   * A second, read-only connection to a register the app has open (the export worker): WAL lets
   * it read a consistent snapshot while the app goes on writing. It neither migrates nor fills
   * anything, so the file must be one this version opened already (all migrations applied).
   */
  static openReadOnly(path: string, options: Omit<OpenOptions, 'create'> & { check?: boolean } = {}): Register {
    // Opened for a user (another instance holds the register): the same quick_check as a normal open.
    if (options.check) inspectRegisterFile(path, options);
    let db: Database.Database;
    try {
      db = new Database(path, { readonly: true, fileMustExist: true, nativeBinding: options.nativeBinding });
    } catch (cause) {
      throw new DomainError(
        'FILE_ERROR',
        `Het register ${path} kan niet gelezen worden: ${(cause as Error).message}`,
        `The register ${path} cannot be read: ${(cause as Error).message}`,
        { path },
      );
    }
    try {
      db.pragma('busy_timeout = 5000');
      if (checkMigrationHistory(db).length !== LATEST_SCHEMA_VERSION) {
        throw new DomainError(
          'REGISTER_MISMATCH',
          `Het register ${path} is nog niet bijgewerkt naar deze versie; open het eerst in Kanalenregister.`,
          `The register ${path} has not been updated to this version yet; open it in Kanalenregister first.`,
          { path },
        );
      }
      return new Register(path, db, READ_ONLY_AUTHOR, options.nativeBinding);
    } catch (error) {
      db.close();
      throw error;
    }
  }

  static create(path: string, author: Author, options: Omit<OpenOptions, 'create'> & { isSample?: boolean } = {}): Register {
    const db = openDatabase(path, { ...options, create: true });
    const setMeta = db.prepare(`INSERT INTO register_meta (key, value) VALUES (?, ?)`);
    db.transaction(() => {
      setMeta.run('app', 'kanalenregister');
      setMeta.run('register_id', randomUUID());
      setMeta.run('created_at', new Date().toISOString());
      setMeta.run('is_sample', options.isSample ? '1' : '0');
    })();
    return new Register(path, db, author, options.nativeBinding);
  }

  meta(key: string): string | null {
    const row = this.db.prepare(`SELECT value FROM register_meta WHERE key = ?`).get(key) as { value: string } | undefined;
    return row?.value ?? null;
  }

  /** Generated demonstration history was added (load-demo): every view and export must say so. */
  isFictitious(): boolean {
    return this.meta(FICTITIOUS_META_KEY) === '1';
  }

  info(): RegisterFileInfo {
    const count = this.db.prepare(`SELECT count(*) AS n FROM channels WHERE deleted_at IS NULL`).get() as { n: number };
    return {
      path: this.path,
      fileName: basename(this.path),
      schemaVersion: LATEST_SCHEMA_VERSION,
      channelCount: count.n,
      isSample: this.meta('is_sample') === '1',
      isFictitious: this.isFictitious(),
      createdAt: this.meta('created_at') ?? '',
      registerId: this.meta('register_id') ?? '',
    };
  }

  close(): void {
    if (this.db.open) this.db.close();
  }
}
