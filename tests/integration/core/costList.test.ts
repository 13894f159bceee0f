import { describe, expect, it } from 'vitest';
import type { CostLineFields, CostListQuery } from '../../../shared/domain/cost';
import type { Register } from '../../../src-main/core/register/register';
import { createTempRegister, useTempDirs } from '../../helpers/tempRegister';

useTempDirs();

/**
 * Eight lines over three organisations (the library under the city) and four channels (the
 * café site has no organisation), once, spread and recurring, so every filter has something
 * to keep and something to leave out. Expected lists below are worked out by hand.
 */
function setUp(register: Register) {
  const stad = register.organisations.create({ name: 'Stad Mechelen', kind: 'stadsdienst' });
  const bib = register.organisations.create({ name: 'Bibliotheek Mechelen', kind: 'stadsdienst', parentId: stad.id });
  const musea = register.organisations.create({ name: 'Stedelijke Musea', kind: 'stadsdienst' });
  const channel = (name: string, platform: 'facebook' | 'instagram' | 'website', organisationId: string | null) =>
    register.channels.create({ kind: platform === 'website' ? 'website' : 'social', platform, name, organisationId }).id;
  const fb = channel('Stadsbestuur Mechelen', 'facebook', stad.id);
  const bibFb = channel('Bibliotheek Mechelen', 'facebook', bib.id);
  const site = channel('Café Mechelen', 'website', null);
  const museum = channel('Hof van Busleyden', 'instagram', musea.id);

  const line = (fields: CostLineFields) => register.costs.create(fields).id;
  const L = {
    L1: line({
      description: 'Mechelenbon',
      channelId: fb,
      category: 'prizes_actions',
      amountCents: 6000,
      startDate: '2013-12-31',
    }),
    L2: line({
      description: 'Hosting',
      channelId: site,
      category: 'hosting',
      amountCents: 2500,
      startDate: '2014-01-15',
      recurrence: 'monthly',
      supplier: 'Combell',
      vatIncluded: true,
    }),
    L3: line({
      description: 'Licentie CMS',
      organisationId: stad.id,
      category: 'licence_tool',
      amountCents: 120000,
      startDate: '2013-07-01',
      endDate: '2014-06-30',
      recurrence: 'yearly',
      supplier: 'Drupal bvba',
    }),
    L4: line({
      description: 'Boosting zomer',
      channelId: fb,
      category: 'advertising',
      amountCents: 15000,
      startDate: '2015-06-01',
      endDate: '2015-08-31',
    }),
    L5: line({
      description: 'Webmaster',
      organisationId: bib.id,
      category: 'staff_time',
      amountCents: 500000,
      startDate: '2016-01-01',
      endDate: '2016-12-31',
      notes: 'Na de réorganisatie',
    }),
    L6: line({
      description: 'Domeinnaam',
      channelId: site,
      category: 'domain_name',
      amountCents: 1500,
      startDate: '2012-03-01',
      endDate: '2013-02-28',
      recurrence: 'yearly',
    }),
    L7: line({
      description: 'Fotograaf',
      channelId: museum,
      category: 'creation',
      amountCents: 80000,
      startDate: '2014-05-05',
      supplier: 'Studio Élan',
    }),
    L8: line({
      description: 'Boekenactie',
      channelId: bibFb,
      category: 'prizes_actions',
      amountCents: 2000,
      startDate: '2014-04-23',
    }),
  };
  const names = new Map(Object.entries(L).map(([name, id]) => [id, name]));
  /** The lines a query lists, by their names here, in the order listed. */
  const listed = (query: CostListQuery) => register.costs.list({ limit: 100, ...query }).rows.map((row) => names.get(row.id));
  return { stad, bib, fb, site, L, listed };
}

describe('costs.list', () => {
  it('lists live lines chronologically by default, with their channel and owner organisation', () => {
    const { register } = createTempRegister();
    const { stad, fb, L, listed } = setUp(register);
    expect(listed({})).toEqual(['L6', 'L3', 'L1', 'L2', 'L8', 'L7', 'L4', 'L5']);

    const rows = register.costs.list({}).rows;
    expect(rows.find((row) => row.id === L.L1)).toMatchObject({
      channelId: fb,
      channelName: 'Stadsbestuur Mechelen',
      channelPlatform: 'facebook',
      ownerOrganisationId: stad.id,
      ownerOrganisationName: 'Stad Mechelen',
      shared: false,
      vatIncluded: null,
      recurrence: 'once',
    });
    expect(rows.find((row) => row.id === L.L3)).toMatchObject({
      channelId: null,
      channelName: null,
      channelPlatform: null,
      organisationId: stad.id,
      ownerOrganisationId: stad.id,
      ownerOrganisationName: 'Stad Mechelen',
      shared: true,
    });
    expect(rows.find((row) => row.id === L.L2)).toMatchObject({
      ownerOrganisationId: null,
      ownerOrganisationName: null,
      vatIncluded: true,
    });
  });

  it('filters by channel, by organisation (its shared lines and its channels’ lines) and by category', () => {
    const { register } = createTempRegister();
    const { stad, bib, site, listed } = setUp(register);
    expect(listed({ channelId: site })).toEqual(['L6', 'L2']);
    expect(listed({ organisationId: stad.id })).toEqual(['L3', 'L1', 'L4']);
    expect(listed({ organisationId: bib.id })).toEqual(['L8', 'L5']);
    expect(listed({ categories: ['prizes_actions', 'advertising'] })).toEqual(['L1', 'L8', 'L4']);
    expect(listed({ organisationId: stad.id, categories: ['advertising'] })).toEqual(['L4']);
  });

  it('keeps the lines that touch a year: one-offs on their day or period, recurring ones until their end, running ones ever after', () => {
    const { register } = createTempRegister();
    const { listed } = setUp(register);
    expect(listed({ year: 2012 })).toEqual(['L6']);
    expect(listed({ year: 2013 })).toEqual(['L6', 'L3', 'L1']);
    expect(listed({ year: 2014 })).toEqual(['L3', 'L2', 'L8', 'L7']);
    expect(listed({ year: 2015 })).toEqual(['L2', 'L4']);
    expect(listed({ year: 2016 })).toEqual(['L2', 'L5']);
    expect(listed({ year: 2030 })).toEqual(['L2']);
    expect(listed({ year: 2011 })).toEqual([]);
  });

  it('searches without regard to case or accents, every word somewhere in the line or its names', () => {
    const { register } = createTempRegister();
    const { listed } = setUp(register);
    expect(listed({ search: 'CAFE' })).toEqual(['L6', 'L2']);
    expect(listed({ search: 'elan' })).toEqual(['L7']);
    expect(listed({ search: 'reorganisatie' })).toEqual(['L5']);
    expect(listed({ search: 'licentie stad' })).toEqual(['L3']);
    expect(listed({ search: 'combell' })).toEqual(['L2']);
    expect(listed({ search: 'mechelen' })).toEqual(['L6', 'L3', 'L1', 'L2', 'L8', 'L4', 'L5']);
    expect(listed({ search: 'mechelen musea' })).toEqual([]);
  });

  it('sorts on one or more keys, empty names last', () => {
    const { register } = createTempRegister();
    const { listed } = setUp(register);
    expect(listed({ sort: [{ field: 'amountCents', desc: true }] })).toEqual(['L5', 'L3', 'L7', 'L4', 'L1', 'L2', 'L8', 'L6']);
    expect(
      listed({
        sort: [
          { field: 'channelName', desc: false },
          { field: 'amountCents', desc: true },
        ],
      }),
    ).toEqual(['L8', 'L2', 'L6', 'L7', 'L4', 'L1', 'L5', 'L3']);
    expect(
      listed({
        sort: [
          { field: 'organisationName', desc: false },
          { field: 'amountCents', desc: false },
        ],
      }),
    ).toEqual(['L8', 'L5', 'L1', 'L4', 'L3', 'L7', 'L6', 'L2']);
    // Categories in the order the pickers list them, not alphabetically by code.
    expect(
      listed({
        sort: [
          { field: 'category', desc: false },
          { field: 'startDate', desc: false },
        ],
      }),
    ).toEqual(['L7', 'L2', 'L6', 'L3', 'L4', 'L1', 'L8', 'L5']);
    expect(listed({ sort: [{ field: 'endDate', desc: true }] }).slice(0, 4)).toEqual(['L5', 'L4', 'L3', 'L6']);
  });

  it('pages, and counts and sums every matching line, not only the page', () => {
    const { register } = createTempRegister();
    const { stad } = setUp(register);
    const page = register.costs.list({ sort: [{ field: 'amountCents', desc: true }], offset: 2, limit: 3 });
    expect(page.rows.map((row) => row.amountCents)).toEqual([80000, 15000, 6000]);
    expect(page.total).toBe(8);
    expect(page.amountSumCents).toBe(6000 + 2500 + 120000 + 15000 + 500000 + 1500 + 80000 + 2000);

    const stadLines = register.costs.list({ organisationId: stad.id });
    expect([stadLines.total, stadLines.amountSumCents]).toEqual([3, 6000 + 120000 + 15000]);
    const past = register.costs.list({ offset: 50 });
    expect([past.rows, past.total]).toEqual([[], 8]);
    expect(register.costs.list({ year: 2011 })).toEqual({ rows: [], total: 0, amountSumCents: 0 });
  });
});
