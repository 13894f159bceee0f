import { z } from 'zod';
import { uuid } from '../domain/fields';
import { savedViewFieldsSchema, type SavedView } from '../domain/savedView';
import { method } from './method';

/** Named grid views ("Slapende kanalen", "Partnerprojecten"), stored in the register. */
export const viewsContract = {
  'views.list': method<SavedView[]>()(z.object({}).strict()),
  /** Creates a view, or replaces the one with `id`. A second view with the same name is refused. */
  'views.save': method<SavedView>()(z.object({ id: uuid.optional(), fields: savedViewFieldsSchema }).strict()),
  'views.delete': method<null>()(z.object({ id: uuid }).strict()),
} as const;
