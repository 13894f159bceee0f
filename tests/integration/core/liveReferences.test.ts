import { describe, expect, it } from 'vitest';
import { Register } from '../../../src-main/core/register/register';
import { createTempRegister, expectDomainError, onCleanup, testAuthor, useTempDirs } from '../../helpers/tempRegister';

useTempDirs();

/** Soft-deleted organisations and people must not be pointed at again (SQLite's foreign keys cannot see a soft delete). */
describe('references to deleted organisations and people', () => {
  it('refuses to edit a deleted organisation or person, or to point at a deleted one', () => {
    const { register } = createTempRegister();
    const gone = register.organisations.create({ name: 'Opgeheven dienst', kind: 'stadsdienst' });
    register.organisations.delete(gone.id);
    const stad = register.organisations.create({ name: 'Stad Mechelen', kind: 'stadsdienst' });

    expectDomainError(() => register.organisations.update(gone.id, { name: 'Toch niet' }), 'NOT_FOUND');
    expectDomainError(() => register.organisations.update(stad.id, { parentId: gone.id }), 'INVALID_INPUT');
    expectDomainError(() => register.people.create({ name: 'An', organisationId: gone.id }), 'INVALID_INPUT');

    const person = register.people.create({ name: 'Jan' });
    register.people.delete(person.id);
    expectDomainError(() => register.people.update(person.id, { role: 'webmaster' }), 'NOT_FOUND');
  });

  it('refuses to restore a channel whose organisation was deleted in the meantime', () => {
    const { register } = createTempRegister();
    const org = register.organisations.create({ name: 'Project Wolf', kind: 'partnerproject' });
    const channel = register.channels.create({
      kind: 'social',
      platform: 'facebook',
      name: 'Project Wolf',
      organisationId: org.id,
    });
    register.channels.delete([channel.id]);
    register.organisations.delete(org.id);

    const error = expectDomainError(() => register.channels.restore([channel.id]), 'INVALID_INPUT');
    expect(error.messageNl).toMatch(/organisatie bestaat niet/);
    expect(register.channels.get(channel.id).deletedAt).not.toBeNull();
  });

  it('an undo does not bring back a reference to an organisation deleted since (on another laptop)', () => {
    const { register, path, author } = createTempRegister();
    const old = register.organisations.create({ name: 'Oude dienst', kind: 'stadsdienst' });
    const now = register.organisations.create({ name: 'Nieuwe dienst', kind: 'stadsdienst' });
    const channel = register.channels.create({
      kind: 'social',
      platform: 'twitter',
      name: '@Wegenwerken',
      organisationId: old.id,
    });
    register.channels.update(channel.id, { organisationId: now.id });
    register.close();

    const colleague = Register.open(path, testAuthor('collega'));
    colleague.organisations.delete(old.id);
    colleague.close();

    const mine = Register.open(path, author);
    onCleanup(() => mine.close());
    const error = expectDomainError(() => mine.history.undo(), 'CONFLICT');
    expect(error.messageEn).toMatch(/could not be put back/);
    expect(mine.channels.get(channel.id).organisationId).toBe(now.id);
  });
});
