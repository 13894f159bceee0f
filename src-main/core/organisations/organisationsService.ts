import type Database from 'better-sqlite3';
import { organisationFieldsSchema, type Organisation, type OrganisationFields } from '../../../shared/domain/organisation';
import type { ChangeBatch, ChangeLog } from '../changeLog/changeLog';
import { EntityStore, type EntityDefinition } from '../db/entityStore';
import { refreshChannelSearchText } from '../channels/channelsTable';
import { foldOptional } from '../channels/foldText';
import { DomainError, notFound } from '../errors';
import { assertLiveReferences } from '../references/liveReferences';
import { validate } from '../validation';
import { organisationInUseError, organisationUsage, isOrganisationInUse } from './organisationUsage';

const ORGANISATIONS_TABLE: EntityDefinition = {
  entity: 'organisation',
  table: 'organisations',
  columns: { name: 'name', kind: 'kind', parentId: 'parent_id', notes: 'notes' },
  // The channel list searches and sorts by organisation name without case or accents.
  derived: { columns: { name_folded: (organisation) => foldOptional(organisation.name) }, presence: 'name_folded' },
  // Channels copy the organisation's name into their search text.
  afterUpdate: (db, id, changed) => {
    if (changed.includes('name')) refreshChannelSearchText(db, 'organisation_id', id);
  },
};

type StoredOrganisation = Omit<Organisation, 'channelCount'> & { deletedAt: string | null };

const ORGANISATION = { nl: 'Organisatie', en: 'Organisation' };

export class OrganisationsService {
  private readonly store: EntityStore<StoredOrganisation>;

  constructor(
    private readonly db: Database.Database,
    private readonly log: ChangeLog,
  ) {
    this.store = new EntityStore(db, ORGANISATIONS_TABLE);
  }

  list(): Organisation[] {
    return this.db
      .prepare(
        `SELECT o.id, o.name, o.kind, o.parent_id AS parentId, o.notes, o.created_at AS createdAt, o.updated_at AS updatedAt,
                (SELECT count(*) FROM channels c WHERE c.organisation_id = o.id AND c.deleted_at IS NULL) AS channelCount
           FROM organisations o WHERE o.deleted_at IS NULL ORDER BY o.name COLLATE NOCASE`,
      )
      .all() as Organisation[];
  }

  create(fields: OrganisationFields, batch?: ChangeBatch): Organisation {
    const valid = validate(organisationFieldsSchema, fields);
    assertLiveReferences(this.db, 'organisation', valid);
    const write = (b: ChangeBatch) => this.store.insert(b, valid);
    const created = batch ? write(batch) : this.log.batch(write);
    return this.get(created.id);
  }

  update(id: string, patch: Partial<OrganisationFields>): Organisation {
    const valid = validate(organisationFieldsSchema.partial(), patch);
    const current = this.store.get(id);
    if (!current || current.deletedAt !== null) throw notFound(ORGANISATION, id);
    assertLiveReferences(this.db, 'organisation', valid);
    if (valid.parentId) this.assertNotOwnAncestor(id, valid.parentId);
    this.log.batch((b) => this.store.update(b, current, valid));
    return this.get(id);
  }

  /** Soft delete, refused while channels, people or sub-organisations still belong to it. */
  delete(id: string): null {
    const current = this.store.get(id);
    if (!current || current.deletedAt !== null) throw notFound(ORGANISATION, id);
    this.log.batch((b) => {
      const usage = organisationUsage(this.db, id);
      if (isOrganisationInUse(usage)) throw organisationInUseError(current.name, usage);
      this.store.setDeleted(b, current, true);
    });
    return null;
  }

  get(id: string): Organisation {
    const found = this.list().find((o) => o.id === id);
    if (!found) throw notFound(ORGANISATION, id);
    return found;
  }

  /** The hierarchy (stad -> departments) must stay a tree: no organisation under itself. */
  private assertNotOwnAncestor(id: string, parentId: string): void {
    let cursor: string | null = parentId;
    const seen = new Set<string>();
    while (cursor) {
      if (cursor === id) {
        throw new DomainError(
          'INVALID_INPUT',
          'Een organisatie kan niet onder zichzelf of onder een van haar eigen onderdelen vallen.',
          'An organisation cannot sit under itself or one of its own parts.',
          { field: 'parentId' },
        );
      }
      if (seen.has(cursor)) break;
      seen.add(cursor);
      const parent = this.store.get(cursor);
      if (!parent) throw notFound(ORGANISATION, cursor);
      cursor = parent.parentId;
    }
  }
}
