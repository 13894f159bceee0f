import type Database from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import type { ChangeBatch } from '../changeLog/changeLog';

export interface EntityDefinition {
  /** Name used in the change log ("channel", "organisation", ...). */
  entity: string;
  table: string;
  /** Domain field -> SQL column, for every editable field. */
  columns: Record<string, string>;
  /** Fields stored as INTEGER 0/1 (NULL stays null). */
  booleans?: readonly string[];
}

type Values = Record<string, unknown>;

const SYSTEM_COLUMNS = { id: 'id', createdAt: 'created_at', updatedAt: 'updated_at', deletedAt: 'deleted_at' };

/**
 * Generic row writer shared by the domain services: inserts, patches and soft-deletes one
 * record and logs exactly the fields that changed. Callers validate; this only stores.
 */
export class EntityStore<T extends { id: string }> {
  private readonly allColumns: Record<string, string>;
  private readonly selectOne: Database.Statement;

  constructor(
    private readonly db: Database.Database,
    readonly definition: EntityDefinition,
  ) {
    this.allColumns = { ...SYSTEM_COLUMNS, ...definition.columns };
    const select = Object.entries(this.allColumns)
      .map(([field, column]) => `${column} AS "${field}"`)
      .join(', ');
    this.selectOne = db.prepare(`SELECT ${select} FROM ${definition.table} WHERE id = ?`);
  }

  get(id: string): T | undefined {
    const row = this.selectOne.get(id) as Values | undefined;
    return row ? this.fromStorage(row) : undefined;
  }

  insert(batch: ChangeBatch, fields: Values, id: string = randomUUID()): T {
    const now = new Date().toISOString();
    const values: Values = { id, createdAt: now, updatedAt: now, deletedAt: null };
    for (const field of Object.keys(this.definition.columns)) values[field] = fields[field] ?? null;
    const entries = Object.entries(this.allColumns);
    this.db
      .prepare(
        `INSERT INTO ${this.definition.table} (${entries.map(([, c]) => c).join(', ')})
         VALUES (${entries.map(([f]) => `@${f}`).join(', ')})`,
      )
      .run(this.toStorage(values));
    batch.record(this.definition.entity, id, 'created', null, true);
    for (const field of Object.keys(this.definition.columns)) {
      if (values[field] !== null) batch.record(this.definition.entity, id, field, null, values[field]);
    }
    return this.get(id)!;
  }

  /** Writes the fields whose value differs; returns the record as stored. */
  update(batch: ChangeBatch, current: T, patch: Values): T {
    const before = current as unknown as Values;
    const changed = Object.keys(patch).filter(
      (field) => field in this.definition.columns && patch[field] !== undefined && !sameValue(before[field], patch[field]),
    );
    if (changed.length === 0) return current;
    const now = new Date().toISOString();
    const sets = changed.map((field) => `${this.definition.columns[field]} = @${field}`);
    const values = this.toStorage({ ...Object.fromEntries(changed.map((f) => [f, patch[f]])), id: current.id, updatedAt: now });
    this.db.prepare(`UPDATE ${this.definition.table} SET ${sets.join(', ')}, updated_at = @updatedAt WHERE id = @id`).run(values);
    for (const field of changed)
      batch.record(this.definition.entity, current.id, field, before[field] ?? null, patch[field] ?? null);
    return this.get(current.id)!;
  }

  /** Soft delete or restore: deletion is a field like any other, so it can be undone and synced. */
  setDeleted(batch: ChangeBatch, current: T, deleted: boolean): T {
    const before = (current as unknown as Values).deletedAt ?? null;
    const after = deleted ? new Date().toISOString() : null;
    if ((before === null) === (after === null)) return current;
    this.db
      .prepare(`UPDATE ${this.definition.table} SET deleted_at = ?, updated_at = ? WHERE id = ?`)
      .run(after, new Date().toISOString(), current.id);
    batch.record(this.definition.entity, current.id, 'deletedAt', before, after);
    return this.get(current.id)!;
  }

  private toStorage(values: Values): Values {
    const stored: Values = { ...values };
    for (const field of this.definition.booleans ?? []) {
      if (field in stored && typeof stored[field] === 'boolean') stored[field] = stored[field] ? 1 : 0;
    }
    return stored;
  }

  private fromStorage(row: Values): T {
    for (const field of this.definition.booleans ?? []) {
      if (row[field] !== null && row[field] !== undefined) row[field] = row[field] === 1;
    }
    return row as unknown as T;
  }
}

function sameValue(a: unknown, b: unknown): boolean {
  return (a ?? null) === (b ?? null);
}
