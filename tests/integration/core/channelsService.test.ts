import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { Channel, ChannelFields, ChannelFilters } from '../../../shared/domain/channel';
import { Register } from '../../../src-main/core/register/register';
import { createTempRegister, expectDomainError, onCleanup, useTempDirs } from '../../helpers/tempRegister';

useTempDirs();

interface LogRow {
  hlc: string;
  batchId: string;
  deviceId: string;
  actor: string | null;
  entity: string;
  entityId: string;
  field: string;
  oldValue: unknown;
  newValue: unknown;
}

/** The change log as stored, in insertion order, with its JSON values decoded. */
function changeLog(register: Register): LogRow[] {
  const rows = register.db
    .prepare(
      `SELECT hlc, batch_id AS batchId, device_id AS deviceId, actor, entity, entity_id AS entityId, field,
              old_value AS oldValue, new_value AS newValue
         FROM change_log ORDER BY rowid`,
    )
    .all() as Array<LogRow & { oldValue: string | null; newValue: string | null }>;
  return rows.map((r) => ({
    ...r,
    oldValue: r.oldValue === null ? null : JSON.parse(r.oldValue),
    newValue: r.newValue === null ? null : JSON.parse(r.newValue),
  }));
}

function channelRow(register: Register, id: string): unknown {
  return register.db.prepare(`SELECT * FROM channels WHERE id = ?`).get(id);
}

function count(register: Register, table: 'channels' | 'change_log'): number {
  return (register.db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
}

function facebook(name: string, extra: Partial<ChannelFields> = {}): ChannelFields {
  return { kind: 'social', platform: 'facebook', name, ...extra };
}

describe('ChannelsService.create', () => {
  it('writes the row and one change-log row per set field, all in one batch', () => {
    const { register, author } = createTempRegister();
    const created = register.channels.create({
      kind: 'social',
      platform: 'twitter',
      name: '  Stad Mechelen  ',
      handle: '@StadMechelen',
      url: 'http://twitter.com/StadMechelen',
      status: 'active',
      createdByWebmasters: false,
      notes: '   ',
    });

    expect(created).toMatchObject({
      name: 'Stad Mechelen',
      handle: '@StadMechelen',
      status: 'active',
      createdByWebmasters: false,
      notes: null,
      organisationId: null,
      deletedAt: null,
    });
    expect(channelRow(register, created.id)).toMatchObject({ name: 'Stad Mechelen', created_by_webmasters: 0, notes: null });

    const log = changeLog(register);
    expect(log.map((r) => [r.field, r.oldValue, r.newValue])).toEqual([
      ['created', null, true],
      ['kind', null, 'social'],
      ['platform', null, 'twitter'],
      ['name', null, 'Stad Mechelen'],
      ['handle', null, '@StadMechelen'],
      ['url', null, 'http://twitter.com/StadMechelen'],
      ['status', null, 'active'],
      ['createdByWebmasters', null, false],
    ]);
    expect(new Set(log.map((r) => r.batchId)).size).toBe(1);
    for (const row of log) {
      expect(row).toMatchObject({ entity: 'channel', entityId: created.id, deviceId: author.deviceId, actor: author.actor });
    }
  });

  it('is one transaction: when a change-log row fails, the channel row is not kept either', () => {
    const { register } = createTempRegister();
    // Make the log refuse the url row, halfway through the batch.
    register.db.exec(`CREATE TRIGGER refuse_url BEFORE INSERT ON change_log WHEN NEW.field = 'url'
                      BEGIN SELECT RAISE(ABORT, 'refused by test'); END`);
    expect(() =>
      register.channels.create(facebook('Bibliotheek Mechelen', { url: 'https://www.facebook.com/bibliotheekmechelen' })),
    ).toThrow(/refused by test/);
    expect(count(register, 'channels')).toBe(0);
    expect(count(register, 'change_log')).toBe(0);
  });

  it('refuses an unknown organisation with INVALID_INPUT naming the organisation, and writes nothing', () => {
    const { register } = createTempRegister();
    const error = expectDomainError(
      () => register.channels.create(facebook('UiT in Mechelen', { organisationId: randomUUID() })),
      'INVALID_INPUT',
    );
    expect(error.messageNl).toMatch(/organisatie/);
    expect(error.messageEn).toMatch(/organisation/);
    expect(error.details).toEqual({ field: 'organisationId' });
    expect(count(register, 'channels')).toBe(0);
    expect(count(register, 'change_log')).toBe(0);
  });

  it('refuses an unknown responsible person, naming the field', () => {
    const { register } = createTempRegister();
    const error = expectDomainError(
      () => register.channels.create(facebook('UiT in Mechelen', { responsiblePersonId: randomUUID() })),
      'INVALID_INPUT',
    );
    expect(error.messageNl).toMatch(/verantwoordelijke/);
    expect(count(register, 'channels')).toBe(0);
  });
});

describe('ChannelsService.update', () => {
  it('logs only the fields that changed, with their old and new values, in a new batch', () => {
    const { register } = createTempRegister();
    const created = register.channels.create(
      facebook('Stadsbestuur Mechelen', { handle: 'StadMechelen', createdByWebmasters: false }),
    );
    const before = changeLog(register);

    const updated = register.channels.update(created.id, {
      name: 'Stad Mechelen',
      platform: 'facebook', // unchanged
      handle: 'StadMechelen', // unchanged
      status: 'active',
      createdByWebmasters: true,
    });
    expect(updated).toMatchObject({ name: 'Stad Mechelen', status: 'active', createdByWebmasters: true, handle: 'StadMechelen' });
    expect(updated.updatedAt >= created.updatedAt).toBe(true);
    expect(register.channels.get(created.id)).toEqual(updated);

    const added = changeLog(register).slice(before.length);
    expect(added.map((r) => [r.field, r.oldValue, r.newValue])).toEqual([
      ['name', 'Stadsbestuur Mechelen', 'Stad Mechelen'],
      ['status', null, 'active'],
      ['createdByWebmasters', false, true],
    ]);
    expect(new Set(added.map((r) => r.batchId)).size).toBe(1);
    expect(added[0]!.batchId).not.toBe(before[0]!.batchId);
  });

  it('clearing an optional field stores null and logs the old value', () => {
    const { register } = createTempRegister();
    const created = register.channels.create(
      facebook('Project Wolf', { handle: 'pr0jectw0lf', url: 'https://www.facebook.com/pr0jectw0lf' }),
    );
    const before = changeLog(register).length;
    const updated = register.channels.update(created.id, { handle: '  ', url: '' });
    expect(updated).toMatchObject({ handle: null, url: null });
    expect(
      changeLog(register)
        .slice(before)
        .map((r) => [r.field, r.oldValue, r.newValue]),
    ).toEqual([
      ['handle', 'pr0jectw0lf', null],
      ['url', 'https://www.facebook.com/pr0jectw0lf', null],
    ]);
  });

  it('an update that changes nothing writes nothing', () => {
    const { register } = createTempRegister();
    const created = register.channels.create(facebook('Mechelen Muurt', { status: 'passive' }));
    const before = changeLog(register).length;
    const same = register.channels.update(created.id, { name: 'Mechelen Muurt', status: 'passive' });
    expect(same).toEqual(created);
    expect(changeLog(register)).toHaveLength(before);
  });

  it.each([
    {
      patch: { url: 'javascript:alert(1)' },
      path: 'url',
      nl: /URL moet een webadres zijn dat begint met http:\/\/ of https:\/\//,
      en: /URL must be a web address starting with http:\/\/ or https:\/\//,
    },
    { patch: { name: '' }, path: 'name', nl: /Naam mag niet leeg zijn/, en: /Name must not be empty/ },
    { patch: { name: '   ' }, path: 'name', nl: /Naam mag niet leeg zijn/, en: /Name must not be empty/ },
    { patch: { status: 'asleep' }, path: 'status', nl: /Status moet een van deze waarden zijn/, en: /Status must be one of/ },
  ])('refuses $patch with INVALID_INPUT naming the field, and changes nothing', ({ patch, path, nl, en }) => {
    const { register } = createTempRegister();
    const created = register.channels.create(
      facebook('Mechels Natuurlijk', { url: 'https://www.facebook.com/mechelsnatuurlijk' }),
    );
    const rowBefore = channelRow(register, created.id);
    const logBefore = changeLog(register);

    const error = expectDomainError(() => register.channels.update(created.id, patch as never), 'INVALID_INPUT');
    expect(error.messageNl).toMatch(/^Ongeldige invoer: /);
    expect(error.messageNl).toMatch(nl);
    expect(error.messageNl).not.toMatch(/expected|must|invalid/i); // no English in the Dutch message
    expect(error.messageEn).toMatch(en);
    const problems = (error.details as { problems: Array<{ path: string; message: string; messageEn: string }> }).problems;
    expect(problems.map((p) => p.path)).toEqual([path]);

    expect(channelRow(register, created.id)).toEqual(rowBefore);
    expect(changeLog(register)).toEqual(logBefore);
  });

  it('refuses an unknown organisation on update and keeps the row', () => {
    const { register } = createTempRegister();
    const created = register.channels.create(facebook('Energiepunt Mechelen'));
    const logBefore = changeLog(register);
    const error = expectDomainError(
      () => register.channels.update(created.id, { organisationId: randomUUID() }),
      'INVALID_INPUT',
    );
    expect(error.messageNl).toMatch(/organisatie/);
    expect(register.channels.get(created.id)).toEqual(created);
    expect(changeLog(register)).toEqual(logBefore);
  });

  it('answers NOT_FOUND for an id that does not exist', () => {
    const { register } = createTempRegister();
    const missing = randomUUID();
    const error = expectDomainError(() => register.channels.update(missing, { name: 'X' }), 'NOT_FOUND');
    expect(error.messageNl).toContain(missing);
    expectDomainError(() => register.channels.get(missing), 'NOT_FOUND');
  });
});

describe('ChannelsService delete and restore', () => {
  it('soft-deletes, hides from the list, and restores; each step is one logged change', () => {
    const { register } = createTempRegister();
    const keep = register.channels.create(facebook('Jeugdraad Mechelen'));
    const channel = register.channels.create(facebook('Mechelen Kinderstad'));
    const logStart = changeLog(register).length;

    expect(register.channels.delete([channel.id])).toEqual({ updated: 1 });
    const deleted = register.channels.get(channel.id);
    expect(deleted.deletedAt).not.toBeNull();
    expect(register.channels.list({}).rows.map((r) => r.id)).toEqual([keep.id]);
    expect(register.channels.list({ deleted: 'include' }).rows.map((r) => r.name)).toEqual([
      'Jeugdraad Mechelen',
      'Mechelen Kinderstad',
    ]);
    expect(register.channels.list({ deleted: 'only' }).rows.map((r) => r.id)).toEqual([channel.id]);
    expect(register.channels.list({}).total).toBe(1);
    expect(register.channels.list({ deleted: 'include' }).total).toBe(2);

    // Deleting again is not a second change.
    expect(register.channels.delete([channel.id])).toEqual({ updated: 0 });

    expect(register.channels.restore([channel.id])).toEqual({ updated: 1 });
    expect(register.channels.get(channel.id).deletedAt).toBeNull();
    expect(register.channels.list({}).total).toBe(2);

    const added = changeLog(register).slice(logStart);
    expect(added.map((r) => [r.entityId, r.field, r.oldValue, r.newValue])).toEqual([
      [channel.id, 'deletedAt', null, deleted.deletedAt],
      [channel.id, 'deletedAt', deleted.deletedAt, null],
    ]);
    expect(added[0]!.batchId).not.toBe(added[1]!.batchId);
  });

  it('deletes and restores several channels in one batch (one undo step)', () => {
    const { register } = createTempRegister();
    const ids = ['A', 'B', 'C'].map((name) => register.channels.create(facebook(name)).id);
    const logStart = changeLog(register).length;

    expect(register.channels.delete([ids[0]!, ids[2]!, ids[0]!])).toEqual({ updated: 2 });
    const added = changeLog(register).slice(logStart);
    expect(added.map((r) => r.entityId).sort()).toEqual([ids[0], ids[2]].sort());
    expect(new Set(added.map((r) => r.batchId)).size).toBe(1);
    expect(register.history.state().undoDescription).toBe('2 kanalen verwijderd');

    expect(register.channels.restore(ids)).toEqual({ updated: 2 });
    expect(register.history.state().undoDescription).toBe('2 kanalen teruggezet');
  });

  it('refuses the whole delete when an id is unknown, listing it, and changes nothing', () => {
    const { register } = createTempRegister();
    const channel = register.channels.create(facebook('Villa 32'));
    const missing = randomUUID();
    const logBefore = changeLog(register);
    const error = expectDomainError(() => register.channels.delete([channel.id, missing]), 'NOT_FOUND');
    expect(error.messageNl).toContain(missing);
    expect(error.messageEn).toContain(missing);
    expect(error.details).toEqual({ ids: [missing] });
    expect(register.channels.get(channel.id).deletedAt).toBeNull();
    expect(changeLog(register)).toEqual(logBefore);
    expectDomainError(() => register.channels.restore([missing]), 'NOT_FOUND');
  });
});

describe('ChannelsService.list', () => {
  function seed(register: Register, names: string[], extra: (name: string) => Partial<ChannelFields> = () => ({})): Channel[] {
    return names.map((name) => register.channels.create(facebook(name, extra(name))));
  }

  it('search ignores case and accents, both in the text and in the query', () => {
    const { register } = createTempRegister();
    seed(register, ['Mechelse Feesten', 'Cultúúr in de stad', 'Stad Mechelen', 'Cultu\u0301u\u0301r (NFD)']);
    // Sorted in JS, so the test does not depend on where SQLite puts the NFD spelling.
    const names = (search: string) =>
      register.channels
        .list({ search })
        .rows.map((r) => r.name)
        .sort();

    expect(names('mechelse')).toEqual(['Mechelse Feesten']);
    expect(names('MECHELSE')).toEqual(['Mechelse Feesten']);
    expect(names('cultuur')).toEqual(['Cultu\u0301u\u0301r (NFD)', 'Cultúúr in de stad']);
    expect(names('CULTÚÚR')).toEqual(['Cultu\u0301u\u0301r (NFD)', 'Cultúúr in de stad']);
    expect(names('mechel')).toEqual(['Mechelse Feesten', 'Stad Mechelen']);
    expect(names('  ')).toHaveLength(4);
    expect(names('bestaat niet')).toEqual([]);
  });

  it('search also looks in handle, url, notes and organisation name', () => {
    const { register } = createTempRegister();
    const org = register.organisations.create({ name: 'Toerisme Mechelen', kind: 'stadsdienst' });
    seed(
      register,
      ['A', 'B', 'C', 'D', 'E'],
      (name) =>
        ({
          A: { handle: 'visitmechelen' },
          B: { url: 'https://www.facebook.com/torensaandedijle' },
          C: { notes: 'geen tweets??' },
          D: { organisationId: org.id },
          E: {},
        })[name]!,
    );
    const names = (search: string) => register.channels.list({ search }).rows.map((r) => r.name);
    expect(names('VisitMechelen')).toEqual(['A']);
    expect(names('torensaandedijle')).toEqual(['B']);
    expect(names('tweets')).toEqual(['C']);
    expect(names('toerisme')).toEqual(['D']);
  });

  it('treats % and _ in the search as plain characters', () => {
    const { register } = createTempRegister();
    seed(register, ['abc', 'a_c', '100% Mechelen']);
    const names = (search: string) => register.channels.list({ search }).rows.map((r) => r.name);
    expect(names('a_c')).toEqual(['a_c']);
    expect(names('%')).toEqual(['100% Mechelen']);
    expect(names('\\')).toEqual([]);
  });

  it('sorts by latest count with unknown counts last, in both directions', () => {
    const { register } = createTempRegister();
    const channels = seed(register, ['A', 'B', 'C', 'D', 'E']);
    const counts: Record<string, number> = { A: 10, B: 300, D: 50 };
    for (const channel of channels) {
      const value = counts[channel.name];
      if (value !== undefined)
        register.snapshots.add({ channelId: channel.id, date: '2014-09-02', count: value, metric: 'likes' });
    }
    // A later count replaces the earlier one as "latest".
    register.snapshots.add({ channelId: channels[0]!.id, date: '2015-01-01', count: 20, metric: 'likes' });

    const desc = register.channels.list({ sort: [{ field: 'latestCount', desc: true }] }).rows;
    expect(desc.map((r) => [r.name, r.latestCount])).toEqual([
      ['B', 300],
      ['D', 50],
      ['A', 20],
      [expect.any(String), null],
      [expect.any(String), null],
    ]);
    expect(desc[2]).toMatchObject({ latestDate: '2015-01-01', latestMetric: 'likes' });

    const asc = register.channels.list({ sort: [{ field: 'latestCount', desc: false }] }).rows;
    expect(asc.map((r) => r.latestCount)).toEqual([20, 50, 300, null, null]);
  });

  it('sorts by name without regard to case by default', () => {
    const { register } = createTempRegister();
    seed(register, ['bibliotheek', 'Archief', 'Cultuurcentrum', 'academie']);
    expect(register.channels.list({}).rows.map((r) => r.name)).toEqual(['academie', 'Archief', 'bibliotheek', 'Cultuurcentrum']);
    expect(register.channels.list({ sort: [{ field: 'name', desc: true }] }).rows.map((r) => r.name)).toEqual([
      'Cultuurcentrum',
      'bibliotheek',
      'Archief',
      'academie',
    ]);
  });

  it('filters by platform and status', () => {
    const { register } = createTempRegister();
    register.channels.create({ kind: 'social', platform: 'googleplus', name: 'G+', status: 'dormant' });
    register.channels.create({ kind: 'social', platform: 'twitter', name: 'Tw', status: 'active' });
    register.channels.create({ kind: 'website', platform: 'website', name: 'Web' });
    const names = (filters: ChannelFilters) => register.channels.list({ filters }).rows.map((r) => r.name);
    expect(names({ platforms: ['twitter'] })).toEqual(['Tw']);
    expect(names({ statuses: ['dormant'] })).toEqual(['G+']);
    expect(names({ statuses: ['none'] })).toEqual(['Web']);
  });

  it('pages with offset and limit, and reports the total of all matching rows', () => {
    const { register } = createTempRegister();
    seed(register, ['E', 'C', 'A', 'D', 'B']);
    const page = (offset: number, limit: number) => register.channels.list({ offset, limit });
    expect(page(0, 2)).toMatchObject({ total: 5 });
    expect(page(0, 2).rows.map((r) => r.name)).toEqual(['A', 'B']);
    expect(page(2, 2).rows.map((r) => r.name)).toEqual(['C', 'D']);
    expect(page(4, 2).rows.map((r) => r.name)).toEqual(['E']);
    expect(page(5, 2)).toEqual({ rows: [], total: 5 });
    expect(register.channels.list({ search: 'a', limit: 1 }).total).toBe(1);
  });

  it('returns organisation name and kind and the responsible person with each row', () => {
    const { register } = createTempRegister();
    const org = register.organisations.create({ name: 'Bibliotheek Mechelen', kind: 'stadsdienst' });
    const person = register.people.create({ name: 'An Peeters' });
    register.channels.create(
      facebook('Bib', { organisationId: org.id, responsiblePersonId: person.id, createdByWebmasters: true }),
    );
    expect(register.channels.list({}).rows[0]).toMatchObject({
      organisationName: 'Bibliotheek Mechelen',
      organisationKind: 'stadsdienst',
      responsiblePersonName: 'An Peeters',
      createdByWebmasters: true,
      latestCount: null,
    });
  });
});

describe('the change log clock', () => {
  it('hands out strictly increasing, unique HLCs, also after reopening the file on another device', () => {
    const { register, path } = createTempRegister();
    const a = register.channels.create(facebook('A', { url: 'https://a.example' }));
    for (let i = 0; i < 20; i += 1) register.channels.update(a.id, { name: `A${i}` });
    register.channels.delete([a.id]);
    register.channels.restore([a.id]);
    const firstSession = changeLog(register).map((r) => r.hlc);
    register.close();

    // A device whose node id sorts before the first one's still continues after the newest stamp.
    const reopened = Register.open(path, { deviceId: '00000000-0000-4000-8000-000000000000', actor: null });
    onCleanup(() => reopened.close());
    reopened.channels.update(a.id, { name: 'B' });
    const all = changeLog(reopened).map((r) => r.hlc);

    expect(all.length).toBe(firstSession.length + 1);
    const outOfOrder = all.findIndex((hlc, i) => i > 0 && !(hlc > all[i - 1]!));
    expect(outOfOrder).toBe(-1);
    expect(all.at(-1)).toMatch(/-0000000000004000$/);
    expect(reopened.changeLog.forEntity('channel', a.id, 1)[0]).toMatchObject({ field: 'name', oldValue: 'A19', newValue: 'B' });
  });
});
