import { z } from 'zod';
import { optionalText, requiredText, uuid } from './fields';

export const personFieldsSchema = z.object({
  name: requiredText(200),
  email: z.string().trim().email().max(320).nullable().optional(),
  phone: optionalText(50),
  organisationId: uuid.nullable().optional(),
  role: optionalText(200),
  active: z.boolean().optional(),
  notes: optionalText(5000),
});
export type PersonFields = z.input<typeof personFieldsSchema>;

export interface Person {
  id: string;
  name: string;
  email: string | null;
  phone: string | null;
  organisationId: string | null;
  role: string | null;
  /** False once the person has left: the review marks their channels as orphaned. */
  active: boolean;
  notes: string | null;
  createdAt: string;
  updatedAt: string;
}
