import type { z } from 'zod';
import { COST_EDITABLE_FIELDS, costLineFieldsSchema, type CostLine, type Recurrence } from '../../../shared/domain/cost';
import { describeIssues, type FieldProblem } from '../../../shared/domain/validationMessages';

/** A whole cost line as the schema hands it back, with its recurrence: ready to store. */
export type CostLineValues = z.output<typeof costLineFieldsSchema> & { recurrence: Recurrence };

export type CostLineCheck = { ok: true; values: CostLineValues } | { ok: false; problems: FieldProblem[] };

/**
 * A patch merged into the line it edits (or into nothing, for a new line), with the owner rule:
 * a line has one owner, so giving it a channel takes it away from its organisation and giving
 * it an organisation makes it that organisation's shared cost. A patch naming both keeps both,
 * and the check below refuses it.
 */
export function mergeCostPatch(current: CostLine | null, patch: Record<string, unknown>): Record<string, unknown> {
  const merged: Record<string, unknown> = {};
  if (current) for (const field of COST_EDITABLE_FIELDS) merged[field] = current[field];
  for (const [field, value] of Object.entries(patch)) if (value !== undefined) merged[field] = value;
  if (typeof patch.channelId === 'string' && patch.organisationId === undefined) merged.organisationId = null;
  if (typeof patch.organisationId === 'string' && patch.channelId === undefined) merged.channelId = null;
  return merged;
}

/**
 * The whole line checked after a patch (one owner, end not before start, every field valid),
 * each problem naming its field in both languages. A line without recurrence is a one-off.
 */
export function checkCostLine(record: Record<string, unknown>): CostLineCheck {
  const parsed = costLineFieldsSchema.safeParse(record);
  if (!parsed.success) return { ok: false, problems: describeIssues(parsed.error.issues) };
  return { ok: true, values: { ...parsed.data, recurrence: parsed.data.recurrence ?? 'once' } };
}
