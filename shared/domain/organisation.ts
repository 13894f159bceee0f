import { z } from 'zod';
import { optionalText, requiredText, uuid } from './fields';

export const ORGANISATION_KINDS = ['stadsdienst', 'agb', 'eva', 'partnerproject', 'other'] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];

export const organisationFieldsSchema = z.object({
  name: requiredText(200),
  kind: z.enum(ORGANISATION_KINDS),
  parentId: uuid.nullable().optional(),
  notes: optionalText(5000),
});
export type OrganisationFields = z.input<typeof organisationFieldsSchema>;

export interface Organisation {
  id: string;
  name: string;
  kind: OrganisationKind;
  parentId: string | null;
  notes: string | null;
  channelCount: number;
  createdAt: string;
  updatedAt: string;
}
