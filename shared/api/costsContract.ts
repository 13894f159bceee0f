import { z } from 'zod';
import { budgetFieldsSchema, budgetListQuerySchema, budgetPatchSchema, type Budget } from '../domain/budget';
import {
  costLineFieldsSchema,
  costLinePatchSchema,
  costListQuerySchema,
  costPasteRowsSchema,
  type CostLine,
  type CostLineList,
} from '../domain/cost';
import { costOverviewQuerySchema, type CostOverview } from '../domain/costOverview';
import { uuid } from '../domain/fields';
import type { PasteResult } from '../domain/paste';
import { method } from './method';

const ids = z.array(uuid).min(1).max(100_000);

export const costsContract = {
  'costs.list': method<CostLineList>()(costListQuerySchema),
  'costs.get': method<CostLine>()(z.object({ id: uuid }).strict()),
  'costs.create': method<CostLine>()(z.object({ fields: costLineFieldsSchema }).strict()),
  'costs.update': method<CostLine>()(z.object({ id: uuid, patch: costLinePatchSchema }).strict()),
  /** Soft delete, one undo step. */
  'costs.delete': method<{ updated: number }>()(z.object({ ids }).strict()),
  'costs.restore': method<{ updated: number }>()(z.object({ ids }).strict()),
  /** A block pasted from a spreadsheet: updates rows, adds rows past the end; one undo step; bad lines listed. */
  'costs.paste': method<PasteResult>()(z.object({ rows: costPasteRowsSchema }).strict()),
  /** Totals, budgets against actual, cost per follower, channels without known cost. Reads only. */
  'costs.overview': method<CostOverview>()(costOverviewQuerySchema),

  'budgets.list': method<Budget[]>()(budgetListQuerySchema),
  'budgets.create': method<Budget>()(z.object({ fields: budgetFieldsSchema }).strict()),
  'budgets.update': method<Budget>()(z.object({ id: uuid, patch: budgetPatchSchema }).strict()),
  'budgets.delete': method<{ updated: number }>()(z.object({ ids }).strict()),
} as const;
