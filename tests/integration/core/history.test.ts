import { describe, expect, it } from 'vitest';
import type { ChannelFields } from '../../../shared/domain/channel';
import type { Author } from '../../../src-main/core/changeLog/changeLog';
import { Register } from '../../../src-main/core/register/register';
import { loadSample } from '../../../src-main/core/sample/sampleRegister';
import { createTempRegister, expectDomainError, onCleanup, testAuthor, useTempDirs } from '../../helpers/tempRegister';

useTempDirs();

function reopen(path: string, author: Author): Register {
  const register = Register.open(path, author);
  onCleanup(() => register.close());
  return register;
}

function logSize(register: Register): number {
  return (register.db.prepare(`SELECT count(*) AS n FROM change_log`).get() as { n: number }).n;
}

/** The history rows as stored, oldest first. */
function journal(register: Register): Array<{ kind: string; state: string | null; description: string; skipped: number }> {
  return register.db.prepare(`SELECT kind, state, description, skipped FROM history_batches ORDER BY seq`).all() as Array<{
    kind: string;
    state: string | null;
    description: string;
    skipped: number;
  }>;
}

const facebook = (name: string, extra: Partial<ChannelFields> = {}): ChannelFields => ({
  kind: 'social',
  platform: 'facebook',
  name,
  ...extra,
});

describe('undo and redo', () => {
  it('undoes and redoes an edit with new batches; the change log only grows', () => {
    const { register } = createTempRegister();
    const channel = register.channels.create(facebook('Stadsbestuur Mechelen'));
    register.channels.update(channel.id, { name: 'Stad Mechelen', status: 'active' });
    expect(register.history.state()).toEqual({
      canUndo: true,
      canRedo: false,
      undoDescription: '1 kanaal: naam, status',
      redoDescription: null,
    });
    const firstLog = register.db.prepare(`SELECT * FROM change_log ORDER BY rowid`).all();

    expect(register.history.undo()).toEqual({
      canUndo: true,
      canRedo: true,
      undoDescription: '1 kanaal toegevoegd',
      redoDescription: '1 kanaal: naam, status',
    });
    expect(register.channels.get(channel.id)).toMatchObject({ name: 'Stadsbestuur Mechelen', status: null });
    const afterUndo = register.db.prepare(`SELECT * FROM change_log ORDER BY rowid`).all();
    expect(afterUndo.slice(0, firstLog.length)).toEqual(firstLog);
    expect(afterUndo).toHaveLength(firstLog.length + 2);

    register.history.redo();
    expect(register.channels.get(channel.id)).toMatchObject({ name: 'Stad Mechelen', status: 'active' });
    expect(register.history.state()).toMatchObject({ canRedo: false, undoDescription: '1 kanaal: naam, status' });
    expect(journal(register).map((j) => [j.kind, j.state])).toEqual([
      ['edit', 'done'],
      ['edit', 'done'],
      ['undo', null],
      ['redo', null],
    ]);

    // Undo after a redo reverses the redo.
    register.history.undo();
    expect(register.channels.get(channel.id).name).toBe('Stadsbestuur Mechelen');
    // Undo of a create deletes (softly); its redo restores.
    register.history.undo();
    expect(register.channels.get(channel.id).deletedAt).not.toBeNull();
    expect(register.history.state()).toMatchObject({ canUndo: false, canRedo: true, redoDescription: '1 kanaal toegevoegd' });
    register.history.redo();
    expect(register.channels.get(channel.id).deletedAt).toBeNull();
  });

  it('does nothing when there is nothing to undo or redo', () => {
    const { register } = createTempRegister();
    const empty = { canUndo: false, canRedo: false, undoDescription: null, redoDescription: null };
    expect(register.history.undo()).toEqual(empty);
    expect(register.history.redo()).toEqual(empty);
    expect(logSize(register)).toBe(0);
  });

  it('survives closing and reopening the register, per device', () => {
    const { register, path, author } = createTempRegister();
    const channel = register.channels.create(facebook('Jeugdraad Mechelen'));
    register.channels.update(channel.id, { status: 'passive' });
    register.channels.update(channel.id, { status: 'dormant' });
    register.history.undo();
    register.close();

    const again = reopen(path, author);
    expect(again.history.state()).toEqual({
      canUndo: true,
      canRedo: true,
      undoDescription: '1 kanaal: status',
      redoDescription: '1 kanaal: status',
    });
    again.history.redo();
    expect(again.channels.get(channel.id).status).toBe('dormant');
    again.history.undo();
    again.history.undo();
    expect(again.channels.get(channel.id).status).toBeNull();
    again.close();

    // Another laptop opening the same file has its own, empty history.
    const other = reopen(path, testAuthor('collega'));
    expect(other.history.state()).toEqual({ canUndo: false, canRedo: false, undoDescription: null, redoDescription: null });
    other.close();
    const back = reopen(path, author);
    expect(back.history.state()).toMatchObject({ canUndo: true, canRedo: true, redoDescription: '1 kanaal: status' });
  });

  it('a new edit clears the redo stack', () => {
    const { register } = createTempRegister();
    const channel = register.channels.create(facebook('Villa 32'));
    register.channels.update(channel.id, { status: 'active' });
    register.channels.update(channel.id, { status: 'passive' });
    register.history.undo();
    register.history.undo();
    expect(register.history.state().canRedo).toBe(true);

    register.channels.update(channel.id, { notes: 'nieuw' });
    expect(register.history.state()).toMatchObject({
      canRedo: false,
      redoDescription: null,
      undoDescription: '1 kanaal: notities',
    });
    expect(register.history.redo().canRedo).toBe(false);
    expect(register.channels.get(channel.id)).toMatchObject({ status: null, notes: 'nieuw' });
    expect(journal(register).filter((j) => j.state === 'dropped')).toHaveLength(2);
  });

  it('undoes a bulk edit of many channels as one step', () => {
    const { register } = createTempRegister();
    const ids = ['A', 'B', 'C'].map((name) => register.channels.create(facebook(name, { status: 'active' })).id);
    expect(register.channels.bulkUpdate(ids, { status: 'dormant' })).toEqual({ updated: 3 });
    expect(register.history.state().undoDescription).toBe('3 kanalen: status');
    register.history.undo();
    expect(ids.map((id) => register.channels.get(id).status)).toEqual(['active', 'active', 'active']);
    register.history.redo();
    expect(ids.map((id) => register.channels.get(id).status)).toEqual(['dormant', 'dormant', 'dormant']);
  });

  it('undoes an import-like batch: the new channels and then their new organisation', () => {
    const { register } = createTempRegister();
    register.changeLog.batch((batch) => {
      const org = register.organisations.create({ name: 'Musea Mechelen', kind: 'stadsdienst' }, batch);
      register.channels.create(facebook('Hof van Busleyden', { organisationId: org.id }), batch);
      register.channels.create(facebook('Speelgoedmuseum', { organisationId: org.id }), batch);
    });
    expect(register.history.state().undoDescription).toBe('1 organisatie toegevoegd; 2 kanalen toegevoegd');
    register.history.undo();
    expect(register.channels.list({}).total).toBe(0);
    expect(register.organisations.list()).toEqual([]);
    register.history.redo();
    expect(register.organisations.list()[0]).toMatchObject({ name: 'Musea Mechelen', channelCount: 2 });
  });
});

describe('undoing a large batch', () => {
  it('takes a sample-sized batch back as one step (channels, counts, organisations) and puts it back', () => {
    const { register } = createTempRegister();
    // The sample itself is no undo step (see sampleRegister.test.ts); inside an edit batch it is
    // just a large one, the size of an import.
    register.changeLog.batch(() => loadSample(register));
    expect(register.history.state().undoDescription).toMatch(
      /^\d+ organisaties toegevoegd; 44 kanalen toegevoegd; \d+ tellingen toegevoegd; 2 campagnes toegevoegd; 3 campagnekanalen toegevoegd; 1 kostenlijn toegevoegd; 1 instellingen nazicht toegevoegd$/,
    );
    const before = register.channels.list({ limit: 100 }).rows;

    register.history.undo();
    expect(register.channels.list({}).total).toBe(0);
    expect(register.organisations.list()).toEqual([]);
    expect(register.db.prepare(`SELECT count(*) AS n FROM follower_snapshots WHERE deleted_at IS NULL`).get()).toEqual({ n: 0 });
    expect(register.campaigns.list()).toEqual([]);
    expect(register.costs.list({}).total).toBe(0);

    register.history.redo();
    const after = register.channels.list({ limit: 100 }).rows;
    expect(after.map((r) => [r.id, r.organisationName, r.latestCount])).toEqual(
      before.map((r) => [r.id, r.organisationName, r.latestCount]),
    );
  });
});

describe('undo after someone else changed the same fields', () => {
  it('skips the fields changed since, says so, and puts back the rest', () => {
    const { register, path, author } = createTempRegister();
    const ids = ['Archief', 'Bib', 'Cultuurcentrum'].map(
      (name) => register.channels.create(facebook(name, { status: 'active' })).id,
    );
    register.channels.bulkUpdate(ids, { status: 'dormant' });
    register.close();

    // A colleague on another laptop reviews one of them.
    const colleague = reopen(path, testAuthor('collega'));
    colleague.channels.update(ids[1]!, { status: 'to_remove' });
    colleague.close();

    const mine = reopen(path, author);
    const state = mine.history.undo();
    expect(ids.map((id) => mine.channels.get(id).status)).toEqual(['active', 'to_remove', 'active']);
    expect(state.redoDescription).toBe('3 kanalen: status (zonder 1 wijziging: intussen gewijzigd)');
    const undo = journal(mine).at(-1)!;
    expect(undo).toMatchObject({ kind: 'undo', skipped: 1 });
    expect(undo.description).toBe(
      'Ongedaan gemaakt: 3 kanalen: status — overgeslagen: kanaal "Bib": status (intussen gewijzigd)',
    );

    // Redo puts forward only what the undo put back.
    mine.history.redo();
    expect(ids.map((id) => mine.channels.get(id).status)).toEqual(['dormant', 'to_remove', 'dormant']);
  });

  it('refuses with CONFLICT when nothing at all can be undone, and takes the step off the stack', () => {
    const { register, path, author } = createTempRegister();
    const channel = register.channels.create(facebook('Mechelen Muurt'));
    register.channels.update(channel.id, { status: 'active' });
    register.close();
    const colleague = reopen(path, testAuthor('collega'));
    colleague.channels.update(channel.id, { status: 'removed' });
    colleague.close();

    const mine = reopen(path, author);
    const logBefore = logSize(mine);
    const error = expectDomainError(() => mine.history.undo(), 'CONFLICT');
    expect(error.messageNl).toBe(
      'Niets ongedaan gemaakt: alles wat "1 kanaal: status" wijzigde, is intussen opnieuw gewijzigd (overgeslagen: kanaal "Mechelen Muurt": status (intussen gewijzigd)). Deze stap is uit de geschiedenis gehaald.',
    );
    expect(error.messageEn).toMatch(/^Nothing undone: everything "1 channel: status" changed has been changed again since/);
    expect(mine.channels.get(channel.id).status).toBe('removed');
    expect(logSize(mine)).toBe(logBefore);
    // The next undo goes on with the step before.
    expect(mine.history.state()).toMatchObject({ canUndo: true, canRedo: false, undoDescription: '1 kanaal toegevoegd' });
  });

  it('does not delete an organisation that channels have been put under since', () => {
    const { register, path, author } = createTempRegister();
    const org = register.organisations.create({ name: 'Erfgoedcel', kind: 'stadsdienst' });
    register.close();
    const colleague = reopen(path, testAuthor('collega'));
    colleague.channels.create(facebook('Erfgoeddag', { organisationId: org.id }));
    colleague.close();

    const mine = reopen(path, author);
    const error = expectDomainError(() => mine.history.undo(), 'CONFLICT');
    expect(error.messageNl).toMatch(/organisatie "Erfgoedcel" \(nog in gebruik\)/);
    expect(mine.organisations.list().map((o) => o.name)).toEqual(['Erfgoedcel']);
  });

  it('does not bring back a saved view whose name has been taken since', () => {
    const { register, path, author } = createTempRegister();
    const view = register.views.save(undefined, { name: 'Slapende kanalen', definition: { filters: { statuses: ['dormant'] } } });
    register.views.delete(view.id);
    register.close();
    const colleague = reopen(path, testAuthor('collega'));
    colleague.views.save(undefined, { name: 'Slapende kanalen', definition: {} });
    colleague.close();

    const mine = reopen(path, author);
    const error = expectDomainError(() => mine.history.undo(), 'CONFLICT');
    expect(error.messageNl).toMatch(/weergave "Slapende kanalen" \(kon niet teruggezet worden\)/);
    expect(mine.views.list()).toEqual([expect.objectContaining({ name: 'Slapende kanalen', definition: {} })]);
  });
});
