import type Database from 'better-sqlite3';
import type { ReviewDecision, ReviewRule } from '../../../shared/domain/review';
import type { ChangeBatch } from '../changeLog/changeLog';
import { EntityStore, type EntityDefinition } from '../db/entityStore';

const REVIEW_DECISIONS_TABLE: EntityDefinition = {
  entity: 'reviewDecision',
  table: 'review_decisions',
  columns: {
    rule: 'rule',
    subjectKey: 'subject_key',
    state: 'state',
    fingerprint: 'fingerprint',
    reason: 'reason',
    ownerPersonId: 'owner_person_id',
    dueDate: 'due_date',
    recommendation: 'recommendation',
  },
};

export interface StoredDecision {
  id: string;
  rule: ReviewRule;
  subjectKey: string;
  state: ReviewDecision['state'];
  fingerprint: string;
  reason: string | null;
  ownerPersonId: string | null;
  dueDate: string | null;
  recommendation: string | null;
  updatedAt: string;
  deletedAt: string | null;
}

export type DecisionValues = Pick<
  StoredDecision,
  'rule' | 'subjectKey' | 'state' | 'fingerprint' | 'reason' | 'ownerPersonId' | 'dueDate' | 'recommendation'
>;

/** The stored decisions (migration 0006): one live row per rule and subject. */
export class ReviewDecisions {
  private readonly store: EntityStore<StoredDecision>;

  constructor(private readonly db: Database.Database) {
    this.store = new EntityStore(db, REVIEW_DECISIONS_TABLE);
  }

  /** Every live decision with its owner's name, by `${rule}:${subjectKey}`. */
  live(): Map<string, ReviewDecision> {
    const rows = this.db
      .prepare(
        `SELECT d.id, d.rule, d.subject_key AS subjectKey, d.state, d.fingerprint, d.reason,
                d.owner_person_id AS ownerPersonId, p.name AS ownerName, d.due_date AS dueDate,
                d.recommendation, d.updated_at AS decidedAt
           FROM review_decisions d LEFT JOIN people p ON p.id = d.owner_person_id
          WHERE d.deleted_at IS NULL`,
      )
      .all() as ReviewDecision[];
    return new Map(rows.map((row) => [`${row.rule}:${row.subjectKey}`, row]));
  }

  /** Sets the decision for a rule and subject (changing the live row, or adding one). */
  set(batch: ChangeBatch, values: DecisionValues): void {
    const current = this.liveRow(values.rule, values.subjectKey);
    if (current) this.store.update(batch, current, values);
    else this.store.insert(batch, values);
  }

  /** Reopens: the live decision is deleted (kept for the history). */
  remove(batch: ChangeBatch, rule: ReviewRule, subjectKey: string): void {
    const current = this.liveRow(rule, subjectKey);
    if (current) this.store.setDeleted(batch, current, true);
  }

  liveRow(rule: ReviewRule, subjectKey: string): StoredDecision | undefined {
    const id = this.db
      .prepare(`SELECT id FROM review_decisions WHERE rule = ? AND subject_key = ? AND deleted_at IS NULL`)
      .pluck()
      .get(rule, subjectKey) as string | undefined;
    return id === undefined ? undefined : this.store.get(id);
  }
}
