import type Database from 'better-sqlite3';
import { expect } from 'vitest';
import { BATCH_ROWS, CHANNEL_PREFIX, type CrashLine, type CrashOp } from './crashProtocol';

interface ChannelState {
  name: string;
  notes: string;
  deleted: boolean;
}

/** A change-log row a committed edit must have left: entity, id, field and new value (JSON text). */
interface LogCheck {
  entity: string;
  entityId: string;
  field: string;
  /** JSON of the new value; 'NOT NULL' / 'NULL' for deletedAt (the timestamp is the child's). */
  newValue: string;
}

/** Figures over the whole run, for the test's summary. */
export interface CrashTally {
  editsVerified: number;
  pendingCommitted: number;
  pendingRolledBack: number;
  batchesKilledMidway: number;
  /** Time spent reopening and checking files. */
  verifyMs: number;
}

/**
 * What one register file must hold, built from the child's lines over every run on it. Each
 * value is exact after a verification: the one edit a killed child may have committed without
 * reporting (its last "intent" without "done") is looked up, accepted either way, and from then
 * on the model holds what the file holds.
 */
export class CrashModel {
  private readonly channels = new Map<string, ChannelState>();
  private readonly counts = new Map<string, number>();
  private readonly costs = new Map<string, number>();
  private readonly batches = new Map<string, string>();
  private readonly logChecks = new Map<string, { check: LogCheck; times: number }>();
  private readonly snapshotChecks: Array<{ channelId: string; date: string; count: number }> = [];
  private pending: CrashOp | null = null;
  /** Lines of the last run not yet verified ("done" ones). */
  private unverified = 0;

  /** Takes in one run's lines; returns whether the child opened the register. */
  read(lines: readonly CrashLine[]): { opened: boolean; done: number } {
    let opened = false;
    let done = 0;
    let intent: CrashOp | null = null;
    for (const line of lines) {
      if (line.t === 'opened') opened = true;
      else if (line.t === 'intent') intent = line.op;
      else if (line.t === 'done') {
        if (!intent) throw new Error(`done ${line.seq} without its intent`);
        this.commit(intent, line.id, line.batchId ?? undefined);
        intent = null;
        done += 1;
      }
    }
    this.pending = intent;
    this.unverified += done;
    return { opened, done };
  }

  /** Checks the file against the model (and settles the pending edit); throws with a precise message when it differs. */
  verify(db: Database.Database, tally: CrashTally): void {
    if (this.pending) this.settlePending(db, this.pending, tally);
    this.pending = null;

    const channelRow = db.prepare(`SELECT name, notes, deleted_at AS deletedAt FROM channels WHERE id = ?`);
    for (const [id, expected] of this.channels) {
      const row = channelRow.get(id) as { name: string; notes: string | null; deletedAt: string | null } | undefined;
      expect(row, `channel ${id} (${expected.name})`).toBeDefined();
      expect({ id, name: row!.name, notes: row!.notes, deleted: row!.deletedAt !== null }).toEqual({ id, ...expected });
    }
    const crashChannels = db.prepare(`SELECT count(*) FROM channels WHERE name LIKE ?`).pluck().get(`${CHANNEL_PREFIX}%`);
    expect(crashChannels, 'channels created by the child').toBe(this.channels.size);

    const countRow = db
      .prepare(
        `SELECT count FROM follower_snapshots WHERE channel_id = ? AND date = ? AND metric = 'followers' AND deleted_at IS NULL`,
      )
      .pluck();
    for (const [key, count] of this.counts) {
      const [channelId, date] = key.split('|');
      expect(countRow.all(channelId, date), `count of ${key}`).toEqual([count]);
    }

    const costRow = db.prepare(`SELECT amount_cents AS amount, deleted_at AS deletedAt FROM cost_lines WHERE id = ?`);
    for (const [id, amount] of this.costs) expect(costRow.get(id), `cost line ${id}`).toEqual({ amount, deletedAt: null });

    const batchRows = db.prepare(`SELECT count(*) FROM channels WHERE name LIKE ?`).pluck();
    const batchLog = db.prepare(`SELECT count(*) FROM change_log WHERE batch_id = ? AND field = 'created'`).pluck();
    for (const [tag, batchId] of this.batches) {
      expect(batchRows.get(`batch-${tag}-%`), `rows of batch ${tag}`).toBe(BATCH_ROWS);
      expect(batchLog.get(batchId), `change log of batch ${tag}`).toBe(BATCH_ROWS);
    }

    const logCount = {
      value: db
        .prepare(`SELECT count(*) FROM change_log WHERE entity = ? AND entity_id = ? AND field = ? AND new_value = ?`)
        .pluck(),
      notNull: db
        .prepare(
          `SELECT count(*) FROM change_log WHERE entity = ? AND entity_id = ? AND field = ? AND new_value IS NOT NULL AND new_value <> 'null'`,
        )
        .pluck(),
      null: db
        .prepare(
          `SELECT count(*) FROM change_log WHERE entity = ? AND entity_id = ? AND field = ? AND (new_value IS NULL OR new_value = 'null')`,
        )
        .pluck(),
    };
    for (const { check, times } of this.logChecks.values()) {
      const statement =
        check.newValue === 'NOT NULL' ? logCount.notNull : check.newValue === 'NULL' ? logCount.null : logCount.value;
      const args = [check.entity, check.entityId, check.field];
      const found = (
        check.newValue === 'NOT NULL' || check.newValue === 'NULL'
          ? statement.get(...args)
          : statement.get(...args, check.newValue)
      ) as number;
      expect(found, `change-log rows for ${JSON.stringify(check)}`).toBeGreaterThanOrEqual(times);
    }
    const snapshotLog = db
      .prepare(
        `SELECT count(*) FROM change_log c JOIN follower_snapshots s ON s.id = c.entity_id
          WHERE c.entity = 'snapshot' AND c.field = 'count' AND s.channel_id = ? AND s.date = ? AND c.new_value = ?`,
      )
      .pluck();
    for (const check of this.snapshotChecks) {
      expect(
        snapshotLog.get(check.channelId, check.date, JSON.stringify(check.count)),
        `change log of count ${JSON.stringify(check)}`,
      ).toBeGreaterThan(0);
    }
    tally.editsVerified += this.unverified;
    this.unverified = 0;
  }

  private commit(op: CrashOp, id?: string, batchId?: string): void {
    switch (op.kind) {
      case 'createChannel':
        if (!id) throw new Error('createChannel done without id');
        this.channels.set(id, { name: op.name, notes: op.notes, deleted: false });
        this.expectLog('channel', id, 'created', 'true');
        this.expectLog('channel', id, 'name', JSON.stringify(op.name));
        this.expectLog('channel', id, 'notes', JSON.stringify(op.notes));
        return;
      case 'updateNotes':
        this.channel(op.id).notes = op.value;
        this.expectLog('channel', op.id, 'notes', JSON.stringify(op.value));
        return;
      case 'saveCount':
        this.counts.set(`${op.channelId}|${op.date}`, op.count);
        this.snapshotChecks.push({ channelId: op.channelId, date: op.date, count: op.count });
        return;
      case 'createCost':
        if (!id) throw new Error('createCost done without id');
        this.costs.set(id, op.amountCents);
        this.expectLog('costLine', id, 'created', 'true');
        this.expectLog('costLine', id, 'amountCents', JSON.stringify(op.amountCents));
        return;
      case 'batch':
        if (!batchId) throw new Error('batch done without batchId');
        this.batches.set(op.tag, batchId);
        return;
      case 'delete':
        this.channel(op.id).deleted = true;
        this.expectLog('channel', op.id, 'deletedAt', 'NOT NULL');
        return;
      case 'restore':
        this.channel(op.id).deleted = false;
        this.expectLog('channel', op.id, 'deletedAt', 'NULL');
        return;
    }
  }

  /** The last intent of a killed child: committed or not, but whole or not at all. */
  private settlePending(db: Database.Database, op: CrashOp, tally: CrashTally): void {
    const settled = (committed: boolean) => {
      if (committed) tally.pendingCommitted += 1;
      else tally.pendingRolledBack += 1;
    };
    switch (op.kind) {
      case 'createChannel': {
        const row = db.prepare(`SELECT id, notes, deleted_at AS deletedAt FROM channels WHERE name = ?`).get(op.name) as
          { id: string; notes: string; deletedAt: string | null } | undefined;
        if (row) {
          expect({ notes: row.notes, deletedAt: row.deletedAt }).toEqual({ notes: op.notes, deletedAt: null });
          this.commit(op, row.id);
        }
        settled(row !== undefined);
        return;
      }
      case 'updateNotes': {
        const notes = db.prepare(`SELECT notes FROM channels WHERE id = ?`).pluck().get(op.id);
        expect([this.channel(op.id).notes, op.value], `notes of ${op.id} after a kill during its update`).toContain(notes);
        if (notes === op.value) this.commit(op);
        settled(notes === op.value);
        return;
      }
      case 'saveCount': {
        const key = `${op.channelId}|${op.date}`;
        const counts = db
          .prepare(
            `SELECT count FROM follower_snapshots WHERE channel_id = ? AND date = ? AND metric = 'followers' AND deleted_at IS NULL`,
          )
          .pluck()
          .all(op.channelId, op.date);
        const before = this.counts.has(key) ? [this.counts.get(key)] : [];
        expect([before, [op.count]], `count ${key} after a kill during its save`).toContainEqual(counts);
        const committed = counts[0] === op.count && before[0] !== op.count;
        if (counts[0] === op.count) this.commit(op);
        settled(committed);
        return;
      }
      case 'createCost': {
        const row = db.prepare(`SELECT id, amount_cents AS amount FROM cost_lines WHERE description = ?`).get(op.description) as
          { id: string; amount: number } | undefined;
        if (row) {
          expect(row.amount).toBe(op.amountCents);
          this.commit(op, row.id);
        }
        settled(row !== undefined);
        return;
      }
      case 'batch': {
        const rows = db.prepare(`SELECT count(*) FROM channels WHERE name LIKE ?`).pluck().get(`batch-${op.tag}-%`) as number;
        expect([0, BATCH_ROWS], `rows of batch ${op.tag}, killed during it`).toContain(rows);
        if (rows === BATCH_ROWS) {
          const batchIds = db
            .prepare(
              `SELECT DISTINCT batch_id FROM change_log WHERE field = 'created' AND entity_id IN (SELECT id FROM channels WHERE name LIKE ?)`,
            )
            .pluck()
            .all(`batch-${op.tag}-%`) as string[];
          expect(batchIds).toHaveLength(1);
          this.commit(op, undefined, batchIds[0]);
        } else {
          tally.batchesKilledMidway += 1;
        }
        settled(rows === BATCH_ROWS);
        return;
      }
      case 'delete':
      case 'restore': {
        const deletedAt = db.prepare(`SELECT deleted_at FROM channels WHERE id = ?`).pluck().get(op.id);
        const deleted = deletedAt !== null;
        const wanted = op.kind === 'delete';
        expect([this.channel(op.id).deleted, wanted], `deleted state of ${op.id} after a kill during ${op.kind}`).toContain(
          deleted,
        );
        const committed = deleted === wanted && this.channel(op.id).deleted !== wanted;
        if (committed) this.commit(op);
        settled(committed);
        return;
      }
    }
  }

  private channel(id: string): ChannelState {
    const channel = this.channels.get(id);
    if (!channel) throw new Error(`the child edited channel ${id}, which the model does not know`);
    return channel;
  }

  private expectLog(entity: string, entityId: string, field: string, newValue: string): void {
    const key = `${entity}|${entityId}|${field}|${newValue}`;
    const entry = this.logChecks.get(key);
    if (entry) entry.times += 1;
    else this.logChecks.set(key, { check: { entity, entityId, field, newValue }, times: 1 });
  }
}
