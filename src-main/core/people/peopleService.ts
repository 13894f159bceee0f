import type Database from 'better-sqlite3';
import { personFieldsSchema, type Person, type PersonFields } from '../../../shared/domain/person';
import type { ChangeBatch, ChangeLog } from '../changeLog/changeLog';
import { EntityStore, type EntityDefinition } from '../db/entityStore';
import { refreshChannelSearchText } from '../channels/channelsTable';
import { foldOptional } from '../channels/foldText';
import { notFound } from '../errors';
import { assertLiveReferences } from '../references/liveReferences';
import { validate } from '../validation';
import { personChannelCount, personInUseError } from './personUsage';

const PEOPLE_TABLE: EntityDefinition = {
  entity: 'person',
  table: 'people',
  columns: {
    name: 'name',
    email: 'email',
    phone: 'phone',
    organisationId: 'organisation_id',
    role: 'role',
    active: 'active',
    notes: 'notes',
  },
  booleans: ['active'],
  // The channel list searches and sorts by the responsible person's name without case or accents.
  derived: { columns: { name_folded: (person) => foldOptional(person.name) }, presence: 'name_folded' },
  // Channels copy their responsible person's name into their search text.
  afterUpdate: (db, id, changed) => {
    if (changed.includes('name')) refreshChannelSearchText(db, 'responsible_person_id', id);
  },
};

type StoredPerson = Person & { deletedAt: string | null };

const PERSON = { nl: 'Persoon', en: 'Person' };

export class PeopleService {
  private readonly store: EntityStore<StoredPerson>;

  constructor(
    private readonly db: Database.Database,
    private readonly log: ChangeLog,
  ) {
    this.store = new EntityStore(db, PEOPLE_TABLE);
  }

  list(): Person[] {
    const rows = this.db
      .prepare(
        `SELECT id, name, email, phone, organisation_id AS organisationId, role, active, notes,
                created_at AS createdAt, updated_at AS updatedAt
           FROM people WHERE deleted_at IS NULL ORDER BY name COLLATE NOCASE`,
      )
      .all() as Array<Omit<Person, 'active'> & { active: number }>;
    return rows.map((row) => ({ ...row, active: row.active === 1 }));
  }

  create(fields: PersonFields, batch?: ChangeBatch): Person {
    const valid = validate(personFieldsSchema, fields);
    assertLiveReferences(this.db, 'person', valid);
    const write = (b: ChangeBatch) => this.store.insert(b, { ...valid, active: valid.active ?? true });
    return batch ? write(batch) : this.log.batch(write);
  }

  update(id: string, patch: Partial<PersonFields>): Person {
    const valid = validate(personFieldsSchema.partial(), patch);
    const current = this.store.get(id);
    if (!current || current.deletedAt !== null) throw notFound(PERSON, id);
    assertLiveReferences(this.db, 'person', valid);
    return this.log.batch((b) => this.store.update(b, current, valid));
  }

  /** Soft delete, refused while the person is responsible for live channels (mark them inactive instead). */
  delete(id: string): null {
    const current = this.store.get(id);
    if (!current || current.deletedAt !== null) throw notFound(PERSON, id);
    this.log.batch((b) => {
      const channels = personChannelCount(this.db, id);
      if (channels > 0) throw personInUseError(current.name, channels);
      this.store.setDeleted(b, current, true);
    });
    return null;
  }
}
