import type { EntityDefinition } from '../db/entityStore';

export const BUDGETS_TABLE: EntityDefinition = {
  entity: 'budget',
  table: 'budgets',
  columns: {
    year: 'year',
    channelId: 'channel_id',
    organisationId: 'organisation_id',
    category: 'category',
    amountCents: 'amount_cents',
    notes: 'notes',
  },
};
