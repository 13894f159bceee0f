import type Database from 'better-sqlite3';
import { DomainError } from '../errors';

/**
 * References between records (channel -> organisation and person, person -> organisation,
 * organisation -> parent, cost line and budget -> channel or organisation) must point at live
 * rows. SQLite's foreign keys only see the row, not its soft delete, so every write that sets or
 * revives a reference checks here.
 */
type ReferencedTable = 'organisations' | 'people' | 'channels';

const REFERENCE_FIELDS: Record<string, Record<string, ReferencedTable>> = {
  channel: { organisationId: 'organisations', responsiblePersonId: 'people' },
  person: { organisationId: 'organisations' },
  organisation: { parentId: 'organisations' },
  costLine: { channelId: 'channels', organisationId: 'organisations' },
  budget: { channelId: 'channels', organisationId: 'organisations' },
};

const MESSAGES: Record<string, { nl: string; en: string }> = {
  organisationId: { nl: 'De gekozen organisatie bestaat niet (meer).', en: 'The chosen organisation does not exist (any more).' },
  responsiblePersonId: {
    nl: 'De gekozen verantwoordelijke bestaat niet (meer).',
    en: 'The chosen responsible person does not exist (any more).',
  },
  channelId: { nl: 'Het gekozen kanaal bestaat niet (meer).', en: 'The chosen channel does not exist (any more).' },
  parentId: {
    nl: 'De gekozen bovenliggende organisatie bestaat niet (meer).',
    en: 'The chosen parent organisation does not exist (any more).',
  },
};

export function isLive(db: Database.Database, table: ReferencedTable, id: string): boolean {
  return db.prepare(`SELECT 1 FROM ${table} WHERE id = ? AND deleted_at IS NULL`).get(id) !== undefined;
}

/** The first reference field of `values` that points at a missing or deleted record, or null. */
export function deadReference(db: Database.Database, entity: string, values: Record<string, unknown>): string | null {
  const fields = REFERENCE_FIELDS[entity] ?? {};
  for (const [field, table] of Object.entries(fields)) {
    const id = values[field];
    if (typeof id === 'string' && !isLive(db, table, id)) return field;
  }
  return null;
}

/** Throws INVALID_INPUT naming the field when `values` refers to a missing or deleted record. */
export function assertLiveReferences(db: Database.Database, entity: string, values: Record<string, unknown>): void {
  const field = deadReference(db, entity, values);
  if (field) {
    const message = MESSAGES[field]!;
    throw new DomainError('INVALID_INPUT', message.nl, message.en, { field });
  }
}
