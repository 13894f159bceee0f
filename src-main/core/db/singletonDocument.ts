import type Database from 'better-sqlite3';
import type { z } from 'zod';
import type { ChangeLog } from '../changeLog/changeLog';
import { validate } from '../validation';
import { EntityStore } from './entityStore';

export interface SingletonDocumentDefinition<S extends z.ZodObject> {
  /** Change-log entity name ("noteTemplate", "reviewSettings"). */
  entity: string;
  /** A table with a JSON `definition` column and a unique index that allows one live row. */
  table: string;
  /**
   * The name the change log records the document under. Registers already hold rows logged under
   * it and undo writes them back through it, so it cannot change once released.
   */
  field: string;
  schema: S;
  /** What get() answers until a document is saved, and per field where a stored one is unusable. */
  defaults: z.output<S>;
}

/**
 * One JSON document per register (the college-note template, the review settings), kept in the
 * register so every laptop that opens the file uses the same one. There is one row: saving
 * changes it, or brings back the one an undo removed, so undo and redo never meet a second row.
 * Every save is one change batch, one undo step.
 */
export class SingletonDocument<S extends z.ZodObject> {
  private readonly store: EntityStore<{ id: string } & Record<string, unknown>>;

  constructor(
    private readonly db: Database.Database,
    private readonly log: ChangeLog,
    private readonly definition: SingletonDocumentDefinition<S>,
  ) {
    this.store = new EntityStore(db, {
      entity: definition.entity,
      table: definition.table,
      columns: { [definition.field]: 'definition' },
      json: [definition.field],
    });
  }

  get(): z.output<S> {
    const live = this.row('deleted_at IS NULL');
    return live ? this.read(live[this.definition.field]) : this.definition.defaults;
  }

  save(document: z.output<S>): z.output<S> {
    const values = { [this.definition.field]: validate(this.definition.schema, document) };
    this.log.batch((batch) => {
      const live = this.row('deleted_at IS NULL');
      if (live) return this.store.update(batch, live, values);
      const removed = this.row('deleted_at IS NOT NULL');
      if (!removed) return this.store.insert(batch, values);
      return this.store.update(batch, this.store.setDeleted(batch, removed, false), values);
    });
    return this.get();
  }

  /** The newest row matching `where` (live: the only one). */
  private row(where: string) {
    const id = this.db
      .prepare(`SELECT id FROM ${this.definition.table} WHERE ${where} ORDER BY updated_at DESC, id LIMIT 1`)
      .pluck()
      .get() as string | undefined;
    return id === undefined ? undefined : this.store.get(id);
  }

  /**
   * A stored document as this version can use it: fields that do not validate (written by a newer
   * version, or edited by hand) take the default instead of losing the whole document.
   */
  private read(stored: unknown): z.output<S> {
    const { schema, defaults } = this.definition;
    const fields =
      typeof stored === 'object' && stored !== null && !Array.isArray(stored) ? (stored as Record<string, unknown>) : {};
    return Object.fromEntries(
      Object.entries(schema.shape).map(([key, field]) => {
        const part = field.safeParse(fields[key]);
        return [key, part.success ? part.data : defaults[key as keyof z.output<S>]];
      }),
    ) as z.output<S>;
  }
}
