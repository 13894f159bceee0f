import type { EntityDefinition } from '../db/entityStore';

export const CHANNELS_TABLE: EntityDefinition = {
  entity: 'channel',
  table: 'channels',
  columns: {
    kind: 'kind',
    platform: 'platform',
    name: 'name',
    handle: 'handle',
    url: 'url',
    organisationId: 'organisation_id',
    responsiblePersonId: 'responsible_person_id',
    status: 'status',
    audience: 'audience',
    purpose: 'purpose',
    createdByWebmasters: 'created_by_webmasters',
    notes: 'notes',
  },
  booleans: ['createdByWebmasters'],
};
