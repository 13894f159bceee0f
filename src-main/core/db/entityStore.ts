import type Database from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import type { ChangeBatch } from '../changeLog/changeLog';

export type Values = Record<string, unknown>;

/**
 * Columns the app computes from a record's fields and stores next to them (folded text for
 * search, the URL's comparison key). They are written with every insert and update and never
 * logged: the change log holds what the user wrote, these follow from it.
 */
export interface DerivedColumns {
  /** SQL column -> its value, computed from the whole record as it is after the write (and other rows it names). */
  columns: Record<string, (record: Values, db: Database.Database) => unknown>;
  /** A derived column that is never null once computed: rows where it is null are filled on open. */
  presence: string;
}

export interface EntityDefinition {
  /** Name used in the change log ("channel", "organisation", ...). */
  entity: string;
  table: string;
  /** Domain field -> SQL column, for every editable field. */
  columns: Record<string, string>;
  /** Fields stored as INTEGER 0/1 (NULL stays null). */
  booleans?: readonly string[];
  /** Fields stored as JSON text and handled as objects. */
  json?: readonly string[];
  derived?: DerivedColumns;
  /**
   * Called after an update wrote `changed` fields, in the same transaction: for other tables whose
   * derived columns copy this record (a channel's search text holds its organisation's name).
   */
  afterUpdate?: (db: Database.Database, id: string, changed: readonly string[]) => void;
}

const SYSTEM_COLUMNS = { id: 'id', createdAt: 'created_at', updatedAt: 'updated_at', deletedAt: 'deleted_at' };

/** SQLite's limit on bound parameters is far above this; chunks keep the statements small. */
const ID_CHUNK = 500;

/**
 * Every store registers itself under its change-log entity name, per database, so undo and redo
 * can write any entity back through the same column mapping and derived columns as the service
 * that wrote it first.
 */
const registries = new WeakMap<Database.Database, Map<string, EntityStore<{ id: string }>>>();

/**
 * Generic row writer shared by the domain services: inserts, patches and soft-deletes one
 * record and logs exactly the fields that changed. Callers validate; this only stores.
 */
export class EntityStore<T extends { id: string }> {
  private readonly allColumns: Record<string, string>;
  private readonly selectOne: Database.Statement;
  private readonly statements = new Map<string, Database.Statement>();

  constructor(
    private readonly db: Database.Database,
    readonly definition: EntityDefinition,
  ) {
    this.allColumns = { ...SYSTEM_COLUMNS, ...definition.columns };
    const select = Object.entries(this.allColumns)
      .map(([field, column]) => `${column} AS "${field}"`)
      .join(', ');
    this.selectOne = db.prepare(`SELECT ${select} FROM ${definition.table} WHERE id = ?`);
    let registry = registries.get(db);
    if (!registry) registries.set(db, (registry = new Map()));
    registry.set(definition.entity, this as unknown as EntityStore<{ id: string }>);
  }

  /** The store registered for a change-log entity name on this database, if any. */
  static forEntity(db: Database.Database, entity: string): EntityStore<{ id: string }> | undefined {
    return registries.get(db)?.get(entity);
  }

  /** Fills the derived columns every registered store is missing (see fillDerived); returns the rows filled. */
  static fillAllDerived(db: Database.Database): number {
    let filled = 0;
    for (const store of registries.get(db)?.values() ?? []) filled += store.fillDerived();
    return filled;
  }

  get(id: string): T | undefined {
    const row = this.selectOne.get(id) as Values | undefined;
    return row ? this.fromStorage(row) : undefined;
  }

  /** The ids among `ids` that have no row at all (deleted rows exist). */
  missing(ids: readonly string[]): string[] {
    const found = new Set<string>();
    for (let start = 0; start < ids.length; start += ID_CHUNK) {
      const chunk = ids.slice(start, start + ID_CHUNK);
      const rows = this.statement(`SELECT id FROM ${this.definition.table} WHERE id IN (${chunk.map(() => '?').join(', ')})`).all(
        ...chunk,
      ) as Array<{ id: string }>;
      for (const row of rows) found.add(row.id);
    }
    return [...new Set(ids)].filter((id) => !found.has(id));
  }

  insert(batch: ChangeBatch, fields: Values, id: string = randomUUID()): T {
    const now = new Date().toISOString();
    const values: Values = { id, createdAt: now, updatedAt: now, deletedAt: null };
    for (const field of Object.keys(this.definition.columns)) values[field] = fields[field] ?? null;
    const entries = Object.entries(this.allColumns);
    const derived = this.derivedValues(values);
    const columns = [...entries.map(([, c]) => c), ...Object.keys(derived)];
    const params = [...entries.map(([f]) => `@${f}`), ...Object.keys(derived).map((_, i) => `@__derived${i}`)];
    this.statement(`INSERT INTO ${this.definition.table} (${columns.join(', ')}) VALUES (${params.join(', ')})`).run({
      ...this.toStorage(values),
      ...Object.fromEntries(Object.values(derived).map((value, i) => [`__derived${i}`, value])),
    });
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
    const after: Values = { ...before, ...Object.fromEntries(changed.map((f) => [f, patch[f]])) };
    const derived = this.derivedValues(after);
    const sets = [
      ...changed.map((field) => `${this.definition.columns[field]} = @${field}`),
      ...Object.keys(derived).map((column, i) => `${column} = @__derived${i}`),
    ];
    this.statement(`UPDATE ${this.definition.table} SET ${sets.join(', ')}, updated_at = @updatedAt WHERE id = @id`).run({
      ...this.toStorage(Object.fromEntries(changed.map((f) => [f, patch[f]]))),
      ...Object.fromEntries(Object.values(derived).map((value, i) => [`__derived${i}`, value])),
      id: current.id,
      updatedAt: now,
    });
    for (const field of changed)
      batch.record(this.definition.entity, current.id, field, before[field] ?? null, patch[field] ?? null);
    this.definition.afterUpdate?.(this.db, current.id, changed);
    return this.get(current.id)!;
  }

  /** Soft delete or restore: deletion is a field like any other, so it can be undone and synced. */
  setDeleted(batch: ChangeBatch, current: T, deleted: boolean): T {
    return this.setDeletedAt(batch, current, deleted ? new Date().toISOString() : null);
  }

  /** Sets deleted_at to a given moment (or null); a row already in that state (live or deleted) is left alone. */
  setDeletedAt(batch: ChangeBatch, current: T, deletedAt: string | null): T {
    const before = (current as unknown as Values).deletedAt ?? null;
    if ((before === null) === (deletedAt === null)) return current;
    this.statement(`UPDATE ${this.definition.table} SET deleted_at = ?, updated_at = ? WHERE id = ?`).run(
      deletedAt,
      new Date().toISOString(),
      current.id,
    );
    batch.record(this.definition.entity, current.id, 'deletedAt', before, deletedAt);
    return this.get(current.id)!;
  }

  /**
   * Computes the derived columns of rows that have none yet (written before the columns existed,
   * or by a tool that does not know them). Returns how many rows it filled.
   */
  fillDerived(): number {
    const derived = this.definition.derived;
    return derived ? this.refreshDerived(`${derived.presence} IS NULL`) : 0;
  }

  /** Recomputes the derived columns of the rows matching `where` (SQL over this table); returns how many. */
  refreshDerived(where: string, ...params: unknown[]): number {
    const derived = this.definition.derived;
    if (!derived) return 0;
    const select = Object.entries(this.allColumns)
      .map(([field, column]) => `${column} AS "${field}"`)
      .join(', ');
    const rows = this.statement(`SELECT ${select} FROM ${this.definition.table} WHERE ${where}`).all(...params) as Values[];
    if (rows.length === 0) return 0;
    const columns = Object.keys(derived.columns);
    const update = this.statement(
      `UPDATE ${this.definition.table} SET ${columns.map((c, i) => `${c} = @d${i}`).join(', ')} WHERE id = @id`,
    );
    this.db.transaction(() => {
      for (const row of rows) {
        const values = this.derivedValues(this.fromStorage(row) as unknown as Values);
        update.run({ id: row.id, ...Object.fromEntries(Object.values(values).map((value, i) => [`d${i}`, value])) });
      }
    })();
    return rows.length;
  }

  private derivedValues(record: Values): Values {
    const derived = this.definition.derived;
    if (!derived) return {};
    return Object.fromEntries(Object.entries(derived.columns).map(([column, compute]) => [column, compute(record, this.db)]));
  }

  private statement(sql: string): Database.Statement {
    let statement = this.statements.get(sql);
    if (!statement) this.statements.set(sql, (statement = this.db.prepare(sql)));
    return statement;
  }

  private toStorage(values: Values): Values {
    const stored: Values = { ...values };
    for (const field of this.definition.booleans ?? []) {
      if (field in stored && typeof stored[field] === 'boolean') stored[field] = stored[field] ? 1 : 0;
    }
    for (const field of this.definition.json ?? []) {
      if (field in stored && stored[field] !== null && stored[field] !== undefined) stored[field] = JSON.stringify(stored[field]);
    }
    return stored;
  }

  private fromStorage(row: Values): T {
    for (const field of this.definition.booleans ?? []) {
      if (row[field] !== null && row[field] !== undefined) row[field] = row[field] === 1;
    }
    for (const field of this.definition.json ?? []) {
      if (typeof row[field] === 'string') row[field] = JSON.parse(row[field]);
    }
    return row as unknown as T;
  }
}

/** Equal as stored: null and undefined are one "empty"; objects (JSON fields) compare by content. */
export function sameValue(a: unknown, b: unknown): boolean {
  const left = a ?? null;
  const right = b ?? null;
  if (typeof left === 'object' || typeof right === 'object') return JSON.stringify(left) === JSON.stringify(right);
  return left === right;
}
