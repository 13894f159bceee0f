import { z } from 'zod';
import { CHANNEL_GROUP_FIELDS, CHANNEL_SORT_FIELDS, channelFiltersSchema } from './channel';
import { requiredText } from './fields';

/** What a saved view remembers: the query and the grid's column layout. Stored as JSON in the register. */
export const viewDefinitionSchema = z
  .object({
    search: z.string().max(200).optional(),
    filters: channelFiltersSchema.optional(),
    deleted: z.enum(['exclude', 'only', 'include']).optional(),
    sort: z
      .array(z.object({ field: z.enum(CHANNEL_SORT_FIELDS), desc: z.boolean() }).strict())
      .max(CHANNEL_SORT_FIELDS.length)
      .optional(),
    groupBy: z.enum(CHANNEL_GROUP_FIELDS).optional(),
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
