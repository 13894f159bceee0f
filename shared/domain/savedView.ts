import { z } from 'zod';
import { channelQuerySchema } from './channel';
import { requiredText } from './fields';

/** What a saved view remembers: the query and the grid's column layout. Stored as JSON in the register. */
export const viewDefinitionSchema = channelQuerySchema
  .extend({
    columns: z
      .object({
        order: z.array(z.string().max(50)).max(50),
        hidden: z.array(z.string().max(50)).max(50),
        widths: z.record(z.string().max(50), z.number().int().min(40).max(2000)),
      })
      .strict()
      .optional(),
  })
  .strict();
export type ViewDefinition = z.infer<typeof viewDefinitionSchema>;

export const savedViewFieldsSchema = z.object({ name: requiredText(100), definition: viewDefinitionSchema }).strict();

export interface SavedView {
  id: string;
  name: string;
  definition: ViewDefinition;
  updatedAt: string;
}
