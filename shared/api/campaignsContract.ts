import { z } from 'zod';
import { campaignFieldsSchema, type Campaign } from '../domain/campaign';
import { uuid } from '../domain/fields';
import type { CampaignEffect } from '../domain/growth';
import { method } from './method';

export const campaignsContract = {
  'campaigns.list': method<Campaign[]>()(z.object({}).strict()),
  'campaigns.save': method<Campaign>()(z.object({ id: uuid.optional(), fields: campaignFieldsSchema }).strict()),
  'campaigns.delete': method<null>()(z.object({ id: uuid }).strict()),
  /** Per linked channel: growth during the campaign against the same-length period before it. */
  'campaigns.effect': method<CampaignEffect[]>()(z.object({ id: uuid }).strict()),
} as const;
