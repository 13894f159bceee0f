import type { Budget } from '../../../../shared/domain/budget';
import type { BudgetMessages } from './messages';

export const BUDGET_SCOPES = ['register', 'channel', 'organisation'] as const;
export type BudgetScope = (typeof BUDGET_SCOPES)[number];

export function scopeOf(budget: Pick<Budget, 'channelId' | 'organisationId'>): BudgetScope {
  return budget.channelId ? 'channel' : budget.organisationId ? 'organisation' : 'register';
}

/** "Hele register", "Kanaal: Stadsbestuur Mechelen", "Organisatie: Stad Mechelen". */
export function scopeText(
  budget: Pick<Budget, 'channelId' | 'organisationId' | 'scopeName'>,
  m: BudgetMessages,
  format: (template: string, values: Record<string, string | number>) => string,
): string {
  const scope = scopeOf(budget);
  if (scope === 'register') return m.scopeRegister;
  return format(scope === 'channel' ? m.scopeChannel : m.scopeOrganisation, { name: budget.scopeName ?? '' });
}
