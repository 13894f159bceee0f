import type { BudgetComparison } from '../../../shared/domain/costOverview';
import { CATEGORY_COUNT, CATEGORY_INDEX, CategoryYears, entryOf } from './categoryYears';
import type { CostModel } from './costModel';
import type { OverviewBudget, OverviewChannel, OverviewOrganisation } from './costOverviewReader';
import type { OrganisationTree } from './organisationTree';
import type { OverviewView } from './overviewView';

const ALL_CATEGORIES = [...Array(CATEGORY_COUNT).keys()];

/**
 * A budget's actual cost: the money of its year in its scope and category, whatever the view
 * shows (the filters choose which budgets are listed, not what they are measured against).
 * Register: every line. Channel: its own lines plus its parts of shared lines. Organisation:
 * its shared lines and the lines of its channels, and the same of its sub-organisations (the
 * parts its channels get of lines above it are not its money).
 */
export class BudgetActuals {
  private readonly register: CategoryYears;
  private readonly perOrganisation = new Map<string, CategoryYears>();
  private readonly allocated = new Map<string, CategoryYears>();

  constructor(
    private readonly model: CostModel,
    private readonly context: {
      channels: ReadonlyMap<string, OverviewChannel>;
      tree: OrganisationTree;
      fromYear: number;
    },
  ) {
    const years = model.yearCount;
    this.register = new CategoryYears(years);
    for (const [channelId, cents] of model.direct) {
      this.register.addAll(cents);
      const organisationId = context.channels.get(channelId)?.organisationId;
      if (organisationId) entryOf(this.perOrganisation, organisationId, years).addAll(cents);
    }
    for (const [organisationId, cents] of model.shared) {
      this.register.addAll(cents);
      entryOf(this.perOrganisation, organisationId, years).addAll(cents);
    }
    for (const part of model.allocated) entryOf(this.allocated, part.channelId, years).addAll(part.cents);
  }

  actual(budget: OverviewBudget): number {
    const year = budget.year - this.context.fromYear;
    const categories = budget.category === null ? ALL_CATEGORIES : [CATEGORY_INDEX.get(budget.category)!];
    if (budget.channelId !== null) {
      return (
        (this.model.direct.get(budget.channelId)?.year(year, categories) ?? 0) +
        (this.allocated.get(budget.channelId)?.year(year, categories) ?? 0)
      );
    }
    if (budget.organisationId !== null) {
      let sum = 0;
      for (const id of this.context.tree.subtree(budget.organisationId)) {
        sum += this.perOrganisation.get(id)?.year(year, categories) ?? 0;
      }
      return sum;
    }
    return this.register.year(year, categories);
  }
}

/**
 * The budgets the view lists, each against its actual cost. Budgets of a channel or organisation
 * that is gone (soft-deleted) are ignored. With an organisation chosen: the budgets of it, its
 * sub-organisations and their channels (not the register's). With categories chosen: the budgets
 * of those categories (a budget for all categories is not comparable to a part of them).
 */
export function budgetComparisons(
  budgets: readonly OverviewBudget[],
  actuals: BudgetActuals,
  context: {
    view: OverviewView;
    channels: ReadonlyMap<string, OverviewChannel>;
    organisations: ReadonlyMap<string, OverviewOrganisation>;
  },
): BudgetComparison[] {
  const { view } = context;
  const listed: BudgetComparison[] = [];
  for (const budget of budgets) {
    if (
      view.budgetCategory !== null &&
      (budget.category === null || !view.categories.includes(CATEGORY_INDEX.get(budget.category)!))
    ) {
      continue;
    }
    let scope: BudgetComparison['scope'] = 'register';
    let scopeName: string | null = null;
    if (budget.channelId !== null) {
      const channel = context.channels.get(budget.channelId);
      if (!channel || !view.hasChannel(channel)) continue;
      scope = 'channel';
      scopeName = channel.name;
    } else if (budget.organisationId !== null) {
      const organisation = context.organisations.get(budget.organisationId);
      if (!organisation || !view.hasOrganisation(organisation.id)) continue;
      scope = 'organisation';
      scopeName = organisation.name;
    } else if (view.organisations !== null) {
      continue;
    }
    const actualCents = actuals.actual(budget);
    listed.push({
      budgetId: budget.id,
      year: budget.year,
      scope,
      scopeId: budget.channelId ?? budget.organisationId,
      scopeName,
      category: budget.category,
      budgetCents: budget.amountCents,
      actualCents,
      differenceCents: budget.amountCents - actualCents,
    });
  }
  return listed.sort(
    (a, b) =>
      a.year - b.year ||
      SCOPE_ORDER[a.scope] - SCOPE_ORDER[b.scope] ||
      (a.scopeName ?? '').localeCompare(b.scopeName ?? '', 'nl') ||
      categoryOrder(a.category) - categoryOrder(b.category),
  );
}

const SCOPE_ORDER: Record<BudgetComparison['scope'], number> = { register: 0, organisation: 1, channel: 2 };

function categoryOrder(category: BudgetComparison['category']): number {
  return category === null ? -1 : CATEGORY_INDEX.get(category)!;
}

/**
 * The budget on the year rows: the one whose scope is exactly the view's — the register's, or
 * the chosen organisation's; for all categories, or for the one category chosen. None when
 * several (not all) categories are chosen.
 */
export function viewBudget(
  budgets: readonly OverviewBudget[],
  year: number,
  organisationId: string | null,
  view: OverviewView,
): OverviewBudget | null {
  if (view.budgetCategory === undefined) return null;
  return (
    budgets.find(
      (budget) =>
        budget.year === year &&
        budget.channelId === null &&
        budget.organisationId === organisationId &&
        budget.category === view.budgetCategory,
    ) ?? null
  );
}
