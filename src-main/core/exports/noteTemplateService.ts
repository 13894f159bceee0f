import type Database from 'better-sqlite3';
import { collegeNoteSchema, type CollegeNote } from '../../../shared/domain/collegeNote';
import type { ChangeLog } from '../changeLog/changeLog';
import { EntityStore, type EntityDefinition } from '../db/entityStore';
import { validate } from '../validation';
import { COLLEGE_NOTE_DEFAULT } from './collegeNoteDefault';

const NOTE_TEMPLATES_TABLE: EntityDefinition = {
  entity: 'noteTemplate',
  table: 'note_templates',
  columns: { texts: 'definition' },
  json: ['texts'],
};

interface StoredTemplate {
  id: string;
  texts: unknown;
  updatedAt: string;
  deletedAt: string | null;
}

/**
 * The register's college-note template: the texts the Word export starts from. Until one is
 * saved it is the built-in default. There is one row per register (migration 0005): saving
 * changes it, or brings back the one an undo removed, so undo and redo never meet a second row.
 * Every save is one change batch, one undo step.
 */
export class NoteTemplateService {
  private readonly store: EntityStore<StoredTemplate>;

  constructor(
    private readonly db: Database.Database,
    private readonly log: ChangeLog,
  ) {
    this.store = new EntityStore(db, NOTE_TEMPLATES_TABLE);
  }

  get(): CollegeNote {
    const live = this.row('deleted_at IS NULL');
    return live ? readTemplate(live.texts) : COLLEGE_NOTE_DEFAULT;
  }

  save(note: CollegeNote): CollegeNote {
    const texts = validate(collegeNoteSchema, note);
    this.log.batch((batch) => {
      const live = this.row('deleted_at IS NULL');
      if (live) return this.store.update(batch, live, { texts });
      const removed = this.row('deleted_at IS NOT NULL');
      if (!removed) return this.store.insert(batch, { texts });
      return this.store.update(batch, this.store.setDeleted(batch, removed, false), { texts });
    });
    return this.get();
  }

  /** The newest row matching `where` (live: the only one). */
  private row(where: string): StoredTemplate | undefined {
    const id = this.db
      .prepare(`SELECT id FROM note_templates WHERE ${where} ORDER BY updated_at DESC, id LIMIT 1`)
      .pluck()
      .get() as string | undefined;
    return id === undefined ? undefined : this.store.get(id);
  }
}

/**
 * A stored template as this version can use it: fields that do not validate (written by a newer
 * version, or edited by hand) take the default's text instead of losing the whole template.
 */
function readTemplate(stored: unknown): CollegeNote {
  const whole = collegeNoteSchema.safeParse(stored);
  if (whole.success) return whole.data;
  const fields =
    typeof stored === 'object' && stored !== null && !Array.isArray(stored) ? (stored as Record<string, unknown>) : {};
  const shape = collegeNoteSchema.shape;
  const kept = Object.fromEntries(
    (Object.keys(shape) as Array<keyof CollegeNote>).map((key) => {
      const part = shape[key].safeParse(fields[key]);
      return [key, part.success ? part.data : COLLEGE_NOTE_DEFAULT[key]];
    }),
  );
  return kept as CollegeNote;
}
