import type Database from 'better-sqlite3';
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
import { openDatabase, type OpenOptions } from '../db/open';
import { LATEST_SCHEMA_VERSION } from '../db/migrations';
import { GrowthService } from '../growth/growthService';
import { HistoryService } from '../history/historyService';
import { OrganisationsService } from '../organisations/organisationsService';
import { PeopleService } from '../people/peopleService';
import { SnapshotsService } from '../snapshots/snapshotsService';
import { ViewsService } from '../views/viewsService';

/** register_meta key set by load-demo: the register holds generated, not measured, counts. */
export const FICTITIOUS_META_KEY = 'fictitious';

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

  private constructor(
    readonly path: string,
    readonly db: Database.Database,
    author: Author,
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
    // Rows from before the folded search columns existed (a file migrated from schema 1) get them now;
    // after a big fill, fold the write-ahead log back into the file so reads do not go through it.
    if (EntityStore.fillAllDerived(db) > 0) db.pragma('wal_checkpoint(TRUNCATE)');
  }

  static open(path: string, author: Author, options: Omit<OpenOptions, 'create'> = {}): Register {
    return new Register(path, openDatabase(path, options), author);
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
    return new Register(path, db, author);
  }

  meta(key: string): string | null {
    const row = this.db.prepare(`SELECT value FROM register_meta WHERE key = ?`).get(key) as { value: string } | undefined;
    return row?.value ?? null;
  }

  /** Generated demonstration history was added (load-demo): every view and export must say so. */
  isFictitious(): boolean {
    return this.meta(FICTITIOUS_META_KEY) === '1';
  }

  info(): RegisterInfo {
    const count = this.db.prepare(`SELECT count(*) AS n FROM channels WHERE deleted_at IS NULL`).get() as { n: number };
    return {
      path: this.path,
      fileName: basename(this.path),
      schemaVersion: LATEST_SCHEMA_VERSION,
      channelCount: count.n,
      isSample: this.meta('is_sample') === '1',
      isFictitious: this.isFictitious(),
      createdAt: this.meta('created_at') ?? '',
    };
  }

  close(): void {
    if (this.db.open) this.db.close();
  }
}
