import { describe, expect, it } from 'vitest';
import { BudgetActuals, budgetComparisons, viewBudget } from '../../../../src-main/core/costOverview/budgetComparison';
import { CATEGORY_INDEX, CategoryYears } from '../../../../src-main/core/costOverview/categoryYears';
import type { CostModel } from '../../../../src-main/core/costOverview/costModel';
import type { OverviewBudget, OverviewChannel } from '../../../../src-main/core/costOverview/costOverviewReader';
import { OrganisationTree } from '../../../../src-main/core/costOverview/organisationTree';
import { OverviewView } from '../../../../src-main/core/costOverview/overviewView';

const HOSTING = CATEGORY_INDEX.get('hosting')!;
const ADVERTISING = CATEGORY_INDEX.get('advertising')!;

/** Cents of one year (the range is 2014 only). */
function cents(entries: Array<[number, number]>): CategoryYears {
  const table = new CategoryYears(1);
  for (const [category, amount] of entries) table.addYears(category, [amount]);
  return table;
}

const channel = (id: string, organisationId: string | null): OverviewChannel => ({
  id,
  name: `Kanaal ${id}`,
  platform: 'facebook',
  organisationId,
  status: 'active',
  metric: null,
});

/**
 * stad > dienst. Channel "a" (dienst): 1000 hosting + 500 advertising of its own, and 300 hosting
 * allocated from stad. Channel "b" (stad): 200 advertising. Shared: dienst 400 hosting, stad 300.
 */
function setting() {
  const tree = new OrganisationTree([
    { id: 'stad', parentId: null },
    { id: 'dienst', parentId: 'stad' },
  ]);
  const channels = new Map([
    ['a', channel('a', 'dienst')],
    ['b', channel('b', 'stad')],
  ]);
  const model: CostModel = {
    yearCount: 1,
    direct: new Map([
      [
        'a',
        cents([
          [HOSTING, 1000],
          [ADVERTISING, 500],
        ]),
      ],
      ['b', cents([[ADVERTISING, 200]])],
    ]),
    shared: new Map([
      ['dienst', cents([[HOSTING, 400]])],
      ['stad', cents([[HOSTING, 300]])],
    ]),
    allocated: [{ organisationId: 'stad', channelId: 'a', cents: cents([[HOSTING, 300]]) }],
    fallback: new Set(),
  };
  const organisations = new Map([
    ['stad', { id: 'stad', name: 'Stad', parentId: null }],
    ['dienst', { id: 'dienst', name: 'Dienst', parentId: 'stad' }],
  ]);
  return { tree, channels, model, organisations, actuals: new BudgetActuals(model, { channels, tree, fromYear: 2014 }) };
}

const budget = (fields: Partial<OverviewBudget>): OverviewBudget => ({
  id: 'b',
  year: 2014,
  channelId: null,
  organisationId: null,
  category: null,
  amountCents: 0,
  ...fields,
});

describe('budget against actual', () => {
  it('measures each scope: register, channel with its allocated part, organisation with what is below it', () => {
    const { actuals } = setting();
    // Register: 1000 + 500 + 200 + 400 + 300 (the allocated 300 is stad's, not counted twice).
    expect(actuals.actual(budget({}))).toBe(2400);
    expect(actuals.actual(budget({ category: 'advertising' }))).toBe(700);
    // Channel a: 1500 own + 300 allocated; in hosting 1000 + 300.
    expect(actuals.actual(budget({ channelId: 'a' }))).toBe(1800);
    expect(actuals.actual(budget({ channelId: 'a', category: 'hosting' }))).toBe(1300);
    // Dienst: its shared 400 + channel a's own 1500. Stad: everything.
    expect(actuals.actual(budget({ organisationId: 'dienst' }))).toBe(1900);
    expect(actuals.actual(budget({ organisationId: 'stad' }))).toBe(2400);
  });

  it('lists the budgets of the view with their difference (negative = over budget)', () => {
    const { actuals, channels, organisations, tree } = setting();
    const budgets = [
      budget({ id: 'r', amountCents: 3000 }),
      budget({ id: 'ra', category: 'advertising', amountCents: 600 }),
      budget({ id: 'd', organisationId: 'dienst', amountCents: 2000 }),
      budget({ id: 'a', channelId: 'a', amountCents: 1000 }),
    ];
    const all = budgetComparisons(budgets, actuals, { view: new OverviewView({}, tree), channels, organisations });
    expect(all.map((row) => [row.budgetId, row.scope, row.scopeName, row.actualCents, row.differenceCents])).toEqual([
      ['r', 'register', null, 2400, 600],
      ['ra', 'register', null, 700, -100],
      ['d', 'organisation', 'Dienst', 1900, 100],
      ['a', 'channel', 'Kanaal a', 1800, -800],
    ]);
    // Narrowed to dienst: its budget and its channel's, not the register's.
    const dienst = budgetComparisons(budgets, actuals, {
      view: new OverviewView({ organisationId: 'dienst' }, tree),
      channels,
      organisations,
    });
    expect(dienst.map((row) => row.budgetId)).toEqual(['d', 'a']);
    const advertising = budgetComparisons(budgets, actuals, {
      view: new OverviewView({ categories: ['advertising'] }, tree),
      channels,
      organisations,
    });
    expect(advertising.map((row) => row.budgetId)).toEqual(['ra']);
  });

  it('puts the budget of the view’s own scope on the year rows', () => {
    const { tree } = setting();
    const budgets = [
      budget({ id: 'r' }),
      budget({ id: 'ra', category: 'advertising' }),
      budget({ id: 'd', organisationId: 'dienst' }),
    ];
    expect(viewBudget(budgets, 2014, null, new OverviewView({}, tree))?.id).toBe('r');
    expect(viewBudget(budgets, 2015, null, new OverviewView({}, tree))).toBeNull();
    expect(viewBudget(budgets, 2014, null, new OverviewView({ categories: ['advertising'] }, tree))?.id).toBe('ra');
    expect(viewBudget(budgets, 2014, null, new OverviewView({ categories: ['advertising', 'hosting'] }, tree))).toBeNull();
    expect(viewBudget(budgets, 2014, 'dienst', new OverviewView({ organisationId: 'dienst' }, tree))?.id).toBe('d');
  });
});
