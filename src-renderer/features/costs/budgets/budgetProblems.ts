import type { ApiError } from '../../../../shared/api/result';
import type { FieldProblem } from '../../../../shared/domain/validationMessages';

/** The form's fields, by the names the budget schema uses for them. */
const FIELD_OF_PATH = {
  year: 'year',
  channelId: 'channel',
  organisationId: 'organisation',
  category: 'category',
  amountCents: 'amount',
  notes: 'notes',
} as const;
export type BudgetFormField = (typeof FIELD_OF_PATH)[keyof typeof FIELD_OF_PATH];
export type FieldErrors = Partial<Record<BudgetFormField, { nl: string; en: string }>>;

/** Schema problems (from the form's own check or from the core's answer) placed at their field. */
export function problemsAtFields(problems: readonly FieldProblem[]): FieldErrors {
  const errors: FieldErrors = {};
  for (const problem of problems) {
    const field = FIELD_OF_PATH[problem.path.split('.')[0] as keyof typeof FIELD_OF_PATH];
    if (field) errors[field] ??= { nl: problem.message, en: problem.messageEn };
  }
  return errors;
}

/** The field problems an API error lists in its details, if any. */
export function problemsOf(error: ApiError): FieldProblem[] {
  const details = error.details as { problems?: unknown } | undefined;
  return Array.isArray(details?.problems) ? (details.problems as FieldProblem[]) : [];
}
