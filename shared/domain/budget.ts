import { z } from 'zod';
import { COST_CATEGORIES, type CostCategory } from './cost';
import { optionalText, uuid } from './fields';
import { MAX_AMOUNT_CENTS } from './money';
import type { RuleMessage } from './validationMessages';

/**
 * A budget for one calendar year, for the whole register, or for one channel or one
 * organisation (not both), optionally for one category only ("advertising for the city's
 * Facebook page in 2014"). One budget per year and scope: a second one is refused.
 */
const budgetObject = z.object({
  year: z.number().int().min(1990).max(2200),
  channelId: uuid.nullable().optional(),
  organisationId: uuid.nullable().optional(),
  category: z.enum(COST_CATEGORIES).nullable().optional(),
  amountCents: z.number().int().min(0).max(MAX_AMOUNT_CENTS),
  notes: optionalText(2000),
});

export const budgetFieldsSchema = budgetObject.strict().refine((fields) => !(fields.channelId && fields.organisationId), {
  message: 'budget_scope' satisfies RuleMessage,
  path: ['organisationId'],
});
export type BudgetFields = z.input<typeof budgetFieldsSchema>;
export const budgetPatchSchema = budgetObject.partial().strict();
export type BudgetPatch = z.input<typeof budgetPatchSchema>;

export interface Budget {
  id: string;
  year: number;
  channelId: string | null;
  organisationId: string | null;
  category: CostCategory | null;
  amountCents: number;
  notes: string | null;
  /** Name of the channel or organisation, null for the whole register. */
  scopeName: string | null;
  createdAt: string;
  updatedAt: string;
}

export const budgetListQuerySchema = z
  .object({
    fromYear: z.number().int().min(1990).max(2200).optional(),
    toYear: z.number().int().min(1990).max(2200).optional(),
    channelId: uuid.optional(),
    organisationId: uuid.optional(),
  })
  .strict();
export type BudgetListQuery = z.input<typeof budgetListQuerySchema>;
