import type Database from 'better-sqlite3';
import {
  budgetFieldsSchema,
  budgetPatchSchema,
  type Budget,
  type BudgetFields,
  type BudgetListQuery,
  type BudgetPatch,
} from '../../../shared/domain/budget';
import { COST_CATEGORIES, type CostCategory } from '../../../shared/domain/cost';
import { COST_CATEGORY_LABELS } from '../../../shared/domain/labels';
import type { ChangeBatch, ChangeLog } from '../changeLog/changeLog';
import { EntityStore } from '../db/entityStore';
import { DomainError, notFound } from '../errors';
import { assertLiveReferences } from '../references/liveReferences';
import { validate } from '../validation';
import { BUDGETS_TABLE } from './budgetsTable';
import { unknownIds } from './unknownIds';

/** A budget's row as stored: its owner's name is joined in when read. */
type StoredBudget = Omit<Budget, 'scopeName'> & { deletedAt: string | null };

const BUDGET = { nl: 'Budget', en: 'Budget' };
const BUDGETS = {
  one: { nl: 'Dit budget bestaat', en: 'This budget does' },
  many: { nl: 'Deze budgetten bestaan', en: 'These budgets do' },
};

const SELECT = `SELECT b.id, b.year, b.channel_id AS channelId, b.organisation_id AS organisationId, b.category,
    b.amount_cents AS amountCents, b.notes, COALESCE(ch.name, o.name) AS scopeName,
    b.created_at AS createdAt, b.updated_at AS updatedAt
  FROM budgets b
  LEFT JOIN channels ch ON ch.id = b.channel_id
  LEFT JOIN organisations o ON o.id = b.organisation_id`;

/** A budget is shown while it and its channel or organisation are live (it goes to the bin with its owner). */
const VISIBLE = `b.deleted_at IS NULL AND (b.channel_id IS NULL OR ch.deleted_at IS NULL)
  AND (b.organisation_id IS NULL OR o.deleted_at IS NULL)`;

const CATEGORY_RANK = `CASE b.category ${COST_CATEGORIES.map((c, i) => `WHEN '${c}' THEN ${i}`).join(' ')} END`;

/**
 * Budgets per year for the whole register, a channel or an organisation, optionally for one
 * category. One live budget per year and scope: a second one is refused with a message before
 * SQLite's unique index would refuse it without one.
 */
export class BudgetsService {
  private readonly store: EntityStore<StoredBudget>;

  constructor(
    private readonly db: Database.Database,
    private readonly log: ChangeLog,
  ) {
    this.store = new EntityStore<StoredBudget>(db, BUDGETS_TABLE);
  }

  /** By year; within a year the register's budgets first, then organisations', then channels', by name and category. */
  list(query: BudgetListQuery): Budget[] {
    const conditions = [VISIBLE];
    if (query.fromYear !== undefined) conditions.push('b.year >= @fromYear');
    if (query.toYear !== undefined) conditions.push('b.year <= @toYear');
    if (query.channelId) conditions.push('b.channel_id = @channelId');
    if (query.organisationId) conditions.push('b.organisation_id = @organisationId');
    return this.db
      .prepare(
        `${SELECT} WHERE ${conditions.join(' AND ')}
          ORDER BY b.year, CASE WHEN b.channel_id IS NOT NULL THEN 2 WHEN b.organisation_id IS NOT NULL THEN 1 ELSE 0 END,
            COALESCE(ch.name_folded, o.name_folded), ${CATEGORY_RANK} NULLS FIRST, b.id`,
      )
      .all(query) as Budget[];
  }

  create(fields: BudgetFields, batch?: ChangeBatch): Budget {
    const valid = validate(budgetFieldsSchema, fields);
    assertLiveReferences(this.db, BUDGETS_TABLE.entity, valid);
    this.assertFree(valid, null);
    const stored = this.inBatch(batch, (b) => this.store.insert(b, valid));
    return this.toBudget(stored.id);
  }

  /** Giving a budget a channel takes it from its organisation and vice versa; the result is checked as a whole. */
  update(id: string, patch: BudgetPatch, batch?: ChangeBatch): Budget {
    const valid = validate(budgetPatchSchema, patch);
    const current = this.live(id);
    const merged: Record<string, unknown> = {
      year: current.year,
      channelId: current.channelId,
      organisationId: current.organisationId,
      category: current.category,
      amountCents: current.amountCents,
      notes: current.notes,
    };
    for (const [field, value] of Object.entries(valid)) if (value !== undefined) merged[field] = value;
    if (typeof valid.channelId === 'string' && valid.organisationId === undefined) merged.organisationId = null;
    if (typeof valid.organisationId === 'string' && valid.channelId === undefined) merged.channelId = null;
    const budget = validate(budgetFieldsSchema, merged);
    assertLiveReferences(this.db, BUDGETS_TABLE.entity, budget);
    this.assertFree(budget, id);
    this.inBatch(batch, (b) => this.store.update(b, current, budget));
    return this.toBudget(id);
  }

  /** Soft delete, one undo step; refused as a whole when an id is unknown. */
  delete(ids: readonly string[]): { updated: number } {
    const unique = [...new Set(ids)];
    const missing = this.store.missing(unique);
    if (missing.length > 0) throw unknownIds(BUDGETS, missing);
    return this.log.batch((b) => {
      let updated = 0;
      for (const id of unique) {
        const budget = this.store.get(id)!;
        if (this.store.setDeleted(b, budget, true) !== budget) updated += 1;
      }
      return { updated };
    });
  }

  private live(id: string): StoredBudget {
    const budget = this.store.get(id);
    if (!budget || budget.deletedAt !== null) throw notFound(BUDGET, id);
    return budget;
  }

  private toBudget(id: string): Budget {
    return this.db.prepare(`${SELECT} WHERE b.id = ?`).get(id) as Budget;
  }

  /** Says which budget is already there instead of SQLite's bare "UNIQUE constraint failed". */
  private assertFree(
    budget: { year: number; channelId?: string | null; organisationId?: string | null; category?: CostCategory | null },
    exceptId: string | null,
  ): void {
    const taken = this.db
      .prepare(
        `${SELECT} WHERE b.deleted_at IS NULL AND b.year = @year AND b.channel_id IS @channelId
           AND b.organisation_id IS @organisationId AND b.category IS @category AND b.id IS NOT @exceptId`,
      )
      .get({
        year: budget.year,
        channelId: budget.channelId ?? null,
        organisationId: budget.organisationId ?? null,
        category: budget.category ?? null,
        exceptId,
      }) as Budget | undefined;
    if (!taken) return;
    const scope = taken.channelId
      ? { nl: `kanaal "${taken.scopeName}"`, en: `channel "${taken.scopeName}"` }
      : taken.organisationId
        ? { nl: `organisatie "${taken.scopeName}"`, en: `organisation "${taken.scopeName}"` }
        : { nl: 'het hele register', en: 'the whole register' };
    const category = taken.category
      ? {
          nl: `, categorie ${COST_CATEGORY_LABELS[taken.category].nl}`,
          en: `, category ${COST_CATEGORY_LABELS[taken.category].en}`,
        }
      : { nl: ' (alle categorieën)', en: ' (all categories)' };
    throw new DomainError(
      'CONFLICT',
      `Er is al een budget voor ${taken.year} voor ${scope.nl}${category.nl}. Pas dat budget aan in plaats van een tweede te maken.`,
      `There already is a budget for ${taken.year} for ${scope.en}${category.en}. Change that budget instead of adding a second one.`,
      { budgetId: taken.id },
    );
  }

  private inBatch<T>(batch: ChangeBatch | undefined, work: (batch: ChangeBatch) => T): T {
    return batch ? work(batch) : this.log.batch(work);
  }
}
