import type Database from 'better-sqlite3';
import { collegeNoteSchema } from '../../../shared/domain/collegeNote';
import type { ChangeLog } from '../changeLog/changeLog';
import { SingletonDocument } from '../db/singletonDocument';
import { COLLEGE_NOTE_DEFAULT } from './collegeNoteDefault';

/**
 * The register's college-note template (migration 0005): the texts the Word export starts from,
 * the built-in default until one is saved, then one row, each save one undo step.
 */
export class NoteTemplateService extends SingletonDocument<typeof collegeNoteSchema> {
  constructor(db: Database.Database, log: ChangeLog) {
    super(db, log, {
      entity: 'noteTemplate',
      table: 'note_templates',
      field: 'texts',
      schema: collegeNoteSchema,
      defaults: COLLEGE_NOTE_DEFAULT,
    });
  }
}
