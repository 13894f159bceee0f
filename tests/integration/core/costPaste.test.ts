import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { Register } from '../../../src-main/core/register/register';
import { createTempRegister, useTempDirs } from '../../helpers/tempRegister';

useTempDirs();

function batchCount(register: Register): number {
  return register.db.prepare(`SELECT count(DISTINCT batch_id) FROM change_log`).pluck().get() as number;
}

/** The city with one name on two platforms (as in the 2014 list), an account without URL, and the library. */
function setUp(register: Register) {
  const stad = register.organisations.create({ name: 'Stad Mechelen', kind: 'stadsdienst' });
  const bib = register.organisations.create({ name: 'Bibliotheek Mechelen', kind: 'stadsdienst', parentId: stad.id });
  const fb = register.channels.create({
    kind: 'social',
    platform: 'facebook',
    name: 'Stadsbestuur Mechelen',
    url: 'https://www.facebook.com/StadMechelen',
    handle: 'StadMechelen',
    organisationId: stad.id,
  });
  const gplus = register.channels.create({
    kind: 'social',
    platform: 'googleplus',
    name: 'Stadsbestuur Mechelen',
    organisationId: stad.id,
    status: 'dormant',
  });
  const twitter = register.channels.create({
    kind: 'social',
    platform: 'twitter',
    name: 'Stad Mechelen',
    handle: '@StadMechelen',
    organisationId: stad.id,
  });
  const bibFb = register.channels.create({
    kind: 'social',
    platform: 'facebook',
    name: 'Bibliotheek Mechelen',
    organisationId: bib.id,
  });
  const existing = register.costs.create({
    channelId: fb.id,
    category: 'prizes_actions',
    amountCents: 6000,
    startDate: '2013-12-31',
    description: 'Mechelenbon',
  });
  return { stad, bib, fb, gplus, twitter, bibFb, existing };
}

describe('costs.paste', () => {
  it('applies the good lines in one undo step and lists the bad ones by line and field, in both languages', () => {
    const { register } = createTempRegister();
    const { bib, fb, twitter, bibFb, existing } = setUp(register);
    const batchesBefore = batchCount(register);

    const result = register.costs.paste([
      // 1: an edit with nl-BE amount and date, a category label and ja/nee
      { id: existing.id, cells: { amountCents: '1.234,56', startDate: '02/09/2014', category: 'Onderhoud', vatIncluded: 'ja' } },
      // 2: a new line on a name used on two platforms, told apart by the platform in brackets
      {
        id: null,
        cells: {
          channelId: 'stadsbestuur mechelen (Facebook)',
          category: 'Prijzen en acties',
          amountCents: '60',
          startDate: '31/12/2013',
        },
      },
      // 3: an account without URL, found by its address; monthly with an end
      {
        id: null,
        cells: {
          channelId: 'https://twitter.com/StadMechelen',
          category: 'hosting',
          amountCents: '25,00',
          startDate: '15/01/2014',
          endDate: '31-12-2014',
          recurrence: 'maandelijks',
        },
      },
      // 4: a shared cost of an organisation named without accents or case
      {
        id: null,
        cells: {
          organisationId: 'BIBLIOTHEEK mechelen',
          category: 'Licentie',
          amountCents: '€ 1.200,00',
          startDate: '2014-01-01',
          recurrence: 'jaarlijks',
        },
      },
      // 5: an amount with three decimals and a date that does not exist
      { id: existing.id, cells: { amountCents: '12,345.678', startDate: '31/02/2014' } },
      // 6: a name used by two channels
      { id: null, cells: { channelId: 'Stadsbestuur Mechelen', category: 'other', amountCents: '1', startDate: '01/01/2014' } },
      // 7: a new line without category and date
      { id: null, cells: { channelId: 'Bibliotheek Mechelen', amountCents: '10' } },
      // 8: a new line without owner
      { id: null, cells: { category: 'other', amountCents: '5', startDate: '01/01/2014' } },
      // 9: unknown category, recurrence and yes/no
      { id: existing.id, cells: { category: 'catering', recurrence: 'wekelijks', vatIncluded: 'misschien' } },
      // 10: an end before the start
      {
        id: null,
        cells: {
          channelId: 'Bibliotheek Mechelen',
          category: 'other',
          amountCents: '5',
          startDate: '01/07/2014',
          endDate: '01/01/2014',
        },
      },
      // 11: a channel next to another organisation than its own
      {
        id: null,
        cells: {
          channelId: 'Bibliotheek Mechelen',
          organisationId: 'Stad Mechelen',
          category: 'other',
          amountCents: '5',
          startDate: '01/01/2014',
        },
      },
      // 12: a channel next to its own organisation (a block copied from the grid): the channel's cost
      {
        id: null,
        cells: {
          description: 'Boekenactie',
          channelId: 'Bibliotheek Mechelen',
          organisationId: 'Bibliotheek Mechelen',
          category: 'prizes_actions',
          amountCents: '20',
          startDate: '23/04/2014',
        },
      },
      // 13: a trailing blank line is no new line and no problem
      { id: null, cells: { description: ' ', amountCents: '' } },
      // 14: a line that is not (or no longer) there
      { id: randomUUID(), cells: { amountCents: '1' } },
      // 15: an unknown channel
      { id: null, cells: { channelId: 'Stadsbestuur Antwerpen', category: 'other', amountCents: '5', startDate: '01/01/2014' } },
    ]);

    expect(result.problems.map((p) => [p.row, p.field])).toEqual([
      [5, 'amountCents'],
      [5, 'startDate'],
      [6, 'channelId'],
      [7, 'category'],
      [7, 'startDate'],
      [8, 'channelId'],
      [9, 'category'],
      [9, 'recurrence'],
      [9, 'vatIncluded'],
      [10, 'endDate'],
      [11, 'organisationId'],
      [14, 'id'],
      [15, 'channelId'],
    ]);
    for (const problem of result.problems) {
      expect(problem.message.length).toBeGreaterThan(0);
      expect(problem.messageEn.length).toBeGreaterThan(0);
      expect(problem.messageEn).not.toBe(problem.message);
    }
    const message = (row: number, field: string) => result.problems.find((p) => p.row === row && p.field === field)!;
    expect(message(5, 'amountCents')).toMatchObject({
      message: '"12,345.678": Een bedrag heeft hoogstens twee cijfers na de komma.',
      messageEn: '"12,345.678": An amount has at most two decimals.',
    });
    expect(message(5, 'startDate').message).toBe('"31/02/2014" is geen datum (dd/mm/jjjj of jjjj-mm-dd).');
    // The candidates are named, with their platform and organisation.
    expect(message(6, 'channelId').message).toBe(
      'Er zijn 2 kanalen "Stadsbestuur Mechelen": Facebook (Stad Mechelen), Google+ (Stad Mechelen). ' +
        'Zet het platform of de organisatie tussen haakjes, bv. "Stadsbestuur Mechelen (Facebook)", of plak het webadres.',
    );
    expect(message(7, 'category').message).toBe('Een nieuwe kostenlijn heeft een categorie nodig.');
    expect(message(7, 'startDate').messageEn).toBe('A new cost line needs a date.');
    expect(message(8, 'channelId').message).toBe(
      'Een nieuwe kostenlijn heeft een kanaal of een organisatie (gedeelde kost) nodig.',
    );
    expect(message(9, 'category').message).toMatch(
      /^Onbekende categorie "catering"; kies uit Aanmaak, Technische implementatie, /,
    );
    expect(message(9, 'recurrence').messageEn).toBe(
      'Unknown recurrence "wekelijks"; choose from Once, Monthly, Quarterly, Yearly.',
    );
    expect(message(10, 'endDate').message).toBe('Einddatum ligt vóór de begindatum.');
    expect(message(11, 'organisationId').message).toMatch(
      /^Het kanaal hoort bij organisatie "Bibliotheek Mechelen", niet bij deze\./,
    );
    expect(message(14, 'id').message).toBe('Deze kostenlijn bestaat niet (meer).');
    expect(message(15, 'channelId').message).toMatch(/^Onbekend kanaal "Stadsbestuur Antwerpen"/);

    expect(result).toMatchObject({ updated: 1, created: 4 });
    expect(result.createdIds).toHaveLength(4);
    expect(batchCount(register)).toBe(batchesBefore + 1);
    expect(result.batchId).toBe(register.db.prepare(`SELECT batch_id FROM change_log ORDER BY rowid DESC LIMIT 1`).pluck().get());

    expect(register.costs.get(existing.id)).toMatchObject({
      amountCents: 123456,
      startDate: '2014-09-02',
      category: 'maintenance',
      vatIncluded: true,
      description: 'Mechelenbon',
    });
    const [prize, hosting, licence, books] = result.createdIds.map((id) => register.costs.get(id));
    expect(prize).toMatchObject({
      channelId: fb.id,
      organisationId: null,
      amountCents: 6000,
      startDate: '2013-12-31',
      recurrence: 'once',
    });
    expect(hosting).toMatchObject({
      channelId: twitter.id,
      amountCents: 2500,
      startDate: '2014-01-15',
      endDate: '2014-12-31',
      recurrence: 'monthly',
    });
    expect(licence).toMatchObject({ channelId: null, organisationId: bib.id, amountCents: 120000, recurrence: 'yearly' });
    expect(books).toMatchObject({ channelId: bibFb.id, organisationId: null, description: 'Boekenactie', amountCents: 2000 });

    // One undo step takes the whole paste back, and redo puts it back.
    expect(register.history.state().undoDescription).toBe(
      '4 kostenlijnen toegevoegd; 1 kostenlijn: categorie, bedrag, btw inbegrepen, begindatum',
    );
    register.history.undo();
    expect(register.costs.list({}).rows.map((row) => row.id)).toEqual([existing.id]);
    expect(register.costs.get(existing.id)).toMatchObject({
      amountCents: 6000,
      startDate: '2013-12-31',
      category: 'prizes_actions',
    });
    register.history.redo();
    expect(register.costs.list({}).total).toBe(5);
    expect(register.costs.get(existing.id).amountCents).toBe(123456);
  });

  it('follows the owner rule over existing lines, and refuses to empty what a line needs', () => {
    const { register } = createTempRegister();
    const { bib, fb, existing } = setUp(register);

    const result = register.costs.paste([
      // The line's own channel's organisation pasted back over it: nothing changes.
      { id: existing.id, cells: { organisationId: 'Stad Mechelen' } },
      { id: existing.id, cells: { amountCents: '' } },
      { id: existing.id, cells: { category: ' ' } },
      { id: existing.id, cells: { channelId: '' } },
    ]);
    expect(result.problems.map((p) => [p.row, p.field, p.message])).toEqual([
      [2, 'amountCents', 'Het bedrag mag niet leeg zijn.'],
      [3, 'category', 'De categorie mag niet leeg zijn.'],
      [
        4,
        'channelId',
        'Kanaal moet ingevuld zijn: een kost hoort bij één kanaal of bij één organisatie (gedeelde kost), niet bij beide.',
      ],
    ]);
    expect(result).toMatchObject({ updated: 0, created: 0, batchId: null });
    expect(register.costs.get(existing.id)).toMatchObject({ channelId: fb.id, organisationId: null });

    // Another organisation alone moves the line to it, as a shared cost; a channel alone moves it back.
    expect(register.costs.paste([{ id: existing.id, cells: { organisationId: 'Bibliotheek Mechelen' } }])).toMatchObject({
      updated: 1,
      problems: [],
    });
    expect(register.costs.get(existing.id)).toMatchObject({ channelId: null, organisationId: bib.id });
    register.costs.paste([{ id: existing.id, cells: { channelId: 'https://facebook.com/stadmechelen/' } }]);
    expect(register.costs.get(existing.id)).toMatchObject({ channelId: fb.id, organisationId: null });
  });

  it('writes nothing when every line has a problem, and refuses lines in the bin or of a deleted channel', () => {
    const { register } = createTempRegister();
    const { bibFb, existing } = setUp(register);
    const onBib = register.costs.create({ channelId: bibFb.id, category: 'other', amountCents: 100, startDate: '2014-01-01' });
    register.costs.delete([existing.id]);
    register.channels.delete([bibFb.id]);
    const batchesBefore = batchCount(register);

    const result = register.costs.paste([
      { id: existing.id, cells: { amountCents: '1' } },
      { id: onBib.id, cells: { amountCents: '1' } },
      // A deleted channel cannot be named any more.
      { id: null, cells: { channelId: 'Bibliotheek Mechelen', category: 'other', amountCents: '1', startDate: '01/01/2014' } },
    ]);
    expect(result.problems.map((p) => [p.row, p.field])).toEqual([
      [1, 'id'],
      [2, 'id'],
      [3, 'channelId'],
    ]);
    expect(result).toMatchObject({ updated: 0, created: 0, createdIds: [], batchId: null });
    expect(batchCount(register)).toBe(batchesBefore);
    expect(register.costs.get(existing.id).amountCents).toBe(6000);
  });
});
