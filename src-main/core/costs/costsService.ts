import type Database from 'better-sqlite3';
import {
  costLineFieldsSchema,
  costLinePatchSchema,
  type CostLine,
  type CostLineFields,
  type CostLineList,
  type CostListQuery,
  type CostLinePatch,
} from '../../../shared/domain/cost';
import type { PasteResult } from '../../../shared/domain/paste';
import type { ChangeBatch, ChangeLog } from '../changeLog/changeLog';
import { EntityStore } from '../db/entityStore';
import { DomainError, notFound } from '../errors';
import { assertLiveReferences } from '../references/liveReferences';
import { validate } from '../validation';
import { mergeCostPatch } from './costLineRecord';
import { COST_LINES_TABLE } from './costLinesTable';
import { pasteCostLines, type CostPasteRow } from './costPaste';
import { isCostLineVisible, listCostLines } from './costsRepo';
import { unknownIds } from './unknownIds';

const COST_LINE = { nl: 'Kostenlijn', en: 'Cost line' };
const COST_LINES = {
  one: { nl: 'Deze kostenlijn bestaat', en: 'This cost line does' },
  many: { nl: 'Deze kostenlijnen bestaan', en: 'These cost lines do' },
};

/**
 * The rules for cost lines: one owner (a channel, or an organisation for a shared cost), live
 * references, end not before start; every write validated and logged as one undo step.
 */
export class CostsService {
  private readonly store: EntityStore<CostLine>;

  constructor(
    private readonly db: Database.Database,
    private readonly log: ChangeLog,
  ) {
    this.store = new EntityStore<CostLine>(db, COST_LINES_TABLE);
  }

  list(query: CostListQuery): CostLineList {
    return listCostLines(this.db, query);
  }

  /** Also a deleted line (the bin shows them). */
  get(id: string): CostLine {
    const line = this.store.get(id);
    if (!line) throw notFound(COST_LINE, id);
    return line;
  }

  /** A line without recurrence is a one-off cost. */
  create(fields: CostLineFields, batch?: ChangeBatch): CostLine {
    const valid = validate(costLineFieldsSchema, fields);
    assertLiveReferences(this.db, COST_LINES_TABLE.entity, valid);
    return this.inBatch(batch, (b) => this.store.insert(b, { ...valid, recurrence: valid.recurrence ?? 'once' }));
  }

  /**
   * Giving a line a channel takes it from its organisation and vice versa (mergeCostPatch); the
   * line as it would be after the patch is checked as a whole. A deleted line, or one whose
   * channel or organisation was deleted, is not edited: it has to be restored first.
   */
  update(id: string, patch: CostLinePatch, batch?: ChangeBatch): CostLine {
    const valid = validate(costLinePatchSchema, patch);
    const current = this.get(id);
    if (!isCostLineVisible(this.db, id)) {
      throw new DomainError(
        'CONFLICT',
        'Deze kostenlijn is verwijderd (of haar kanaal of organisatie): zet ze eerst terug.',
        'This cost line was deleted (or its channel or organisation was): restore it first.',
        { id },
      );
    }
    const line = validate(costLineFieldsSchema, mergeCostPatch(current, valid));
    assertLiveReferences(this.db, COST_LINES_TABLE.entity, line);
    return this.inBatch(batch, (b) => this.store.update(b, current, line));
  }

  /** Soft delete: the lines go to the bin; one undo step. */
  delete(ids: readonly string[]): { updated: number } {
    return this.eachExisting(ids, (b, line) => this.store.setDeleted(b, line, true));
  }

  /** Refused when a line's channel or organisation was deleted in the meantime: restore that first. */
  restore(ids: readonly string[]): { updated: number } {
    return this.eachExisting(ids, (b, line) => {
      assertLiveReferences(this.db, COST_LINES_TABLE.entity, line as unknown as Record<string, unknown>);
      return this.store.setDeleted(b, line, false);
    });
  }

  paste(rows: readonly CostPasteRow[]): PasteResult {
    return pasteCostLines(this.db, this.log, this.store, rows);
  }

  /** Runs `write` on each line in one batch and counts the lines it changed; refused as a whole when an id is unknown. */
  private eachExisting(ids: readonly string[], write: (batch: ChangeBatch, line: CostLine) => CostLine): { updated: number } {
    const unique = [...new Set(ids)];
    const missing = this.store.missing(unique);
    if (missing.length > 0) throw unknownIds(COST_LINES, missing);
    return this.log.batch((b) => {
      let updated = 0;
      for (const id of unique) {
        const line = this.store.get(id)!;
        if (write(b, line) !== line) updated += 1;
      }
      return { updated };
    });
  }

  private inBatch<T>(batch: ChangeBatch | undefined, work: (batch: ChangeBatch) => T): T {
    return batch ? work(batch) : this.log.batch(work);
  }
}
