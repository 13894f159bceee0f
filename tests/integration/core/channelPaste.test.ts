import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { Register } from '../../../src-main/core/register/register';
import { createTempRegister, useTempDirs } from '../../helpers/tempRegister';

useTempDirs();

function batchesInLog(register: Register): number {
  return (register.db.prepare(`SELECT count(DISTINCT batch_id) AS n FROM change_log`).get() as { n: number }).n;
}

function setUp(register: Register) {
  const stad = register.organisations.create({ name: 'Stad Mechelen', kind: 'stadsdienst' });
  const an = register.people.create({ name: 'An Peeters' });
  const fb = register.channels.create({ kind: 'social', platform: 'facebook', name: 'Stadsbestuur Mechelen', notes: 'oud' });
  const tw = register.channels.create({ kind: 'social', platform: 'twitter', name: 'Stad Mechelen' });
  return { stad, an, fb, tw };
}

describe('channels.paste', () => {
  it('applies the good lines in one batch and lists the bad ones by line and field, in both languages', () => {
    const { register } = createTempRegister();
    const { stad, an, fb, tw } = setUp(register);
    const batchesBefore = batchesInLog(register);

    const result = register.channels.paste([
      // 1: update with labels and names, any case and accents
      {
        id: fb.id,
        cells: {
          status: 'Actief',
          organisationId: 'stad MECHELEN',
          responsiblePersonId: 'an peeters',
          createdByWebmasters: 'ja',
          notes: '',
        },
      },
      // 2: an unknown organisation: the whole line stays out
      { id: tw.id, cells: { status: 'Passief', organisationId: 'Stad Antwerpen' } },
      // 3: past the end: a new channel, platform and handle read from the URL
      {
        id: null,
        cells: { name: 'Energiepunt', url: 'https://www.facebook.com/energiepuntmechelen?fref=pb&hc_location=profile_browser' },
      },
      // 4: past the end, a bare address: a website
      { id: null, cells: { name: 'Maanrock', url: 'maanrock.be', status: 'slapend' } },
      // 5: an unknown status and a yes/no that is neither
      { id: tw.id, cells: { status: 'half actief', createdByWebmasters: 'misschien' } },
      // 6: a new line without a name
      { id: null, cells: { platform: 'Facebook', status: 'Actief' } },
      // 7: a trailing blank line is no new channel and no problem
      { id: null, cells: { name: '  ', url: '' } },
    ]);

    expect(result.updated).toBe(1);
    expect(result.created).toBe(2);
    expect(result.createdIds).toHaveLength(2);
    expect(result.batchId).not.toBeNull();
    expect(result.problems.map((p) => [p.row, p.field])).toEqual([
      [2, 'organisationId'],
      [5, 'status'],
      [5, 'createdByWebmasters'],
      [6, 'name'],
    ]);
    for (const problem of result.problems) {
      expect(problem.message.length).toBeGreaterThan(0);
      expect(problem.messageEn).not.toBe(problem.message);
    }
    expect(result.problems[0]).toMatchObject({
      message: 'Onbekende organisatie "Stad Antwerpen".',
      messageEn: 'Unknown organisation "Stad Antwerpen".',
    });
    expect(result.problems[1]!.message).toMatch(/Onbekende status "half actief"; kies uit Actief, Passief, Slapend/);

    expect(register.channels.get(fb.id)).toMatchObject({
      status: 'active',
      organisationId: stad.id,
      responsiblePersonId: an.id,
      createdByWebmasters: true,
      notes: null, // an empty cell clears the field
    });
    expect(register.channels.get(tw.id)).toMatchObject({ status: null, organisationId: null });
    const [energiepunt, maanrock] = result.createdIds.map((id) => register.channels.get(id));
    expect(energiepunt).toMatchObject({
      name: 'Energiepunt',
      platform: 'facebook',
      kind: 'social',
      handle: 'energiepuntmechelen',
      // Typed addresses are stored as typed.
      url: 'https://www.facebook.com/energiepuntmechelen?fref=pb&hc_location=profile_browser',
    });
    expect(maanrock).toMatchObject({ platform: 'website', kind: 'website', url: 'http://maanrock.be', status: 'dormant' });

    // One batch, one undo step, described by what it did.
    expect(batchesInLog(register)).toBe(batchesBefore + 1);
    expect(register.history.state().undoDescription).toBe(
      '2 kanalen toegevoegd; 1 kanaal: organisatie, verantwoordelijke, status, aangemaakt door webmasters, notities',
    );
  });

  it('is undone as one step: updates put back, new channels deleted; and redone', () => {
    const { register } = createTempRegister();
    const { fb, tw } = setUp(register);
    const result = register.channels.paste([
      { id: fb.id, cells: { name: 'Stad Mechelen (Facebook)', status: 'Actief' } },
      { id: tw.id, cells: { status: 'Slapend' } },
      { id: null, cells: { name: 'Nieuw kanaal', platform: 'Instagram' } },
    ]);
    expect(register.channels.list({}).total).toBe(3);

    register.history.undo();
    expect(register.channels.get(fb.id)).toMatchObject({ name: 'Stadsbestuur Mechelen', status: null });
    expect(register.channels.get(tw.id).status).toBeNull();
    expect(register.channels.get(result.createdIds[0]!).deletedAt).not.toBeNull();
    expect(register.channels.list({}).total).toBe(2);

    register.history.redo();
    expect(register.channels.get(fb.id)).toMatchObject({ name: 'Stad Mechelen (Facebook)', status: 'active' });
    expect(register.channels.get(result.createdIds[0]!)).toMatchObject({
      deletedAt: null,
      platform: 'instagram',
      kind: 'social',
    });
  });

  it('writes nothing and opens no undo step when every line has a problem', () => {
    const { register } = createTempRegister();
    const { fb } = setUp(register);
    const stepBefore = register.history.state();
    const logBefore = batchesInLog(register);
    const result = register.channels.paste([
      { id: fb.id, cells: { name: '' } },
      { id: randomUUID(), cells: { status: 'Actief' } },
      { id: fb.id, cells: { platform: 'MySpace', kind: '' } },
    ]);
    expect(result).toMatchObject({ updated: 0, created: 0, createdIds: [], batchId: null });
    expect(result.problems.map((p) => [p.row, p.field])).toEqual([
      [1, 'name'],
      [2, 'id'],
      [3, 'platform'],
      [3, 'kind'],
    ]);
    expect(result.problems[0]!.message).toBe('Naam mag niet leeg zijn.');
    expect(batchesInLog(register)).toBe(logBefore);
    expect(register.history.state()).toEqual(stepBefore);
  });

  it('refuses a name two organisations share, and text that is no web address', () => {
    const { register } = createTempRegister();
    const { fb } = setUp(register);
    register.organisations.create({ name: 'Stad  mechelen', kind: 'other' });
    const result = register.channels.paste([
      { id: fb.id, cells: { organisationId: 'Stad Mechelen' } },
      { id: fb.id, cells: { url: 'javascript:alert(1)' } },
    ]);
    expect(result.problems.map((p) => [p.row, p.field])).toEqual([
      [1, 'organisationId'],
      [2, 'url'],
    ]);
    expect(result.problems[0]!.message).toMatch(/2 organisaties met de naam "Stad Mechelen"/);
    expect(register.channels.get(fb.id).organisationId).toBeNull();
  });

  it('a line that changes nothing counts as no update and leaves no undo step', () => {
    const { register } = createTempRegister();
    const { fb } = setUp(register);
    const result = register.channels.paste([{ id: fb.id, cells: { name: 'Stadsbestuur Mechelen', platform: 'facebook' } }]);
    expect(result).toEqual({ updated: 0, created: 0, createdIds: [], problems: [], batchId: null });
    expect(register.history.state().undoDescription).toBe('1 kanaal toegevoegd'); // still the last create
  });
});
