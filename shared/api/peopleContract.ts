import { z } from 'zod';
import { uuid } from '../domain/fields';
import { personFieldsSchema, type Person } from '../domain/person';
import { method } from './method';

export const peopleContract = {
  'people.list': method<Person[]>()(z.object({}).strict()),
  'people.create': method<Person>()(z.object({ fields: personFieldsSchema.strict() }).strict()),
  'people.update': method<Person>()(z.object({ id: uuid, patch: personFieldsSchema.partial().strict() }).strict()),
  /** Soft delete; refused while the person is responsible for channels (mark them inactive instead). */
  'people.delete': method<null>()(z.object({ id: uuid }).strict()),
} as const;
