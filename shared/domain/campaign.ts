import { z } from 'zod';
import { isoDate, optionalText, requiredText, uuid } from './fields';
import type { RuleMessage } from './validationMessages';

export const campaignFieldsSchema = z
  .object({
    name: requiredText(200),
    startDate: isoDate,
    endDate: isoDate,
    description: optionalText(5000),
    /** Shown as the campaign's band on the charts: #rrggbb. */
    colour: z
      .string()
      .regex(/^#[0-9a-fA-F]{6}$/)
      .optional(),
    channelIds: z.array(uuid).max(1000).optional(),
  })
  .strict()
  .refine((fields) => fields.endDate >= fields.startDate, {
    message: 'end_before_start' satisfies RuleMessage,
    path: ['endDate'],
  });
export type CampaignFields = z.input<typeof campaignFieldsSchema>;

export interface Campaign {
  id: string;
  name: string;
  startDate: string;
  endDate: string;
  description: string | null;
  colour: string;
  channelIds: string[];
}
