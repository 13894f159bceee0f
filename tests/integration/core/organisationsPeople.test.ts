import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { Register } from '../../../src-main/core/register/register';
import { createTempRegister, expectDomainError, useTempDirs } from '../../helpers/tempRegister';

useTempDirs();

function logCount(register: Register): number {
  return (register.db.prepare(`SELECT count(*) AS n FROM change_log`).get() as { n: number }).n;
}

function logFor(register: Register, entityId: string): Array<{ field: string; oldValue: unknown; newValue: unknown }> {
  return (
    register.db
      .prepare(`SELECT field, old_value AS oldValue, new_value AS newValue FROM change_log WHERE entity_id = ? ORDER BY rowid`)
      .all(entityId) as Array<{ field: string; oldValue: string | null; newValue: string | null }>
  ).map((r) => ({
    field: r.field,
    oldValue: r.oldValue === null ? null : JSON.parse(r.oldValue),
    newValue: r.newValue === null ? null : JSON.parse(r.newValue),
  }));
}

describe('organisations', () => {
  /** Stad > Toerisme > Toerismehuis, plus a separate partner project. */
  function hierarchy(register: Register) {
    const stad = register.organisations.create({ name: 'Stad Mechelen', kind: 'stadsdienst' });
    const toerisme = register.organisations.create({ name: 'Toerisme Mechelen', kind: 'stadsdienst', parentId: stad.id });
    const huis = register.organisations.create({ name: 'Toerismehuis', kind: 'stadsdienst', parentId: toerisme.id });
    const wolf = register.organisations.create({ name: 'Project Wolf', kind: 'partnerproject' });
    return { stad, toerisme, huis, wolf };
  }

  it('creates a hierarchy and lists it by name with channel counts', () => {
    const { register } = createTempRegister();
    const { stad, toerisme, huis } = hierarchy(register);
    register.channels.create({ kind: 'social', platform: 'twitter', name: '@ToerismeMech', organisationId: toerisme.id });
    register.channels.create({ kind: 'social', platform: 'facebook', name: 'visitmechelen', organisationId: toerisme.id });
    const deleted = register.channels.create({
      kind: 'social',
      platform: 'pinterest',
      name: 'Visit Mechelen',
      organisationId: toerisme.id,
    });
    register.channels.delete([deleted.id]);

    const list = register.organisations.list();
    expect(list.map((o) => o.name)).toEqual(['Project Wolf', 'Stad Mechelen', 'Toerisme Mechelen', 'Toerismehuis']);
    expect(list.find((o) => o.id === toerisme.id)).toMatchObject({ parentId: stad.id, channelCount: 2, notes: null });
    expect(list.find((o) => o.id === huis.id)).toMatchObject({ parentId: toerisme.id, channelCount: 0 });
  });

  it.each([
    ['under itself', (o: ReturnType<typeof hierarchy>) => [o.stad.id, o.stad.id]],
    ['under its child', (o: ReturnType<typeof hierarchy>) => [o.stad.id, o.toerisme.id]],
    ['under its grandchild', (o: ReturnType<typeof hierarchy>) => [o.stad.id, o.huis.id]],
    ['under its own child, from the middle of the tree', (o: ReturnType<typeof hierarchy>) => [o.toerisme.id, o.huis.id]],
  ])('refuses to put an organisation %s (a cycle) and changes nothing', (_label, pick) => {
    const { register } = createTempRegister();
    const orgs = hierarchy(register);
    const [id, parentId] = pick(orgs);
    const before = register.organisations.list();
    const logBefore = logCount(register);

    const error = expectDomainError(() => register.organisations.update(id!, { parentId }), 'INVALID_INPUT');
    expect(error.messageNl).toMatch(/kan niet onder zichzelf/);
    expect(error.messageEn).toMatch(/cannot sit under itself/);
    expect(error.details).toEqual({ field: 'parentId' });
    expect(register.organisations.list()).toEqual(before);
    expect(logCount(register)).toBe(logBefore);
  });

  it('allows moving an organisation elsewhere in the tree, and logs the old and new parent', () => {
    const { register } = createTempRegister();
    const { stad, toerisme, huis, wolf } = hierarchy(register);
    const moved = register.organisations.update(huis.id, { parentId: stad.id });
    expect(moved.parentId).toBe(stad.id);
    const underPartner = register.organisations.update(stad.id, { parentId: wolf.id });
    expect(underPartner.parentId).toBe(wolf.id);
    expect(logFor(register, huis.id).at(-1)).toEqual({ field: 'parentId', oldValue: toerisme.id, newValue: stad.id });
  });

  it('refuses an unknown parent, naming the field', () => {
    const { register } = createTempRegister();
    const error = expectDomainError(
      () => register.organisations.create({ name: 'Wees', kind: 'other', parentId: randomUUID() }),
      'INVALID_INPUT',
    );
    expect(error.messageNl).toMatch(/bovenliggende organisatie bestaat niet/);
    expect(error.details).toEqual({ field: 'parentId' });
    expect(register.organisations.list()).toEqual([]);
    expect(logCount(register)).toBe(0);
  });

  it('refuses an unknown kind and a blank name with Dutch messages', () => {
    const { register } = createTempRegister();
    const kind = expectDomainError(() => register.organisations.create({ name: 'X', kind: 'vzw' as never }), 'INVALID_INPUT');
    expect(kind.messageNl).toMatch(/Soort moet een van deze waarden zijn/);
    const name = expectDomainError(() => register.organisations.create({ name: ' ', kind: 'agb' }), 'INVALID_INPUT');
    expect(name.messageNl).toMatch(/Naam mag niet leeg zijn/);
    expect(register.organisations.list()).toEqual([]);
  });
});

describe('people', () => {
  it('creates a person: active by default, as a boolean, with blank optional text stored as null', () => {
    const { register } = createTempRegister();
    const org = register.organisations.create({ name: 'Communicatiedienst', kind: 'stadsdienst' });
    const person = register.people.create({
      name: '  An Peeters ',
      email: 'an.peeters@mechelen.be',
      phone: ' ',
      organisationId: org.id,
    });

    expect(person).toMatchObject({
      name: 'An Peeters',
      email: 'an.peeters@mechelen.be',
      phone: null,
      organisationId: org.id,
      role: null,
      active: true,
      deletedAt: null,
    });
    expect(register.people.list()).toEqual([expect.objectContaining({ id: person.id, name: 'An Peeters', active: true })]);
    expect(register.db.prepare(`SELECT active FROM people WHERE id = ?`).get(person.id)).toEqual({ active: 1 });
    expect(logFor(register, person.id).map((r) => r.field)).toEqual(['created', 'name', 'email', 'organisationId', 'active']);
  });

  it('treats an explicitly undefined active flag (as IPC can send it) as the default, active', () => {
    const { register } = createTempRegister();
    expect(register.people.create({ name: 'An', active: undefined }).active).toBe(true);
  });

  it('round-trips the active flag as a boolean through update, list and storage', () => {
    const { register } = createTempRegister();
    const person = register.people.create({ name: 'Jan Janssens', role: 'webmaster' });

    const left = register.people.update(person.id, { active: false });
    expect(left.active).toBe(false);
    expect(register.people.list()[0]!.active).toBe(false);
    expect(register.db.prepare(`SELECT active FROM people WHERE id = ?`).get(person.id)).toEqual({ active: 0 });

    const back = register.people.update(person.id, { active: true, role: 'webmaster' });
    expect(back.active).toBe(true);
    expect(register.people.list()[0]!.active).toBe(true);

    expect(logFor(register, person.id).filter((r) => r.field === 'active')).toEqual([
      { field: 'active', oldValue: null, newValue: true },
      { field: 'active', oldValue: true, newValue: false },
      { field: 'active', oldValue: false, newValue: true },
    ]);
  });

  it('creates an inactive person when asked', () => {
    const { register } = createTempRegister();
    const person = register.people.create({ name: 'Vertrokken Collega', active: false });
    expect(person.active).toBe(false);
    expect(register.people.list()[0]!.active).toBe(false);
  });

  it('updates fields and logs only what changed', () => {
    const { register } = createTempRegister();
    const person = register.people.create({ name: 'Els', email: 'els@mechelen.be' });
    const updated = register.people.update(person.id, { name: 'Els Vermeulen', email: 'els@mechelen.be', phone: '015 29 76 54' });
    expect(updated).toMatchObject({ name: 'Els Vermeulen', email: 'els@mechelen.be', phone: '015 29 76 54', active: true });
    const log = logFor(register, person.id);
    expect(log.slice(-2)).toEqual([
      { field: 'name', oldValue: 'Els', newValue: 'Els Vermeulen' },
      { field: 'phone', oldValue: null, newValue: '015 29 76 54' },
    ]);
  });

  it('refuses an invalid e-mail address, naming the field, and changes nothing', () => {
    const { register } = createTempRegister();
    const person = register.people.create({ name: 'Els' });
    const logBefore = logCount(register);
    const error = expectDomainError(() => register.people.update(person.id, { email: 'geen-adres' }), 'INVALID_INPUT');
    expect(error.messageNl).toMatch(/E-mail heeft een ongeldig formaat/);
    expect(error.messageEn).toMatch(/E-mail has an invalid format/);
    expect(register.people.list()[0]!.email).toBeNull();
    expect(logCount(register)).toBe(logBefore);
  });

  it('answers NOT_FOUND when updating someone who does not exist', () => {
    const { register } = createTempRegister();
    expectDomainError(() => register.people.update(randomUUID(), { active: false }), 'NOT_FOUND');
  });
});

describe('deleting organisations and people', () => {
  it('soft-deletes an unused organisation: gone from the list, logged, undoable', () => {
    const { register } = createTempRegister();
    const org = register.organisations.create({ name: 'Lamot', kind: 'agb' });
    expect(register.organisations.delete(org.id)).toBeNull();
    expect(register.organisations.list()).toEqual([]);
    expect(logFor(register, org.id).at(-1)).toMatchObject({ field: 'deletedAt', oldValue: null });
    expectDomainError(() => register.organisations.delete(org.id), 'NOT_FOUND');
    register.history.undo();
    expect(register.organisations.list().map((o) => o.name)).toEqual(['Lamot']);
  });

  it('refuses to delete an organisation that channels, people or sub-organisations still use, saying how many', () => {
    const { register } = createTempRegister();
    const stad = register.organisations.create({ name: 'Stad Mechelen', kind: 'stadsdienst' });
    for (const name of ['Stadsbestuur Mechelen', 'Stad Mechelen'])
      register.channels.create({ kind: 'social', platform: 'facebook', name, organisationId: stad.id });
    const gone = register.channels.create({ kind: 'social', platform: 'googleplus', name: 'G+', organisationId: stad.id });
    register.channels.delete([gone.id]);
    register.people.create({ name: 'An Peeters', organisationId: stad.id });
    const logBefore = logCount(register);

    const error = expectDomainError(() => register.organisations.delete(stad.id), 'CONFLICT');
    expect(error.messageNl).toBe(
      'Organisatie "Stad Mechelen" kan niet verwijderd worden: 2 kanalen en 1 persoon horen er nog bij. Verplaats of verwijder die eerst.',
    );
    expect(error.messageEn).toBe(
      'Organisation "Stad Mechelen" cannot be deleted: 2 channels and 1 person still belong to it. Move or delete them first.',
    );
    expect(error.details).toEqual({ channels: 2, people: 1, children: 0 });
    expect(logCount(register)).toBe(logBefore);

    const parent = register.organisations.create({ name: 'Cultuur', kind: 'stadsdienst' });
    register.organisations.create({ name: 'Cultuurcentrum', kind: 'stadsdienst', parentId: parent.id });
    expect(expectDomainError(() => register.organisations.delete(parent.id), 'CONFLICT').messageNl).toMatch(
      /: 1 onderliggende organisatie hoort er nog bij\./,
    );
  });

  it('soft-deletes a person nobody relies on, and refuses one still responsible for channels', () => {
    const { register } = createTempRegister();
    const an = register.people.create({ name: 'An Peeters' });
    const els = register.people.create({ name: 'Els Vermeulen' });
    register.channels.create({ kind: 'social', platform: 'twitter', name: 'Stad Mechelen', responsiblePersonId: an.id });

    const error = expectDomainError(() => register.people.delete(an.id), 'CONFLICT');
    expect(error.messageNl).toBe(
      'An Peeters kan niet verwijderd worden: nog verantwoordelijk voor 1 kanaal. Duid eerst iemand anders aan, of zet de persoon op niet actief.',
    );
    expect(error.messageEn).toMatch(/still responsible for 1 channel\./);
    expect(error.details).toEqual({ channels: 1 });

    expect(register.people.delete(els.id)).toBeNull();
    expect(register.people.list().map((p) => p.name)).toEqual(['An Peeters']);
    expectDomainError(() => register.people.delete(els.id), 'NOT_FOUND');
    expectDomainError(() => register.people.delete(randomUUID()), 'NOT_FOUND');
  });
});
