import type Database from 'better-sqlite3';
import { snapshotFieldsSchema, type FollowerSnapshot, type SnapshotFields } from '../../../shared/domain/snapshot';
import type { ChangeBatch, ChangeLog } from '../changeLog/changeLog';
import { EntityStore, type EntityDefinition } from '../db/entityStore';
import { DomainError } from '../errors';
import { validate } from '../validation';

const SNAPSHOTS_TABLE: EntityDefinition = {
  entity: 'snapshot',
  table: 'follower_snapshots',
  columns: { channelId: 'channel_id', date: 'date', count: 'count', metric: 'metric', source: 'source', notes: 'notes' },
};

/** Dated follower counts. The growth issue adds entry sheets and imports on top of this. */
export class SnapshotsService {
  private readonly store: EntityStore<FollowerSnapshot>;

  constructor(
    private readonly db: Database.Database,
    private readonly log: ChangeLog,
  ) {
    this.store = new EntityStore(db, SNAPSHOTS_TABLE);
  }

  add(fields: SnapshotFields, batch?: ChangeBatch): FollowerSnapshot {
    const valid = validate(snapshotFieldsSchema, fields);
    const duplicate = this.db
      .prepare(`SELECT 1 FROM follower_snapshots WHERE channel_id = ? AND metric = ? AND date = ? AND deleted_at IS NULL`)
      .get(valid.channelId, valid.metric, valid.date);
    if (duplicate) {
      throw new DomainError(
        'CONFLICT',
        `Er is al een telling (${valid.metric}) voor dit kanaal op ${valid.date}.`,
        `There already is a count (${valid.metric}) for this channel on ${valid.date}.`,
        { channelId: valid.channelId, date: valid.date, metric: valid.metric },
      );
    }
    const write = (b: ChangeBatch) => this.store.insert(b, valid);
    return batch ? write(batch) : this.log.batch(write);
  }
}
