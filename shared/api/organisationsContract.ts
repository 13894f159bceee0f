import { z } from 'zod';
import { uuid } from '../domain/fields';
import { organisationFieldsSchema, type Organisation } from '../domain/organisation';
import { method } from './method';

export const organisationsContract = {
  'organisations.list': method<Organisation[]>()(z.object({}).strict()),
  'organisations.create': method<Organisation>()(z.object({ fields: organisationFieldsSchema.strict() }).strict()),
  'organisations.update': method<Organisation>()(
    z.object({ id: uuid, patch: organisationFieldsSchema.partial().strict() }).strict(),
  ),
  /** Soft delete; refused while channels or people still belong to it (the message says how many). */
  'organisations.delete': method<null>()(z.object({ id: uuid }).strict()),
} as const;
