import type Database from 'better-sqlite3';
import type { z } from 'zod';
import { uuid } from '../../../shared/domain/fields';
import { snapshotFieldsSchema, type FollowerSnapshot, type SnapshotFields } from '../../../shared/domain/snapshot';
import {
  pasteCountsSchema,
  saveCountsSchema,
  type MonthlySheetRow,
  type SaveCountsResult,
} from '../../../shared/domain/snapshotEntry';
import type { ChangeBatch, ChangeLog } from '../changeLog/changeLog';
import { EntityStore } from '../db/entityStore';
import { DomainError } from '../errors';
import { validate } from '../validation';
import { monthlySheet } from './monthlySheet';
import { readPastedCounts } from './pastedCounts';
import { saveCountEntries } from './saveCountEntries';
import { SNAPSHOTS_TABLE } from './snapshotsTable';

export type SaveCountsInput = z.output<typeof saveCountsSchema>;

/** A row as the store reads it: with its soft-delete mark. */
type StoredSnapshot = FollowerSnapshot & { deletedAt: string | null };

/** Dated follower counts: the monthly sheet, pasted blocks and file imports all save through saveCounts. */
export class SnapshotsService {
  private readonly store: EntityStore<FollowerSnapshot>;

  constructor(
    private readonly db: Database.Database,
    private readonly log: ChangeLog,
  ) {
    this.store = new EntityStore(db, SNAPSHOTS_TABLE);
  }

  /** One snapshot (the sample loader, tests); a live one on that day is refused as a conflict. */
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

  /** A channel's live counts, newest first. */
  forChannel(channelId: string, limit = 10_000): FollowerSnapshot[] {
    validate(uuid, channelId);
    return this.db
      .prepare(
        `SELECT id, channel_id AS channelId, date, count, metric, source, notes FROM follower_snapshots
          WHERE channel_id = ? AND deleted_at IS NULL ORDER BY date DESC, metric LIMIT ?`,
      )
      .all(channelId, limit) as FollowerSnapshot[];
  }

  /**
   * Counts for one date as one undo step (or inside `batch`, for an import that is part of a
   * larger step). See saveCountEntries for duplicates, drops and problems.
   */
  saveCounts(input: SaveCountsInput, batch?: ChangeBatch): SaveCountsResult {
    const valid = validate(saveCountsSchema, input);
    const entries = valid.entries.map((entry, index) => ({ ...entry, row: index + 1, date: valid.date }));
    return saveCountEntries(this.db, this.store, this.log, entries, {
      onDuplicate: valid.onDuplicate ?? 'ask',
      source: valid.source?.trim() || null,
      batch,
    });
  }

  /** A block pasted from a spreadsheet: unreadable lines are problems, the others are saved as by saveCounts. */
  paste(input: z.input<typeof pasteCountsSchema>): SaveCountsResult {
    const valid = validate(pasteCountsSchema, input);
    const { entries, problems } = readPastedCounts(this.db, valid.rows);
    return saveCountEntries(this.db, this.store, this.log, entries, {
      onDuplicate: valid.onDuplicate ?? 'ask',
      source: 'Geplakt uit een rekenblad',
      problems,
    });
  }

  /** The monthly count sheet for `date`. */
  sheet(date: string): MonthlySheetRow[] {
    return monthlySheet(this.db, date);
  }

  /** Soft delete as one undo step; ids already deleted or unknown are refused as a whole. */
  delete(ids: readonly string[]): { deleted: number } {
    const unique = [...new Set(ids)];
    const rows = unique.map((id) => this.store.get(id) as StoredSnapshot | undefined);
    const missing = unique.filter((_, i) => !rows[i] || rows[i]!.deletedAt);
    if (missing.length > 0) {
      throw new DomainError(
        'NOT_FOUND',
        `${missing.length} telling(en) bestaan niet (meer): ${missing.slice(0, 5).join(', ')}.`,
        `${missing.length} count(s) do not exist: ${missing.slice(0, 5).join(', ')}.`,
        { ids: missing },
      );
    }
    this.log.batch((batch) => {
      for (const row of rows) this.store.setDeleted(batch, row!, true);
    });
    return { deleted: rows.length };
  }
}
