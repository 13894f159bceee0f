import type { EntityDefinition } from '../db/entityStore';

export const COST_LINES_TABLE: EntityDefinition = {
  entity: 'costLine',
  table: 'cost_lines',
  columns: {
    channelId: 'channel_id',
    organisationId: 'organisation_id',
    description: 'description',
    category: 'category',
    amountCents: 'amount_cents',
    vatIncluded: 'vat_included',
    startDate: 'start_date',
    endDate: 'end_date',
    recurrence: 'recurrence',
    supplier: 'supplier',
    reference: 'reference',
    notes: 'notes',
  },
  booleans: ['vatIncluded'],
};
