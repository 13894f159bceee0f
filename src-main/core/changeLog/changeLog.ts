import type Database from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import type { ChangeEntry } from '../../../shared/domain/changeLog';
import { describeChanges, type Description } from '../history/describeChanges';
import { HistoryJournal } from '../history/historyJournal';
import { HybridClock, nodeFromDeviceId } from './hlc';

export interface Author {
  deviceId: string;
  /** Who made the change, as the OS knows them; null when unknown. */
  actor: string | null;
}

/** One field change as a batch records it (before it is stamped and stored). */
export interface RecordedChange {
  entity: string;
  entityId: string;
  field: string;
  oldValue: unknown;
  newValue: unknown;
}

/**
 * How the history sees a batch. Ordinary batches are edits (one undo step each, described from
 * their changes); the history service writes undo and redo batches and describes them itself.
 */
export interface ReversalOptions {
  kind: 'undo' | 'redo';
  /** The edit batch (undo step) this reversal belongs to. */
  stepId: string;
  /** The batch whose values it puts back. */
  reverses: string;
  /** Called after the work, inside the transaction: the text and how many changes were skipped. */
  describe: () => Description & { skipped: number };
}

/**
 * The one writer of change-log rows. Every mutation runs inside `batch()`: data rows and
 * their change rows commit together or not at all, and share one batch id (one undo step).
 */
export class ChangeLog {
  private readonly clock: HybridClock;
  private readonly insert: Database.Statement;
  private readonly journal: HistoryJournal;
  private current: ChangeBatch | null = null;

  constructor(
    private readonly db: Database.Database,
    private readonly author: Author,
  ) {
    this.clock = new HybridClock(nodeFromDeviceId(author.deviceId));
    const newest = db.prepare(`SELECT max(hlc) AS hlc FROM change_log`).get() as { hlc: string | null };
    if (newest.hlc) this.clock.observe(newest.hlc);
    this.insert = db.prepare(
      `INSERT INTO change_log (id, hlc, at, actor, device_id, batch_id, entity, entity_id, field, old_value, new_value)
       VALUES (@id, @hlc, @at, @actor, @deviceId, @batchId, @entity, @entityId, @field, @oldValue, @newValue)`,
    );
    this.journal = new HistoryJournal(db);
  }

  /** This laptop: its batches form its own undo history. */
  get deviceId(): string {
    return this.author.deviceId;
  }

  /**
   * Runs `work` as one transaction and one undo step. A batch opened while another is running
   * joins it, so a service that opens its own batch can still be called inside a larger one
   * (a paste, an import) without splitting the undo step.
   */
  batch<T>(work: (batch: ChangeBatch) => T, reversal?: ReversalOptions): T {
    return this.run(work, reversal ?? 'edit');
  }

  /**
   * A batch that is part of the record (audit, sync) but no undo step of the user's: the
   * built-in sample written into a new register. Undoing it would empty the register.
   */
  baseline<T>(work: (batch: ChangeBatch) => T): T {
    return this.run(work, 'baseline');
  }

  private run<T>(work: (batch: ChangeBatch) => T, kind: ReversalOptions | 'edit' | 'baseline'): T {
    const reversal = typeof kind === 'object' ? kind : undefined;
    if (this.current) {
      if (reversal) throw new Error('An undo or redo cannot run inside another batch');
      return work(this.current);
    }
    const batch = new ChangeBatch(randomUUID(), this.db, (change) => {
      this.insert.run({
        id: randomUUID(),
        hlc: this.clock.next(),
        at: new Date().toISOString(),
        actor: this.author.actor,
        deviceId: this.author.deviceId,
        batchId: batch.id,
        entity: change.entity,
        entityId: change.entityId,
        field: change.field,
        oldValue: change.oldValue === undefined ? null : JSON.stringify(change.oldValue),
        newValue: change.newValue === undefined ? null : JSON.stringify(change.newValue),
      });
    });
    return this.db.transaction(() => {
      this.current = batch;
      try {
        const result = work(batch);
        if (reversal) {
          const { skipped, ...description } = reversal.describe();
          this.journal.recordReversal(batch.id, this.author.deviceId, reversal, description, skipped);
        } else if (kind === 'edit' && batch.size > 0) {
          this.journal.recordEdit(batch.id, this.author.deviceId, describeChanges(batch.changes));
        }
        return result;
      } finally {
        this.current = null;
      }
    })();
  }

  forEntity(entity: string, entityId: string, limit = 200): ChangeEntry[] {
    const rows = this.db
      .prepare(`${SELECT_ENTRIES} WHERE entity = ? AND entity_id = ? ORDER BY hlc DESC LIMIT ?`)
      .all(entity, entityId, limit) as StoredEntry[];
    return rows.map(toEntry);
  }

  /** The changes of one record up to and including `hlc`, oldest first (to rebuild a version). */
  forEntityUntil(entity: string, entityId: string, hlc: string): ChangeEntry[] {
    const rows = this.db
      .prepare(`${SELECT_ENTRIES} WHERE entity = ? AND entity_id = ? AND hlc <= ? ORDER BY hlc`)
      .all(entity, entityId, hlc) as StoredEntry[];
    return rows.map(toEntry);
  }

  /**
   * The last timestamp of the record's changes in the batch that holds its entry `hlc`, or null
   * when the record has no such entry. One action is one version: a creation logs the record
   * and then each field, and "the version after" it means after all of them.
   */
  endOfVersion(entity: string, entityId: string, hlc: string): string | null {
    const row = this.db
      .prepare(
        `SELECT max(hlc) AS hlc FROM change_log
          WHERE entity = @entity AND entity_id = @entityId
            AND batch_id = (SELECT batch_id FROM change_log WHERE entity = @entity AND entity_id = @entityId AND hlc = @hlc)`,
      )
      .get({ entity, entityId, hlc }) as { hlc: string | null };
    return row.hlc;
  }

  /** Every change of one batch, in the order they were made. */
  forBatch(batchId: string): ChangeEntry[] {
    const rows = this.db.prepare(`${SELECT_ENTRIES} WHERE batch_id = ? ORDER BY hlc`).all(batchId) as StoredEntry[];
    return rows.map(toEntry);
  }
}

/** The rows of one batch: written to the change log as they come, and kept to describe the step. */
export class ChangeBatch {
  private readonly recorded: RecordedChange[] = [];

  constructor(
    readonly id: string,
    private readonly db: Database.Database,
    private readonly write: (change: RecordedChange) => void,
  ) {}

  record(entity: string, entityId: string, field: string, oldValue: unknown, newValue: unknown): void {
    const change = { entity, entityId, field, oldValue, newValue };
    this.write(change);
    this.recorded.push(change);
  }

  /** How many field changes the batch holds so far. */
  get size(): number {
    return this.recorded.length;
  }

  get changes(): readonly RecordedChange[] {
    return this.recorded;
  }

  /**
   * Runs `work` in a savepoint. When SQLite refuses it (a unique or check constraint), that part
   * is rolled back, rows and log alike, and the error is returned instead of aborting the batch.
   */
  attempt(work: () => void): { ok: true } | { ok: false; error: Error } {
    const mark = this.recorded.length;
    try {
      this.db.transaction(work)();
      return { ok: true };
    } catch (error) {
      if (!isConstraintError(error)) throw error;
      this.recorded.length = mark;
      return { ok: false, error: error as Error };
    }
  }
}

function isConstraintError(error: unknown): boolean {
  return (
    typeof (error as { code?: unknown })?.code === 'string' && (error as { code: string }).code.startsWith('SQLITE_CONSTRAINT')
  );
}

const SELECT_ENTRIES = `SELECT id, hlc, at, actor, device_id, batch_id, entity, entity_id, field, old_value, new_value FROM change_log`;

type StoredEntry = Record<string, string | null>;

function toEntry(row: StoredEntry): ChangeEntry {
  return {
    id: row.id!,
    hlc: row.hlc!,
    at: row.at!,
    actor: row.actor ?? null,
    deviceId: row.device_id!,
    batchId: row.batch_id!,
    entity: row.entity!,
    entityId: row.entity_id!,
    field: row.field!,
    oldValue: row.old_value === null ? null : JSON.parse(row.old_value!),
    newValue: row.new_value === null ? null : JSON.parse(row.new_value!),
  };
}
