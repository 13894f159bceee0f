import type Database from 'better-sqlite3';
import { savedViewFieldsSchema, type SavedView, type ViewDefinition } from '../../../shared/domain/savedView';
import type { ChangeLog } from '../changeLog/changeLog';
import { nameKey } from '../channels/nameIndex';
import { EntityStore, type EntityDefinition } from '../db/entityStore';
import { DomainError, notFound } from '../errors';
import { validate } from '../validation';
import { readViewDefinition } from './viewDefinition';

const VIEWS_TABLE: EntityDefinition = {
  entity: 'savedView',
  table: 'saved_views',
  columns: { name: 'name', definition: 'definition' },
  json: ['definition'],
};

const VIEW = { nl: 'Weergave', en: 'View' };

interface StoredView {
  id: string;
  name: string;
  definition: unknown;
  updatedAt: string;
  deletedAt: string | null;
}

/** Named grid views, stored in the register and changed through the change log like any record. */
export class ViewsService {
  private readonly store: EntityStore<StoredView>;

  constructor(
    private readonly db: Database.Database,
    private readonly log: ChangeLog,
  ) {
    this.store = new EntityStore(db, VIEWS_TABLE);
  }

  list(): SavedView[] {
    const rows = this.db
      .prepare(
        `SELECT id, name, definition, updated_at AS updatedAt FROM saved_views
          WHERE deleted_at IS NULL ORDER BY name COLLATE NOCASE, id`,
      )
      .all() as Array<{ id: string; name: string; definition: string; updatedAt: string }>;
    return rows.map((row) => ({ ...row, definition: readViewDefinition(JSON.parse(row.definition)) }));
  }

  /** Creates a view, or replaces the one with `id`; a name another live view has is refused. */
  save(id: string | undefined, fields: { name: string; definition: ViewDefinition }): SavedView {
    const valid = validate(savedViewFieldsSchema, fields);
    const current = id === undefined ? undefined : this.live(id);
    this.assertNameFree(valid.name, id);
    const stored = this.log.batch((b) => (current ? this.store.update(b, current, valid) : this.store.insert(b, valid)));
    return toView(stored);
  }

  delete(id: string): null {
    const current = this.live(id);
    this.log.batch((b) => this.store.setDeleted(b, current, true));
    return null;
  }

  private live(id: string): StoredView {
    const view = this.store.get(id);
    if (!view || view.deletedAt !== null) throw notFound(VIEW, id);
    return view;
  }

  private assertNameFree(name: string, ownId: string | undefined): void {
    const key = nameKey(name);
    const taken = this.list().find((view) => view.id !== ownId && nameKey(view.name) === key);
    if (taken) {
      throw new DomainError(
        'CONFLICT',
        `Er is al een weergave met de naam "${taken.name}". Kies een andere naam.`,
        `There already is a view named "${taken.name}". Choose another name.`,
        { field: 'name', id: taken.id },
      );
    }
  }
}

function toView(stored: StoredView): SavedView {
  return { id: stored.id, name: stored.name, definition: readViewDefinition(stored.definition), updatedAt: stored.updatedAt };
}
