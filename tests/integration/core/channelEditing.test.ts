import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { ChannelFields } from '../../../shared/domain/channel';
import type { Register } from '../../../src-main/core/register/register';
import { createTempRegister, expectDomainError, useTempDirs } from '../../helpers/tempRegister';

useTempDirs();

const facebook = (name: string, extra: Partial<ChannelFields> = {}): ChannelFields => ({
  kind: 'social',
  platform: 'facebook',
  name,
  ...extra,
});

function logSize(register: Register): number {
  return (register.db.prepare(`SELECT count(*) AS n FROM change_log`).get() as { n: number }).n;
}

describe('channels.bulkUpdate', () => {
  it('sets the patch on every channel in one batch and counts only the channels it changed', () => {
    const { register } = createTempRegister();
    const org = register.organisations.create({ name: 'Toerisme Mechelen', kind: 'stadsdienst' });
    const ids = ['Visit Mechelen', 'Toerismehuis', 'UiT in Mechelen'].map((name) => register.channels.create(facebook(name)).id);
    register.channels.update(ids[2]!, { organisationId: org.id, status: 'active' });

    expect(register.channels.bulkUpdate(ids, { organisationId: org.id, status: 'active' })).toEqual({ updated: 2 });
    expect(ids.map((id) => register.channels.get(id).organisationId)).toEqual([org.id, org.id, org.id]);
    const batches = register.db
      .prepare(`SELECT count(DISTINCT batch_id) AS n FROM change_log WHERE entity_id IN (?, ?) AND field = 'status'`)
      .get(ids[0], ids[1]) as { n: number };
    expect(batches.n).toBe(1);
    expect(register.history.state().undoDescription).toBe('2 kanalen: organisatie, status');
  });

  it('refuses unknown ids, listing them, and an invalid patch; changes nothing', () => {
    const { register } = createTempRegister();
    const id = register.channels.create(facebook('Villa 32')).id;
    const missing = [randomUUID(), randomUUID()];
    const before = logSize(register);
    const error = expectDomainError(() => register.channels.bulkUpdate([id, ...missing], { status: 'dormant' }), 'NOT_FOUND');
    expect(error.details).toEqual({ ids: missing });
    expect(error.messageNl).toMatch(/^Deze kanalen bestaan niet: /);
    expect(error.messageNl).toContain(missing[1]);
    expectDomainError(() => register.channels.bulkUpdate([id], { status: 'asleep' as never }), 'INVALID_INPUT');
    expectDomainError(() => register.channels.bulkUpdate([id], { organisationId: randomUUID() }), 'INVALID_INPUT');
    expect(register.channels.get(id).status).toBeNull();
    expect(logSize(register)).toBe(before);
  });
});

describe('channels.duplicate', () => {
  it('copies every field under a name ending in " (kopie)", without the counts', () => {
    const { register } = createTempRegister();
    const org = register.organisations.create({ name: 'Bibliotheek', kind: 'stadsdienst' });
    const source = register.channels.create(
      facebook('Bibliotheek Mechelen', {
        organisationId: org.id,
        status: 'active',
        url: 'https://www.facebook.com/bibliotheekmechelen',
        createdByWebmasters: true,
      }),
    );
    register.snapshots.add({ channelId: source.id, date: '2014-09-02', count: 1200, metric: 'likes' });

    const copy = register.channels.duplicate(source.id);
    expect(copy.id).not.toBe(source.id);
    expect(copy).toMatchObject({
      name: 'Bibliotheek Mechelen (kopie)',
      organisationId: org.id,
      status: 'active',
      url: source.url,
      createdByWebmasters: true,
      deletedAt: null,
    });
    const row = register.channels.list({ filters: { name: 'kopie' } }).rows[0]!;
    expect(row.latestCount).toBeNull();
  });

  it('keeps the copy within the name limit', () => {
    const { register } = createTempRegister();
    const source = register.channels.create(facebook('x'.repeat(300)));
    expect(register.channels.duplicate(source.id).name).toBe(`${'x'.repeat(292)} (kopie)`);
  });
});

describe('channels.restoreVersion', () => {
  it('puts every field back to its value right after the given change, as one new change', () => {
    const { register } = createTempRegister();
    const channel = register.channels.create(facebook('Stadsbestuur Mechelen', { handle: 'StadMechelen' }));
    register.channels.update(channel.id, { status: 'active', notes: 'eerste nota' });
    register.channels.update(channel.id, { name: 'Stad Mechelen', handle: null, status: 'passive' });
    const history = register.changeLog.forEntity('channel', channel.id);
    const noteChange = history.find((entry) => entry.field === 'notes')!;

    const restored = register.channels.restoreVersion(channel.id, noteChange.hlc);
    expect(restored).toMatchObject({
      name: 'Stadsbestuur Mechelen',
      handle: 'StadMechelen',
      status: 'active',
      notes: 'eerste nota',
    });
    expect(register.changeLog.forEntity('channel', channel.id).length).toBe(history.length + 3);
    expect(register.history.state().undoDescription).toBe('1 kanaal: naam, account, status');

    // Back to the creation (any entry of that action stands for the version after it): fields set later are empty again.
    const created = history.at(-1)!;
    expect(created.field).toBe('created');
    expect(register.channels.restoreVersion(channel.id, created.hlc)).toMatchObject({
      name: 'Stadsbestuur Mechelen',
      handle: 'StadMechelen',
      status: null,
      notes: null,
    });
  });

  it("answers NOT_FOUND for a timestamp that is not in this channel's history", () => {
    const { register } = createTempRegister();
    const a = register.channels.create(facebook('A'));
    const b = register.channels.create(facebook('B'));
    const ofB = register.changeLog.forEntity('channel', b.id)[0]!.hlc;
    const error = expectDomainError(() => register.channels.restoreVersion(a.id, ofB), 'NOT_FOUND');
    expect(error.messageNl).toMatch(/versie/);
    expectDomainError(() => register.channels.restoreVersion(randomUUID(), ofB), 'NOT_FOUND');
  });
});

describe('channels.checkUrl', () => {
  it('reads platform, handle and canonical address, and finds live channels at the same address', () => {
    const { register } = createTempRegister();
    const tw = register.channels.create({
      kind: 'social',
      platform: 'twitter',
      name: 'Stad Mechelen',
      url: 'http://twitter.com/StadMechelen',
    });
    const gone = register.channels.create({
      kind: 'social',
      platform: 'twitter',
      name: 'Oud account',
      url: 'https://twitter.com/stadmechelen',
    });
    register.channels.delete([gone.id]);

    expect(register.channels.checkUrl('https://x.com/stadmechelen?ref_src=twsrc')).toEqual({
      url: 'https://x.com/stadmechelen',
      platform: 'twitter',
      kind: 'social',
      handle: '@stadmechelen',
      duplicates: [{ id: tw.id, name: 'Stad Mechelen', platform: 'twitter' }],
    });
    // The channel being edited is not its own duplicate.
    expect(register.channels.checkUrl('https://x.com/stadmechelen', tw.id).duplicates).toEqual([]);
  });

  it('matches websites by host and path, with or without www and scheme', () => {
    const { register } = createTempRegister();
    const site = register.channels.create({ kind: 'website', platform: 'website', name: 'Maanrock', url: 'http://maanrock.be' });
    expect(register.channels.checkUrl('https://www.maanrock.be/').duplicates.map((d) => d.id)).toEqual([site.id]);
    expect(register.channels.checkUrl('maanrock.be/programma').duplicates).toEqual([]);
    // A changed URL moves the channel's key with it.
    register.channels.update(site.id, { url: 'https://www.maanrock.be/programma' });
    expect(register.channels.checkUrl('maanrock.be/programma').duplicates.map((d) => d.id)).toEqual([site.id]);
  });

  it('answers nulls and no duplicates for text that is no web address', () => {
    const { register } = createTempRegister();
    expect(register.channels.checkUrl('javascript:alert(1)')).toEqual({
      url: null,
      platform: null,
      kind: null,
      handle: null,
      duplicates: [],
    });
    expect(register.channels.checkUrl('')).toMatchObject({ url: null, duplicates: [] });
  });

  it("stores a typed URL as typed (normalising is the UI's choice, via checkUrl)", () => {
    const { register } = createTempRegister();
    const url = 'https://www.facebook.com/UiTinMechelen?fref=ts';
    expect(register.channels.create(facebook('UiT in Mechelen', { url })).url).toBe(url);
  });
});
