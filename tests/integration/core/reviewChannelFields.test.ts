import { describe, expect, it } from 'vitest';
import { createTempRegister, expectDomainError, useTempDirs } from '../../helpers/tempRegister';

useTempDirs();

describe("the review's channel fields", () => {
  it('are unknown by default, stored and listed with their types', () => {
    const { register } = createTempRegister();
    const created = register.channels.create({ kind: 'social', platform: 'twitter', name: 'Toerisme Mechelen' });
    expect(created).toMatchObject({
      lastActivityOn: null,
      hasPosted: null,
      passwordsCentralised: null,
      eventEndedOn: null,
      reviewedOn: null,
    });
    register.channels.update(created.id, {
      lastActivityOn: '2014-03-01',
      hasPosted: false,
      passwordsCentralised: true,
      eventEndedOn: '2014-06-30',
      reviewedOn: '2014-09-05',
    });
    expect(register.channels.list({}).rows[0]).toMatchObject({
      lastActivityOn: '2014-03-01',
      hasPosted: false,
      passwordsCentralised: true,
      eventEndedOn: '2014-06-30',
      reviewedOn: '2014-09-05',
    });
    expectDomainError(() => register.channels.update(created.id, { reviewedOn: '2014-02-30' }), 'INVALID_INPUT');
    expect(register.history.state().undoDescription).toBe(
      '1 kanaal: laatste activiteit, ooit gepost, wachtwoorden centraal, einde evenement/project, laatst nagekeken',
    );
  });

  it('are pasted as Belgian dates and yes/no; an empty cell clears; a wrong cell is refused with its field', () => {
    const { register } = createTempRegister();
    const { id } = register.channels.create({ kind: 'social', platform: 'twitter', name: 'Toerisme Mechelen', hasPosted: true });
    const result = register.channels.paste([
      { id, cells: { lastActivityOn: '02/09/2014', hasPosted: 'nee', passwordsCentralised: 'ja', reviewedOn: '2014-09-05' } },
      { id: null, cells: { name: 'Maanrock', eventEndedOn: '31/02/2014' } },
      { id: null, cells: { name: 'Urban Trail', passwordsCentralised: 'misschien' } },
    ]);
    expect(result.updated).toBe(1);
    expect(result.problems.map((p) => [p.row, p.field, p.message])).toEqual([
      [2, 'eventEndedOn', '"31/02/2014" is geen datum (dd/mm/jjjj).'],
      [3, 'passwordsCentralised', '"misschien" is geen ja of nee.'],
    ]);
    expect(register.channels.list({}).rows[0]).toMatchObject({
      lastActivityOn: '2014-09-02',
      hasPosted: false,
      passwordsCentralised: true,
      reviewedOn: '2014-09-05',
    });
    register.channels.paste([{ id, cells: { lastActivityOn: '', hasPosted: '' } }]);
    expect(register.channels.list({}).rows[0]).toMatchObject({ lastActivityOn: null, hasPosted: null });
  });
});
