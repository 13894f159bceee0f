import { COST_CATEGORIES } from '../../../shared/domain/cost';
import type { CostOverviewQuery } from '../../../shared/domain/costOverview';
import { CATEGORY_INDEX } from './categoryYears';
import type { OverviewChannel } from './costOverviewReader';
import type { OrganisationTree } from './organisationTree';

/**
 * What the query looks at. Without organisationId: the whole register (channels without an
 * organisation included). With it: that organisation's subtree — the shared lines of those
 * organisations and the lines of their channels; shared lines of organisations above it are not
 * part of it, so they are not allocated into it either. `categories`: CATEGORY_INDEX positions
 * (none chosen: all).
 */
export class OverviewView {
  readonly organisations: ReadonlySet<string> | null;
  readonly categories: readonly number[];
  /** The one category asked for, null for all of them, undefined for a choice of several (no budget matches it). */
  readonly budgetCategory: (typeof COST_CATEGORIES)[number] | null | undefined;

  constructor(query: Pick<CostOverviewQuery, 'organisationId' | 'categories'>, tree: OrganisationTree) {
    this.organisations = query.organisationId ? tree.subtree(query.organisationId) : null;
    // An empty choice filters nothing, as in the channel list.
    const asked = query.categories && query.categories.length > 0 ? query.categories : COST_CATEGORIES;
    const chosen = COST_CATEGORIES.filter((category) => asked.includes(category));
    this.categories = chosen.map((category) => CATEGORY_INDEX.get(category)!);
    this.budgetCategory = chosen.length === COST_CATEGORIES.length ? null : chosen.length === 1 ? chosen[0] : undefined;
  }

  hasOrganisation(organisationId: string): boolean {
    return this.organisations === null || this.organisations.has(organisationId);
  }

  hasChannel(channel: OverviewChannel): boolean {
    return this.organisations === null || (channel.organisationId !== null && this.organisations.has(channel.organisationId));
  }
}
