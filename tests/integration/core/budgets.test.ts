import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { Register } from '../../../src-main/core/register/register';
import { createTempRegister, expectDomainError, useTempDirs } from '../../helpers/tempRegister';

useTempDirs();

function budgetRows(register: Register): number {
  return register.db.prepare(`SELECT count(*) FROM budgets`).pluck().get() as number;
}

function setUp(register: Register) {
  const stad = register.organisations.create({ name: 'Stad Mechelen', kind: 'stadsdienst' });
  const fb = register.channels.create({
    kind: 'social',
    platform: 'facebook',
    name: 'Stadsbestuur Mechelen',
    organisationId: stad.id,
  });
  return { stad, fb };
}

describe('budgets', () => {
  it('keeps budgets for the register, an organisation or a channel, per year and optionally per category', () => {
    const { register } = createTempRegister();
    const { stad, fb } = setUp(register);
    const channelAds = register.budgets.create({ year: 2014, channelId: fb.id, category: 'advertising', amountCents: 50000 });
    const whole = register.budgets.create({ year: 2014, amountCents: 1000000, notes: 'Communicatiebudget' });
    const organisation = register.budgets.create({ year: 2014, organisationId: stad.id, amountCents: 800000 });
    const later = register.budgets.create({ year: 2015, amountCents: 1100000 });

    expect(channelAds).toMatchObject({
      year: 2014,
      channelId: fb.id,
      organisationId: null,
      category: 'advertising',
      amountCents: 50000,
      notes: null,
      scopeName: 'Stadsbestuur Mechelen',
    });
    expect(whole).toMatchObject({ scopeName: null, category: null, notes: 'Communicatiebudget' });
    expect(organisation.scopeName).toBe('Stad Mechelen');

    // By year; the register's budget first, then organisations', then channels'.
    expect(register.budgets.list({}).map((b) => b.id)).toEqual([whole.id, organisation.id, channelAds.id, later.id]);
    expect(register.budgets.list({ fromYear: 2015 }).map((b) => b.id)).toEqual([later.id]);
    expect(register.budgets.list({ toYear: 2014 }).map((b) => b.id)).toEqual([whole.id, organisation.id, channelAds.id]);
    expect(register.budgets.list({ channelId: fb.id }).map((b) => b.id)).toEqual([channelAds.id]);
    expect(register.budgets.list({ organisationId: stad.id }).map((b) => b.id)).toEqual([organisation.id]);
    expect(register.history.state().undoDescription).toBe('1 budget toegevoegd');
  });

  it('refuses a second live budget for the same year, scope and category, saying which one exists', () => {
    const { register } = createTempRegister();
    const { stad, fb } = setUp(register);
    const first = register.budgets.create({ year: 2014, channelId: fb.id, category: 'advertising', amountCents: 50000 });
    register.budgets.create({ year: 2014, amountCents: 1000000 });
    const rows = budgetRows(register);

    const error = expectDomainError(
      () => register.budgets.create({ year: 2014, channelId: fb.id, category: 'advertising', amountCents: 1 }),
      'CONFLICT',
    );
    expect(error.messageNl).toBe(
      'Er is al een budget voor 2014 voor kanaal "Stadsbestuur Mechelen", categorie Advertenties / boosting. Pas dat budget aan in plaats van een tweede te maken.',
    );
    expect(error.messageEn).toBe(
      'There already is a budget for 2014 for channel "Stadsbestuur Mechelen", category Advertising / boosting. Change that budget instead of adding a second one.',
    );
    expect(expectDomainError(() => register.budgets.create({ year: 2014, amountCents: 5 }), 'CONFLICT').messageNl).toBe(
      'Er is al een budget voor 2014 voor het hele register (alle categorieën). Pas dat budget aan in plaats van een tweede te maken.',
    );
    expect(budgetRows(register)).toBe(rows);

    // Another category, year or scope is another budget.
    register.budgets.create({ year: 2014, channelId: fb.id, category: 'prizes_actions', amountCents: 6000 });
    register.budgets.create({ year: 2015, channelId: fb.id, category: 'advertising', amountCents: 50000 });
    const organisation = register.budgets.create({
      year: 2014,
      organisationId: stad.id,
      category: 'advertising',
      amountCents: 1,
    });

    // An update that would collide is refused too; a deleted budget frees its place.
    expectDomainError(() => register.budgets.update(organisation.id, { channelId: fb.id }), 'CONFLICT');
    expect(register.budgets.delete([first.id])).toEqual({ updated: 1 });
    expect(register.budgets.update(organisation.id, { channelId: fb.id })).toMatchObject({
      channelId: fb.id,
      organisationId: null,
      scopeName: 'Stadsbestuur Mechelen',
    });
  });

  it('checks scope, amount and references, and updates with the owner rule', () => {
    const { register } = createTempRegister();
    const { stad, fb } = setUp(register);
    const scope = expectDomainError(
      () => register.budgets.create({ year: 2014, channelId: fb.id, organisationId: stad.id, amountCents: 1 }),
      'INVALID_INPUT',
    );
    expect(scope.messageNl).toContain('een budget geldt voor een kanaal of een organisatie');
    expectDomainError(() => register.budgets.create({ year: 2014, amountCents: -1 }), 'INVALID_INPUT');
    expectDomainError(() => register.budgets.create({ year: 1989, amountCents: 1 }), 'INVALID_INPUT');
    expectDomainError(() => register.budgets.create({ year: 2014, channelId: randomUUID(), amountCents: 1 }), 'INVALID_INPUT');

    const budget = register.budgets.create({ year: 2014, channelId: fb.id, amountCents: 1000 });
    expect(register.budgets.update(budget.id, { organisationId: stad.id, amountCents: 2000 })).toMatchObject({
      channelId: null,
      organisationId: stad.id,
      amountCents: 2000,
      scopeName: 'Stad Mechelen',
    });
    expect(register.budgets.update(budget.id, { organisationId: null })).toMatchObject({ organisationId: null, scopeName: null });
    expectDomainError(() => register.budgets.update(randomUUID(), { amountCents: 1 }), 'NOT_FOUND');
    register.budgets.delete([budget.id]);
    expectDomainError(() => register.budgets.update(budget.id, { amountCents: 1 }), 'NOT_FOUND');
    expectDomainError(() => register.budgets.delete([randomUUID()]), 'NOT_FOUND');
  });

  it('goes to the bin with its channel, and undo brings a deleted budget back as one step', () => {
    const { register } = createTempRegister();
    const { fb } = setUp(register);
    const a = register.budgets.create({ year: 2014, channelId: fb.id, amountCents: 1000 });
    const b = register.budgets.create({ year: 2015, channelId: fb.id, amountCents: 1000 });

    register.budgets.delete([a.id, b.id]);
    expect(register.history.state().undoDescription).toBe('2 budgetten verwijderd');
    expect(register.budgets.list({})).toEqual([]);
    register.history.undo();
    expect(register.budgets.list({}).map((budget) => budget.id)).toEqual([a.id, b.id]);

    register.budgets.update(a.id, { amountCents: 1500 });
    expect(register.history.state().undoDescription).toBe('1 budget: bedrag');
    register.channels.delete([fb.id]);
    expect(register.budgets.list({})).toEqual([]);
    register.channels.restore([fb.id]);
    expect(register.budgets.list({}).map((budget) => budget.amountCents)).toEqual([1500, 1000]);
  });
});
