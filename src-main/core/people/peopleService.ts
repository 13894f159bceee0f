import type Database from 'better-sqlite3';
import { personFieldsSchema, type Person, type PersonFields } from '../../../shared/domain/person';
import type { ChangeBatch, ChangeLog } from '../changeLog/changeLog';
import { EntityStore, type EntityDefinition } from '../db/entityStore';
import { notFound } from '../errors';
import { validate } from '../validation';

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
};

const PERSON = { nl: 'Persoon', en: 'Person' };

export class PeopleService {
  private readonly store: EntityStore<Person>;

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
    const write = (b: ChangeBatch) => this.store.insert(b, { ...valid, active: valid.active ?? true });
    return batch ? write(batch) : this.log.batch(write);
  }

  update(id: string, patch: Partial<PersonFields>): Person {
    const valid = validate(personFieldsSchema.partial(), patch);
    const current = this.store.get(id);
    if (!current) throw notFound(PERSON, id);
    return this.log.batch((b) => this.store.update(b, current, valid));
  }
}
