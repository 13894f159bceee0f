import { describe, expect, it } from 'vitest';
import type { ChannelFields, ChannelListQuery } from '../../../shared/domain/channel';
import type { Register } from '../../../src-main/core/register/register';
import { createTempRegister, useTempDirs } from '../../helpers/tempRegister';

useTempDirs();

/**
 * A small Mechelen register: two organisations (one a partner project), two people, channels
 * on several platforms with and without status, organisation, person and counts.
 */
function mechelen(register: Register) {
  const stad = register.organisations.create({ name: 'Stad Mechelen', kind: 'stadsdienst' });
  const wolf = register.organisations.create({ name: 'Project Wolf', kind: 'partnerproject' });
  const an = register.people.create({ name: 'An Peeters' });
  const els = register.people.create({ name: 'Els Vermeulen' });
  const add = (name: string, fields: Partial<ChannelFields>) =>
    register.channels.create({ kind: 'social', platform: 'facebook', name, ...fields });
  const channels = {
    stadFb: add('Stadsbestuur Mechelen', {
      organisationId: stad.id,
      responsiblePersonId: an.id,
      status: 'active',
      handle: 'StadMechelen',
      url: 'https://www.facebook.com/StadMechelen',
      createdByWebmasters: true,
    }),
    stadTw: add('Stad Mechelen', {
      platform: 'twitter',
      organisationId: stad.id,
      responsiblePersonId: els.id,
      status: 'passive',
      handle: '@StadMechelen',
      url: 'http://twitter.com/StadMechelen',
      audience: 'Inwoners en pers',
    }),
    wolf: add('Project Wolf', {
      organisationId: wolf.id,
      status: 'dormant',
      handle: 'pr0jectw0lf',
      notes: 'Geen berichten sinds 2013; café-avonden',
      createdByWebmasters: false,
    }),
    gplus: add('Stad Mechelen Google+', { platform: 'googleplus', organisationId: stad.id, status: 'dormant' }),
    site: add('Maanrock', { kind: 'website', platform: 'website', url: 'http://maanrock.be' }),
  };
  register.snapshots.add({ channelId: channels.stadFb.id, date: '2014-09-02', count: 3107, metric: 'likes' });
  register.snapshots.add({ channelId: channels.stadTw.id, date: '2014-09-02', count: 2780, metric: 'followers' });
  register.snapshots.add({ channelId: channels.wolf.id, date: '2014-09-02', count: 120, metric: 'likes' });
  return { stad, wolf, an, els, channels };
}

function names(register: Register, query: ChannelListQuery): string[] {
  return register.channels.list(query).rows.map((r) => r.name);
}

describe('channels.list filters', () => {
  it('filters by kind, by several platforms, and by statuses where "none" is no status', () => {
    const { register } = createTempRegister();
    mechelen(register);
    expect(names(register, { filters: { kind: 'website' } })).toEqual(['Maanrock']);
    expect(names(register, { filters: { platforms: ['twitter', 'googleplus'] } })).toEqual([
      'Stad Mechelen',
      'Stad Mechelen Google+',
    ]);
    expect(names(register, { filters: { statuses: ['dormant'] } })).toEqual(['Project Wolf', 'Stad Mechelen Google+']);
    expect(names(register, { filters: { statuses: ['none'] } })).toEqual(['Maanrock']);
    expect(names(register, { filters: { statuses: ['active', 'none'] } })).toEqual(['Maanrock', 'Stadsbestuur Mechelen']);
  });

  it('treats an empty list as no filter', () => {
    const { register } = createTempRegister();
    mechelen(register);
    expect(register.channels.list({ filters: { platforms: [], statuses: [] } }).total).toBe(5);
  });

  it('filters by organisation and responsible person, "none" selecting channels without one', () => {
    const { register } = createTempRegister();
    const { stad, wolf, an } = mechelen(register);
    expect(names(register, { filters: { organisationIds: [wolf.id] } })).toEqual(['Project Wolf']);
    expect(names(register, { filters: { organisationIds: [wolf.id, 'none'] } })).toEqual(['Maanrock', 'Project Wolf']);
    expect(names(register, { filters: { organisationIds: [stad.id], responsiblePersonIds: [an.id] } })).toEqual([
      'Stadsbestuur Mechelen',
    ]);
    expect(names(register, { filters: { responsiblePersonIds: ['none'] } })).toEqual([
      'Maanrock',
      'Project Wolf',
      'Stad Mechelen Google+',
    ]);
  });

  it('filters by "created by webmasters": yes, no, unknown', () => {
    const { register } = createTempRegister();
    mechelen(register);
    expect(names(register, { filters: { createdByWebmasters: 'yes' } })).toEqual(['Stadsbestuur Mechelen']);
    expect(names(register, { filters: { createdByWebmasters: 'no' } })).toEqual(['Project Wolf']);
    expect(register.channels.list({ filters: { createdByWebmasters: 'unknown' } }).total).toBe(3);
  });

  it('"contains" filters per column ignore case and accents and look only in their own column', () => {
    const { register } = createTempRegister();
    mechelen(register);
    expect(names(register, { filters: { name: 'GOOGLE' } })).toEqual(['Stad Mechelen Google+']);
    expect(names(register, { filters: { handle: 'stadmech' } })).toEqual(['Stad Mechelen', 'Stadsbestuur Mechelen']);
    expect(names(register, { filters: { url: 'twitter.com' } })).toEqual(['Stad Mechelen']);
    expect(names(register, { filters: { audience: 'INWÓNERS' } })).toEqual(['Stad Mechelen']);
    expect(names(register, { filters: { notes: 'cafe' } })).toEqual(['Project Wolf']);
    // "wolf" is in a handle and a name, but not in any URL.
    expect(names(register, { filters: { url: 'wolf' } })).toEqual([]);
    expect(names(register, { filters: { name: '  ' } })).toHaveLength(5);
  });
});

describe('channels.list search', () => {
  it('looks in the organisation and the responsible person too, without case or accents', () => {
    const { register } = createTempRegister();
    mechelen(register);
    expect(names(register, { search: 'peeters' })).toEqual(['Stadsbestuur Mechelen']);
    expect(names(register, { search: 'VERMÈULEN' })).toEqual(['Stad Mechelen']);
    expect(names(register, { search: 'project wolf' })).toEqual(['Project Wolf']);
    expect(names(register, { search: 'CAFÉ' })).toEqual(['Project Wolf']);
  });

  it('needs every word somewhere, in any field', () => {
    const { register } = createTempRegister();
    mechelen(register);
    // "an" (the person) and "twitter" (the URL) are in different fields of no single channel...
    expect(names(register, { search: 'peeters twitter' })).toEqual([]);
    // ...but "mechelen" (organisation) and "peeters" (person) are both on the Facebook page.
    expect(names(register, { search: 'mechelen peeters' })).toEqual(['Stadsbestuur Mechelen']);
  });

  it('follows a renamed organisation or person, and the undo of the rename', () => {
    const { register } = createTempRegister();
    const { wolf, an } = mechelen(register);
    register.organisations.update(wolf.id, { name: 'Natuurpunt' });
    expect(names(register, { search: 'natuurpunt' })).toEqual(['Project Wolf']);
    register.people.update(an.id, { name: 'An Janssens' });
    expect(names(register, { search: 'janssens' })).toEqual(['Stadsbestuur Mechelen']);
    expect(names(register, { search: 'peeters' })).toEqual([]);

    register.history.undo();
    expect(names(register, { search: 'peeters' })).toEqual(['Stadsbestuur Mechelen']);
    register.history.undo();
    expect(names(register, { search: 'natuurpunt' })).toEqual([]);
  });
});

describe('channels.list deleted', () => {
  it('shows the live register, the deleted list, or both', () => {
    const { register } = createTempRegister();
    const { channels } = mechelen(register);
    register.channels.delete([channels.gplus.id, channels.site.id]);
    expect(register.channels.list({}).total).toBe(3);
    expect(names(register, { deleted: 'only' })).toEqual(['Maanrock', 'Stad Mechelen Google+']);
    expect(register.channels.list({ deleted: 'include' }).total).toBe(5);
    expect(names(register, { deleted: 'only', search: 'google' })).toEqual(['Stad Mechelen Google+']);
  });
});

describe('channels.list sort', () => {
  it('sorts on several columns, nulls last both ways, ties by id', () => {
    const { register } = createTempRegister();
    mechelen(register);
    const bySort = (sort: ChannelListQuery['sort']) => names(register, { sort });
    // Status in its life-cycle order (active, passive, dormant, ...), not alphabetically; no status last.
    expect(
      bySort([
        { field: 'status', desc: false },
        { field: 'name', desc: false },
      ]),
    ).toEqual(['Stadsbestuur Mechelen', 'Stad Mechelen', 'Project Wolf', 'Stad Mechelen Google+', 'Maanrock']);
    expect(
      bySort([
        { field: 'status', desc: true },
        { field: 'name', desc: true },
      ]),
    ).toEqual(['Stad Mechelen Google+', 'Project Wolf', 'Stad Mechelen', 'Stadsbestuur Mechelen', 'Maanrock']);
    expect(
      bySort([{ field: 'handle', desc: true }])
        .slice(-2)
        .sort(),
    ).toEqual(['Maanrock', 'Stad Mechelen Google+']);
    expect(bySort([{ field: 'responsiblePersonName', desc: false }]).slice(0, 2)).toEqual([
      'Stadsbestuur Mechelen',
      'Stad Mechelen',
    ]);
    expect(bySort([{ field: 'organisationName', desc: true }]).at(-1)).toBe('Maanrock');
  });

  it('keeps rows with equal keys in id order, page after page', () => {
    const { register } = createTempRegister();
    const ids = Array.from(
      { length: 7 },
      () => register.channels.create({ kind: 'social', platform: 'facebook', name: 'Zelfde' }).id,
    );
    const pages = [0, 3, 6].flatMap((offset) =>
      register.channels.list({ sort: [{ field: 'platform', desc: false }], offset, limit: 3 }).rows.map((r) => r.id),
    );
    expect(pages).toEqual([...ids].sort());
  });

  it('orders names without regard to accents', () => {
    const { register } = createTempRegister();
    for (const name of ['Ezel', 'Één Mechelen', 'Aap', 'Echo'])
      register.channels.create({ kind: 'social', platform: 'other', name });
    expect(names(register, {})).toEqual(['Aap', 'Echo', 'Één Mechelen', 'Ezel']);
  });

  it('gives the same order whether the list is filtered or not (index walk or scan)', () => {
    const { register } = createTempRegister();
    mechelen(register);
    for (const sort of [
      [{ field: 'name' as const, desc: false }],
      [{ field: 'name' as const, desc: true }],
      [{ field: 'latestCount' as const, desc: true }],
      [{ field: 'latestCount' as const, desc: false }],
    ]) {
      // deleted: 'include' on a register without deleted channels selects the same rows by another plan.
      expect(names(register, { sort, deleted: 'include' }), JSON.stringify(sort)).toEqual(names(register, { sort }));
    }
    const byCount = names(register, { sort: [{ field: 'latestCount', desc: true }] });
    expect(byCount.slice(0, 3)).toEqual(['Stadsbestuur Mechelen', 'Stad Mechelen', 'Project Wolf']);
    // Without a count: last, in id order.
    expect(byCount.slice(3).sort()).toEqual(['Maanrock', 'Stad Mechelen Google+']);
  });
});

describe('channels.list groupBy', () => {
  it('groups by platform: rows by group first, then the sort; every group counted', () => {
    const { register } = createTempRegister();
    mechelen(register);
    const list = register.channels.list({ groupBy: 'platform', sort: [{ field: 'name', desc: true }] });
    expect(list.groups).toEqual([
      { key: 'facebook', label: null, count: 2 },
      { key: 'googleplus', label: null, count: 1 },
      { key: 'twitter', label: null, count: 1 },
      { key: 'website', label: null, count: 1 },
    ]);
    expect(list.rows.map((r) => [r.platform, r.name])).toEqual([
      ['facebook', 'Stadsbestuur Mechelen'],
      ['facebook', 'Project Wolf'],
      ['googleplus', 'Stad Mechelen Google+'],
      ['twitter', 'Stad Mechelen'],
      ['website', 'Maanrock'],
    ]);
    expect(list.total).toBe(5);
  });

  it('groups by status in life-cycle order, "none" last; the groups follow a descending status sort', () => {
    const { register } = createTempRegister();
    mechelen(register);
    expect(register.channels.list({ groupBy: 'status' }).groups).toEqual([
      { key: 'active', label: null, count: 1 },
      { key: 'passive', label: null, count: 1 },
      { key: 'dormant', label: null, count: 2 },
      { key: null, label: null, count: 1 },
    ]);
    const desc = register.channels.list({ groupBy: 'status', sort: [{ field: 'status', desc: true }] });
    expect(desc.groups!.map((g) => g.key)).toEqual(['dormant', 'passive', 'active', null]);
    expect(desc.rows.map((r) => r.status)).toEqual(['dormant', 'dormant', 'passive', 'active', null]);
  });

  it('groups by organisation with its name as label, counting the whole filtered result, not the page', () => {
    const { register } = createTempRegister();
    const { stad, wolf } = mechelen(register);
    const list = register.channels.list({ groupBy: 'organisation', search: 'mechelen', limit: 2 });
    expect(list.groups).toEqual([{ key: stad.id, label: 'Stad Mechelen', count: 3 }]);
    expect(list.total).toBe(3);
    expect(list.rows).toHaveLength(2);

    const all = register.channels.list({ groupBy: 'organisation' });
    expect(all.groups).toEqual([
      { key: wolf.id, label: 'Project Wolf', count: 1 },
      { key: stad.id, label: 'Stad Mechelen', count: 3 },
      { key: null, label: null, count: 1 },
    ]);
    expect(all.rows.map((r) => r.organisationName)).toEqual([
      'Project Wolf',
      'Stad Mechelen',
      'Stad Mechelen',
      'Stad Mechelen',
      null,
    ]);
    // The groups list the rows in the order they come: a page boundary never reorders them.
    const paged = [0, 2, 4].flatMap((offset) =>
      register.channels.list({ groupBy: 'organisation', offset, limit: 2 }).rows.map((r) => r.organisationId),
    );
    expect(paged).toEqual(all.rows.map((r) => r.organisationId));
  });

  it('keeps two organisations with one name as two groups', () => {
    const { register } = createTempRegister();
    const a = register.organisations.create({ name: 'Jeugddienst', kind: 'stadsdienst' });
    const b = register.organisations.create({ name: 'Jeugddienst', kind: 'eva' });
    for (const [name, org] of [
      ['A1', a],
      ['B1', b],
      ['A2', a],
      ['B2', b],
    ] as const)
      register.channels.create({ kind: 'social', platform: 'facebook', name, organisationId: org.id });
    const list = register.channels.list({ groupBy: 'organisation' });
    expect(list.groups!.map((g) => g.count)).toEqual([2, 2]);
    const firstGroup = list.groups![0]!.key;
    expect(list.rows.slice(0, 2).every((r) => r.organisationId === firstGroup)).toBe(true);
  });
});
