import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CostLineFields } from '../../../shared/domain/cost';
import { dispatch, type AllHandlers } from '../../../src-main/core/api/dispatch';
import { costsHandlers } from '../../../src-main/core/costs/costsHandlers';
import { Register } from '../../../src-main/core/register/register';
import { RegisterSession } from '../../../src-main/core/register/registerSession';
import { createTempRegister, expectDomainError, onCleanup, tempDir, testAuthor, useTempDirs } from '../../helpers/tempRegister';

useTempDirs();

function batchCount(register: Register): number {
  return register.db.prepare(`SELECT count(DISTINCT batch_id) FROM change_log`).pluck().get() as number;
}

/** Stad Mechelen with its Facebook page, and the library (a sub-organisation) with its own page. */
function setUp(register: Register) {
  const stad = register.organisations.create({ name: 'Stad Mechelen', kind: 'stadsdienst' });
  const bib = register.organisations.create({ name: 'Bibliotheek Mechelen', kind: 'stadsdienst', parentId: stad.id });
  const fb = register.channels.create({
    kind: 'social',
    platform: 'facebook',
    name: 'Stadsbestuur Mechelen',
    organisationId: stad.id,
  });
  const bibFb = register.channels.create({
    kind: 'social',
    platform: 'facebook',
    name: 'Bibliotheek Mechelen',
    organisationId: bib.id,
  });
  const site = register.channels.create({
    kind: 'website',
    platform: 'website',
    name: 'Café Mechelen',
    url: 'https://cafe.mechelen.be',
  });
  return { stad, bib, fb, bibFb, site };
}

const prize = (channelId: string, extra: Partial<CostLineFields> = {}): CostLineFields => ({
  channelId,
  category: 'prizes_actions',
  amountCents: 6000,
  startDate: '2013-12-31',
  ...extra,
});

describe('cost lines: create, get, update', () => {
  it('creates a channel cost and a shared organisation cost; a line without recurrence is a one-off', () => {
    const { register } = createTempRegister();
    const { stad, fb } = setUp(register);
    const before = batchCount(register);

    const line = register.costs.create(prize(fb.id, { description: '  Mechelenbon  ', supplier: '' }));
    expect(line).toMatchObject({
      channelId: fb.id,
      organisationId: null,
      description: 'Mechelenbon',
      category: 'prizes_actions',
      amountCents: 6000,
      vatIncluded: null,
      startDate: '2013-12-31',
      endDate: null,
      recurrence: 'once',
      supplier: null,
      deletedAt: null,
    });
    expect(register.costs.get(line.id)).toEqual(line);

    const shared = register.costs.create({
      organisationId: stad.id,
      category: 'licence_tool',
      amountCents: 120000,
      vatIncluded: true,
      startDate: '2014-01-01',
      endDate: '2016-12-31',
      recurrence: 'yearly',
      reference: 'BB/2014/12',
    });
    expect(shared).toMatchObject({ channelId: null, organisationId: stad.id, vatIncluded: true, recurrence: 'yearly' });
    expect(batchCount(register)).toBe(before + 2);
    expect(register.history.state().undoDescription).toBe('1 kostenlijn toegevoegd');
  });

  it('refuses a line with two owners, none, an end before its start, or a deleted or unknown owner', () => {
    const { register } = createTempRegister();
    const { stad, fb, bibFb } = setUp(register);
    const before = batchCount(register);

    const twoOwners = expectDomainError(() => register.costs.create(prize(fb.id, { organisationId: stad.id })), 'INVALID_INPUT');
    expect(twoOwners.messageNl).toContain('een kost hoort bij één kanaal of bij één organisatie');
    expectDomainError(
      () => register.costs.create({ category: 'other', amountCents: 100, startDate: '2014-01-01' }),
      'INVALID_INPUT',
    );
    const dates = expectDomainError(
      () => register.costs.create(prize(fb.id, { startDate: '2014-07-01', endDate: '2014-06-30' })),
      'INVALID_INPUT',
    );
    expect(dates.messageNl).toContain('Einddatum ligt vóór de begindatum.');
    expect(dates.messageEn).toContain('End date is before the start date.');

    register.channels.delete([bibFb.id]);
    const deleted = expectDomainError(() => register.costs.create(prize(bibFb.id)), 'INVALID_INPUT');
    expect(deleted.messageNl).toBe('Het gekozen kanaal bestaat niet (meer).');
    expect(deleted.messageEn).toBe('The chosen channel does not exist (any more).');
    expectDomainError(() => register.costs.create(prize(randomUUID())), 'INVALID_INPUT');
    const gone = register.organisations.create({ name: 'Opgeheven dienst', kind: 'stadsdienst' });
    register.organisations.delete(gone.id);
    expectDomainError(
      () => register.costs.create({ organisationId: gone.id, category: 'other', amountCents: 1, startDate: '2014-01-01' }),
      'INVALID_INPUT',
    );
    // Only the channel deletion and the organisation's create and delete were written.
    expect(batchCount(register)).toBe(before + 3);
    expect(register.costs.list({ deleted: 'include' }).total).toBe(0);
  });

  it('moves a line between channel and organisation: one owner at a time', () => {
    const { register } = createTempRegister();
    const { stad, fb, bibFb } = setUp(register);
    const line = register.costs.create(prize(fb.id));

    expect(register.costs.update(line.id, { organisationId: stad.id })).toMatchObject({
      channelId: null,
      organisationId: stad.id,
    });
    expect(register.costs.update(line.id, { channelId: bibFb.id })).toMatchObject({ channelId: bibFb.id, organisationId: null });
    expectDomainError(() => register.costs.update(line.id, { channelId: fb.id, organisationId: stad.id }), 'INVALID_INPUT');
    // Taking the channel away without giving an organisation leaves no owner.
    expectDomainError(() => register.costs.update(line.id, { channelId: null }), 'INVALID_INPUT');
    expect(register.costs.get(line.id)).toMatchObject({ channelId: bibFb.id, organisationId: null });
  });

  it('checks the whole line after a patch: dates against the stored ones, references, deleted lines', () => {
    const { register } = createTempRegister();
    const { fb, bibFb } = setUp(register);
    const line = register.costs.create(prize(fb.id, { startDate: '2014-01-01', endDate: '2014-12-31', recurrence: 'monthly' }));

    const updated = register.costs.update(line.id, { amountCents: 2500, description: 'Hosting', vatIncluded: false });
    expect(updated).toMatchObject({ amountCents: 2500, description: 'Hosting', vatIncluded: false, recurrence: 'monthly' });
    expect(register.history.state().undoDescription).toBe('1 kostenlijn: beschrijving, bedrag, btw inbegrepen');

    expectDomainError(() => register.costs.update(line.id, { startDate: '2015-01-01' }), 'INVALID_INPUT');
    expectDomainError(() => register.costs.update(line.id, { endDate: '2013-12-31' }), 'INVALID_INPUT');
    expect(register.costs.update(line.id, { endDate: null }).endDate).toBeNull();

    register.channels.delete([bibFb.id]);
    expectDomainError(() => register.costs.update(line.id, { channelId: bibFb.id }), 'INVALID_INPUT');
    expectDomainError(() => register.costs.update(randomUUID(), { amountCents: 1 }), 'NOT_FOUND');

    register.costs.delete([line.id]);
    const deleted = expectDomainError(() => register.costs.update(line.id, { amountCents: 1 }), 'CONFLICT');
    expect(deleted.messageNl).toMatch(/zet ze eerst terug/);
    expect(register.costs.get(line.id).amountCents).toBe(2500);
  });
});

describe('cost lines: delete, restore, undo', () => {
  it('deletes many lines as one undo step and restores them', () => {
    const { register } = createTempRegister();
    const { fb, bibFb } = setUp(register);
    const a = register.costs.create(prize(fb.id));
    const b = register.costs.create(prize(bibFb.id));
    const before = batchCount(register);

    expect(register.costs.delete([a.id, b.id, a.id])).toEqual({ updated: 2 });
    expect(batchCount(register)).toBe(before + 1);
    expect(register.costs.list({}).total).toBe(0);
    expect(
      register.costs
        .list({ deleted: 'only' })
        .rows.map((r) => r.id)
        .sort(),
    ).toEqual([a.id, b.id].sort());
    expect(register.history.state().undoDescription).toBe('2 kostenlijnen verwijderd');

    register.history.undo();
    expect(register.costs.list({}).total).toBe(2);
    register.history.redo();
    expect(register.costs.list({}).total).toBe(0);

    expect(register.costs.restore([a.id])).toEqual({ updated: 1 });
    expect(register.costs.list({}).rows.map((r) => r.id)).toEqual([a.id]);
    expect(register.history.state().undoDescription).toBe('1 kostenlijn teruggezet');
  });

  it('refuses the whole action when an id is unknown', () => {
    const { register } = createTempRegister();
    const { fb } = setUp(register);
    const a = register.costs.create(prize(fb.id));
    const unknown = randomUUID();
    const error = expectDomainError(() => register.costs.delete([a.id, unknown]), 'NOT_FOUND');
    expect(error.messageNl).toBe(`Deze kostenlijn bestaat niet: ${unknown}. Er is niets gewijzigd.`);
    expect(register.costs.get(a.id).deletedAt).toBeNull();
  });

  it('hides the lines of a deleted channel or organisation and refuses to restore them before their owner', () => {
    const { register } = createTempRegister();
    const { stad, bib, fb, bibFb } = setUp(register);
    const onPage = register.costs.create(prize(bibFb.id));
    const shared = register.costs.create({
      organisationId: bib.id,
      category: 'staff_time',
      amountCents: 500000,
      startDate: '2014-01-01',
    });
    const other = register.costs.create(prize(fb.id));

    register.channels.delete([bibFb.id]);
    register.organisations.delete(bib.id);
    expect(register.costs.list({}).rows.map((r) => r.id)).toEqual([other.id]);
    expect(
      register.costs
        .list({ deleted: 'only' })
        .rows.map((r) => r.id)
        .sort(),
    ).toEqual([onPage.id, shared.id].sort());
    expect(register.costs.list({ deleted: 'include' }).total).toBe(3);

    const refused = expectDomainError(() => register.costs.restore([onPage.id]), 'INVALID_INPUT');
    expect(refused.messageNl).toBe('Het gekozen kanaal bestaat niet (meer).');
    expectDomainError(() => register.costs.update(shared.id, { amountCents: 1 }), 'CONFLICT');

    // Bringing the owners back brings their lines back: the lines themselves were never deleted.
    register.history.undo(); // the organisation's deletion
    register.channels.restore([bibFb.id]);
    expect(register.costs.list({}).total).toBe(3);
    expect(register.costs.list({ organisationId: stad.id }).rows.map((r) => r.id)).toEqual([other.id]);
  });

  it('undoes and redoes an owner switch as one step, both fields together', () => {
    const { register } = createTempRegister();
    const { stad, fb } = setUp(register);
    const line = register.costs.create(prize(fb.id));
    register.costs.update(line.id, { organisationId: stad.id, amountCents: 7000 });
    expect(register.history.state().undoDescription).toBe('1 kostenlijn: kanaal, organisatie, bedrag');

    register.history.undo();
    expect(register.costs.get(line.id)).toMatchObject({ channelId: fb.id, organisationId: null, amountCents: 6000 });
    expect(register.history.state().redoDescription).toBe('1 kostenlijn: kanaal, organisatie, bedrag');
    register.history.redo();
    expect(register.costs.get(line.id)).toMatchObject({ channelId: null, organisationId: stad.id, amountCents: 7000 });
    register.history.undo();
    register.history.undo();
    expect(register.costs.get(line.id).deletedAt).not.toBeNull();
    register.history.redo();
    expect(register.costs.get(line.id).deletedAt).toBeNull();
  });

  it('an undo does not move a line back onto a channel deleted since (on another laptop)', () => {
    const { register, path, author } = createTempRegister();
    const { fb, bibFb } = setUp(register);
    const line = register.costs.create(prize(bibFb.id));
    register.costs.update(line.id, { channelId: fb.id });
    register.close();

    const colleague = Register.open(path, testAuthor('collega'));
    colleague.channels.delete([bibFb.id]);
    colleague.close();

    const mine = Register.open(path, author);
    onCleanup(() => mine.close());
    expectDomainError(() => mine.history.undo(), 'CONFLICT');
    expect(mine.costs.get(line.id)).toMatchObject({ channelId: fb.id, organisationId: null });
  });
});

describe('costs and budgets handlers through the dispatcher', () => {
  it('validate against the contract, answer values, and turn refusals into errors in both languages', async () => {
    const session = new RegisterSession({ dataDir: tempDir(), actor: 'tester', rememberRecent: false });
    onCleanup(() => session.close());
    const handlers = costsHandlers(session) as unknown as AllHandlers;
    expect(await dispatch(handlers, 'costs.list', {})).toMatchObject({ ok: false, error: { code: 'NO_REGISTER' } });

    await session.create(join(tempDir(), 'register.sqlite'));
    const { fb } = setUp(session.require());
    const created = await dispatch(handlers, 'costs.create', { fields: prize(fb.id) });
    expect(created).toMatchObject({ ok: true, value: { channelId: fb.id, amountCents: 6000, recurrence: 'once' } });
    const id = (created as { value: { id: string } }).value.id;
    // Money is whole cents: 60.5 cents is refused by the contract before any handler runs.
    expect(await dispatch(handlers, 'costs.create', { fields: prize(fb.id, { amountCents: 60.5 }) })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT' },
    });

    expect(await dispatch(handlers, 'costs.update', { id, patch: { amountCents: 7000 } })).toMatchObject({
      ok: true,
      value: { amountCents: 7000 },
    });
    expect(await dispatch(handlers, 'costs.get', { id })).toMatchObject({ ok: true, value: { id, amountCents: 7000 } });
    expect(await dispatch(handlers, 'costs.paste', { rows: [{ id, cells: { amountCents: '80,00' } }] })).toMatchObject({
      ok: true,
      value: { updated: 1, problems: [] },
    });
    expect(await dispatch(handlers, 'costs.list', { channelId: fb.id })).toMatchObject({
      ok: true,
      value: { total: 1, amountSumCents: 8000 },
    });
    expect(await dispatch(handlers, 'costs.delete', { ids: [id] })).toEqual({ ok: true, value: { updated: 1 } });
    expect(await dispatch(handlers, 'costs.restore', { ids: [id] })).toEqual({ ok: true, value: { updated: 1 } });

    const budget = await dispatch(handlers, 'budgets.create', { fields: { year: 2014, amountCents: 100000 } });
    expect(budget).toMatchObject({ ok: true, value: { year: 2014, scopeName: null } });
    const twice = await dispatch(handlers, 'budgets.create', { fields: { year: 2014, amountCents: 5 } });
    expect(twice).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: expect.stringContaining('Er is al een budget') },
    });
    const budgetId = (budget as { value: { id: string } }).value.id;
    expect(await dispatch(handlers, 'budgets.update', { id: budgetId, patch: { amountCents: 200000 } })).toMatchObject({
      ok: true,
      value: { amountCents: 200000 },
    });
    expect(await dispatch(handlers, 'budgets.list', { fromYear: 2014, toYear: 2014 })).toMatchObject({
      ok: true,
      value: [{ id: budgetId }],
    });
    expect(await dispatch(handlers, 'budgets.delete', { ids: [budgetId] })).toEqual({ ok: true, value: { updated: 1 } });
  });
});
