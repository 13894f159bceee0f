import type Database from 'better-sqlite3';
import type { Description } from './describeChanges';

export type StepState = 'done' | 'undone' | 'dropped';

/** An undo step: an edit batch and where it stands. */
export interface Step {
  stepId: string;
  description: Description;
  state: StepState;
}

/** One batch of the history (an edit, or an undo or redo of one). */
export interface JournalBatch {
  batchId: string;
  kind: 'edit' | 'undo' | 'redo';
  skipped: number;
}

/**
 * The SQL of the history_batches table: which batch was an edit, an undo or a redo, per device.
 * The undo stack is a device's "done" edits, newest first; the redo stack its "undone" ones,
 * most recently undone first. Undo only ever takes the newest done step and a new edit drops
 * every undone one, so the undone steps always sit above the done ones.
 */
export class HistoryJournal {
  constructor(private readonly db: Database.Database) {}

  /** A new edit: a new undo step, and the end of everything that could still be redone. */
  recordEdit(batchId: string, deviceId: string, description: Description): void {
    this.db.prepare(`UPDATE history_batches SET state = 'dropped' WHERE device_id = ? AND state = 'undone'`).run(deviceId);
    this.db
      .prepare(
        `INSERT INTO history_batches (batch_id, device_id, kind, step_id, reverses, state, description, description_en, at)
         VALUES (?, ?, 'edit', ?, NULL, 'done', ?, ?, ?)`,
      )
      .run(batchId, deviceId, batchId, description.nl, description.en, new Date().toISOString());
  }

  recordReversal(
    batchId: string,
    deviceId: string,
    reversal: { kind: 'undo' | 'redo'; stepId: string; reverses: string },
    description: Description,
    skipped: number,
  ): void {
    this.db
      .prepare(
        `INSERT INTO history_batches (batch_id, device_id, kind, step_id, reverses, state, description, description_en, skipped, at)
         VALUES (?, ?, ?, ?, ?, NULL, ?, ?, ?, ?)`,
      )
      .run(
        batchId,
        deviceId,
        reversal.kind,
        reversal.stepId,
        reversal.reverses,
        description.nl,
        description.en,
        skipped,
        new Date().toISOString(),
      );
  }

  setState(stepId: string, state: StepState): void {
    this.db.prepare(`UPDATE history_batches SET state = ? WHERE batch_id = ? AND kind = 'edit'`).run(state, stepId);
  }

  /** The step the next undo takes: this device's newest done edit. */
  nextUndo(deviceId: string): Step | null {
    return this.step(
      `SELECT batch_id, description, description_en, state FROM history_batches
        WHERE device_id = ? AND state = 'done' ORDER BY seq DESC LIMIT 1`,
      deviceId,
    );
  }

  /** The step the next redo takes: this device's oldest undone edit (the one undone last). */
  nextRedo(deviceId: string): Step | null {
    return this.step(
      `SELECT batch_id, description, description_en, state FROM history_batches
        WHERE device_id = ? AND state = 'undone' ORDER BY seq ASC LIMIT 1`,
      deviceId,
    );
  }

  /** The newest batch of a step of the given kinds (the edit or its last redo; or its last undo). */
  latest(stepId: string, kinds: ReadonlyArray<JournalBatch['kind']>): JournalBatch | null {
    const row = this.db
      .prepare(
        `SELECT batch_id AS batchId, kind, skipped FROM history_batches
          WHERE step_id = ? AND kind IN (${kinds.map(() => '?').join(', ')}) ORDER BY seq DESC LIMIT 1`,
      )
      .get(stepId, ...kinds) as JournalBatch | undefined;
    return row ?? null;
  }

  private step(sql: string, deviceId: string): Step | null {
    const row = this.db.prepare(sql).get(deviceId) as
      { batch_id: string; description: string; description_en: string; state: StepState } | undefined;
    if (!row) return null;
    return { stepId: row.batch_id, description: { nl: row.description, en: row.description_en }, state: row.state };
  }
}
