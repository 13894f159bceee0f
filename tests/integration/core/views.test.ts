import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { ViewDefinition } from '../../../shared/domain/savedView';
import { createTempRegister, expectDomainError, useTempDirs } from '../../helpers/tempRegister';

useTempDirs();

const dormant: ViewDefinition = {
  filters: { statuses: ['dormant'] },
  sort: [{ field: 'latestCount', desc: true }],
  groupBy: 'platform',
  columns: { order: ['name', 'platform', 'status'], hidden: ['notes'], widths: { name: 240 } },
};

describe('saved views', () => {
  it('saves, lists by name, replaces and deletes, each through the change log', () => {
    const { register } = createTempRegister();
    const partners = register.views.save(undefined, { name: 'Partnerprojecten', definition: { search: 'project' } });
    const slapend = register.views.save(undefined, { name: '  Slapende kanalen ', definition: dormant });
    expect(slapend).toMatchObject({ name: 'Slapende kanalen', definition: dormant });
    expect(register.views.list().map((v) => v.name)).toEqual(['Partnerprojecten', 'Slapende kanalen']);

    const replaced = register.views.save(slapend.id, { name: 'Slapend', definition: { ...dormant, groupBy: 'organisation' } });
    expect(replaced).toMatchObject({ id: slapend.id, name: 'Slapend', definition: { groupBy: 'organisation' } });
    const log = register.changeLog.forEntity('savedView', slapend.id);
    expect(
      log
        .map((e) => e.field)
        .slice(0, 2)
        .sort(),
    ).toEqual(['definition', 'name']);
    // The definition is logged as an object, not as JSON text.
    expect(log.find((e) => e.field === 'definition')!.newValue).toMatchObject({ groupBy: 'organisation' });
    expect(register.history.state().undoDescription).toBe('1 weergave: naam, instellingen');

    expect(register.views.delete(partners.id)).toBeNull();
    expect(register.views.list().map((v) => v.id)).toEqual([slapend.id]);
    register.history.undo();
    expect(register.views.list().map((v) => v.name)).toEqual(['Partnerprojecten', 'Slapend']);
  });

  it('refuses a second view with the same name, whatever the case or accents, in both languages', () => {
    const { register } = createTempRegister();
    const first = register.views.save(undefined, { name: 'Sociale media', definition: {} });
    const error = expectDomainError(() => register.views.save(undefined, { name: 'SOCIALE MÉDIA', definition: {} }), 'CONFLICT');
    expect(error.messageNl).toBe('Er is al een weergave met de naam "Sociale media". Kies een andere naam.');
    expect(error.messageEn).toBe('There already is a view named "Sociale media". Choose another name.');
    // Saving a view under its own name is no conflict; a deleted view's name is free again.
    register.views.save(first.id, { name: 'Sociale media', definition: { search: 'x' } });
    register.views.delete(first.id);
    expect(register.views.save(undefined, { name: 'Sociale media', definition: {} }).id).not.toBe(first.id);
  });

  it('validates the definition on the way in', () => {
    const { register } = createTempRegister();
    expectDomainError(
      () => register.views.save(undefined, { name: 'Fout', definition: { sort: [{ field: 'kleur', desc: false }] } as never }),
      'INVALID_INPUT',
    );
    expectDomainError(() => register.views.save(undefined, { name: ' ', definition: {} }), 'INVALID_INPUT');
    expect(register.views.list()).toEqual([]);
  });

  it('keeps the usable parts of a stored definition this version does not fully understand', () => {
    const { register } = createTempRegister();
    const view = register.views.save(undefined, { name: 'Van later', definition: dormant });
    register.db
      .prepare(`UPDATE saved_views SET definition = ? WHERE id = ?`)
      .run(JSON.stringify({ ...dormant, sort: [{ field: 'costPerFollower', desc: true }], colour: 'red' }), view.id);
    const { sort: _sort, ...rest } = dormant;
    expect(register.views.list()[0]!.definition).toEqual(rest);
  });

  it('answers NOT_FOUND for an unknown or deleted view', () => {
    const { register } = createTempRegister();
    expectDomainError(() => register.views.save(randomUUID(), { name: 'X', definition: {} }), 'NOT_FOUND');
    const view = register.views.save(undefined, { name: 'X', definition: {} });
    register.views.delete(view.id);
    expectDomainError(() => register.views.delete(view.id), 'NOT_FOUND');
  });
});
