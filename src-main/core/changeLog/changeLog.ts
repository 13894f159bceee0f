import type Database from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import type { ChangeEntry } from '../../../shared/domain/changeLog';
import { HybridClock, nodeFromDeviceId } from './hlc';

export interface Author {
  deviceId: string;
  /** Who made the change, as the OS knows them; null when unknown. */
  actor: string | null;
}

/**
 * The one writer of change-log rows. Every mutation runs inside `batch()`: data rows and
 * their change rows commit together or not at all, and share one batch id (one undo step).
 */
export class ChangeLog {
  private readonly clock: HybridClock;
  private readonly insert: Database.Statement;

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
  }

  batch<T>(work: (batch: ChangeBatch) => T): T {
    const batch = new ChangeBatch(randomUUID(), (entity, entityId, field, oldValue, newValue) => {
      this.insert.run({
        id: randomUUID(),
        hlc: this.clock.next(),
        at: new Date().toISOString(),
        actor: this.author.actor,
        deviceId: this.author.deviceId,
        batchId: batch.id,
        entity,
        entityId,
        field,
        oldValue: oldValue === undefined ? null : JSON.stringify(oldValue),
        newValue: newValue === undefined ? null : JSON.stringify(newValue),
      });
    });
    return this.db.transaction(() => work(batch))();
  }

  forEntity(entity: string, entityId: string, limit = 200): ChangeEntry[] {
    const rows = this.db
      .prepare(
        `SELECT id, hlc, at, actor, device_id, batch_id, entity, entity_id, field, old_value, new_value
           FROM change_log WHERE entity = ? AND entity_id = ? ORDER BY hlc DESC LIMIT ?`,
      )
      .all(entity, entityId, limit) as Array<Record<string, string | null>>;
    return rows.map((row) => ({
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
    }));
  }
}

export class ChangeBatch {
  constructor(
    readonly id: string,
    private readonly write: (entity: string, entityId: string, field: string, oldValue: unknown, newValue: unknown) => void,
  ) {}

  record(entity: string, entityId: string, field: string, oldValue: unknown, newValue: unknown): void {
    this.write(entity, entityId, field, oldValue, newValue);
  }
}
