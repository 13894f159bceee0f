import type { EntityDefinition } from '../db/entityStore';

/** follower_snapshots as the change log knows it: entity "snapshot". */
export const SNAPSHOTS_TABLE: EntityDefinition = {
  entity: 'snapshot',
  table: 'follower_snapshots',
  columns: { channelId: 'channel_id', date: 'date', count: 'count', metric: 'metric', source: 'source', notes: 'notes' },
};
