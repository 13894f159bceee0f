import type { EntityDefinition } from '../db/entityStore';

export const CAMPAIGNS_TABLE: EntityDefinition = {
  entity: 'campaign',
  table: 'campaigns',
  columns: { name: 'name', startDate: 'start_date', endDate: 'end_date', description: 'description', colour: 'colour' },
};

/** A channel taking part in a campaign: a row of its own, so linking and unlinking are logged and undone like edits. */
export const CAMPAIGN_CHANNELS_TABLE: EntityDefinition = {
  entity: 'campaignChannel',
  table: 'campaign_channels',
  columns: { campaignId: 'campaign_id', channelId: 'channel_id' },
};
