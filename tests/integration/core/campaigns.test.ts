import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { ChannelFields } from '../../../shared/domain/channel';
import { CAMPAIGN_PALETTE } from '../../../src-main/core/campaigns/campaignPalette';
import type { Register } from '../../../src-main/core/register/register';
import { createTempRegister, expectDomainError, useTempDirs } from '../../helpers/tempRegister';

useTempDirs();

const channel = (name: string, platform: ChannelFields['platform'] = 'facebook') =>
  ({ kind: 'social', platform, name }) as ChannelFields;

function liveLinks(register: Register): number {
  return register.db.prepare(`SELECT count(*) FROM campaign_channels WHERE deleted_at IS NULL`).pluck().get() as number;
}

describe('campaigns', () => {
  it('creates a campaign with its channels and a palette colour, as one undo step', () => {
    const { register } = createTempRegister();
    const fb = register.channels.create(channel('Stadsbestuur Mechelen'));
    const tw = register.channels.create(channel('Stad Mechelen', 'twitter'));
    const created = register.campaigns.save(undefined, {
      name: 'Zomeractie Cavalcadefiguren',
      startDate: '2013-07-01',
      endDate: '2013-08-31',
      description: 'Cavalcadefiguren door de binnenstad',
      channelIds: [fb.id, tw.id, fb.id],
    });
    expect(created).toMatchObject({
      name: 'Zomeractie Cavalcadefiguren',
      startDate: '2013-07-01',
      endDate: '2013-08-31',
      description: 'Cavalcadefiguren door de binnenstad',
      colour: CAMPAIGN_PALETTE[0],
      channelIds: [tw.id, fb.id], // by name: "Stad Mechelen" before "Stadsbestuur Mechelen"
    });
    expect(register.campaigns.list()).toEqual([created]);
    expect(register.history.state().undoDescription).toBe('1 campagne toegevoegd; 2 campagnekanalen toegevoegd');

    // The next one gets the next free colour; an explicit colour is kept (lower case).
    const second = register.campaigns.save(undefined, { name: 'Tweede', startDate: '2013-12-01', endDate: '2013-12-31' });
    expect(second.colour).toBe(CAMPAIGN_PALETTE[1]);
    const third = register.campaigns.save(undefined, {
      name: 'Derde',
      startDate: '2012-01-01',
      endDate: '2012-01-31',
      colour: '#AABBCC',
    });
    expect(third.colour).toBe('#aabbcc');
    expect(register.campaigns.list().map((c) => c.name)).toEqual(['Derde', 'Zomeractie Cavalcadefiguren', 'Tweede']);

    register.history.undo();
    register.history.undo();
    register.history.undo();
    expect(register.campaigns.list()).toEqual([]);
    expect(liveLinks(register)).toBe(0);
  });

  it('updates fields and links: unlinked channels are soft-deleted, relinking restores the row; undo puts it back', () => {
    const { register } = createTempRegister();
    const a = register.channels.create(channel('A'));
    const b = register.channels.create(channel('B'));
    const c = register.channels.create(channel('C'));
    const campaign = register.campaigns.save(undefined, {
      name: 'Actie',
      startDate: '2013-12-01',
      endDate: '2013-12-31',
      channelIds: [a.id, b.id],
    });

    const updated = register.campaigns.save(campaign.id, {
      name: 'Meneer en Mevrouw Mechelenbon',
      startDate: '2013-12-01',
      endDate: '2013-12-31',
      channelIds: [b.id, c.id],
    });
    expect(updated).toMatchObject({ id: campaign.id, name: 'Meneer en Mevrouw Mechelenbon', colour: campaign.colour });
    expect(updated.channelIds).toEqual([b.id, c.id]);
    expect(register.db.prepare(`SELECT count(*) FROM campaign_channels`).pluck().get()).toBe(3);

    // Without channelIds the links stay as they are.
    expect(
      register.campaigns.save(campaign.id, { name: 'Mechelenbon', startDate: '2013-12-01', endDate: '2013-12-31' }).channelIds,
    ).toEqual([b.id, c.id]);
    register.history.undo();

    // Linking A again brings back its old row instead of adding a second one.
    register.campaigns.save(campaign.id, {
      name: 'Meneer en Mevrouw Mechelenbon',
      startDate: '2013-12-01',
      endDate: '2013-12-31',
      channelIds: [a.id, b.id, c.id],
    });
    expect(register.db.prepare(`SELECT count(*) FROM campaign_channels`).pluck().get()).toBe(3);
    expect(register.campaigns.get(campaign.id).channelIds).toEqual([a.id, b.id, c.id]);

    register.history.undo();
    register.history.undo();
    expect(register.campaigns.get(campaign.id)).toMatchObject({ name: 'Actie', channelIds: [a.id, b.id] });
  });

  it('deletes a campaign with its links as one undo step', () => {
    const { register } = createTempRegister();
    const a = register.channels.create(channel('A'));
    const campaign = register.campaigns.save(undefined, {
      name: 'Actie',
      startDate: '2013-12-01',
      endDate: '2013-12-31',
      channelIds: [a.id],
    });
    expect(register.campaigns.delete(campaign.id)).toBeNull();
    expect(register.campaigns.list()).toEqual([]);
    expect(liveLinks(register)).toBe(0);
    expectDomainError(() => register.campaigns.delete(campaign.id), 'NOT_FOUND');
    register.history.undo();
    expect(register.campaigns.list()).toEqual([campaign]);
  });

  it('refuses an end before the start, unknown channels and unknown campaigns', () => {
    const { register } = createTempRegister();
    const error = expectDomainError(
      () => register.campaigns.save(undefined, { name: 'X', startDate: '2013-12-31', endDate: '2013-12-01' }),
      'INVALID_INPUT',
    );
    expect(error.messageNl).toContain('vóór de begindatum');
    expectDomainError(
      () =>
        register.campaigns.save(undefined, {
          name: 'X',
          startDate: '2013-12-01',
          endDate: '2013-12-31',
          channelIds: [randomUUID()],
        }),
      'NOT_FOUND',
    );
    expectDomainError(() => register.campaigns.effect(randomUUID()), 'NOT_FOUND');
    expect(register.campaigns.list()).toEqual([]);
  });

  it('measures growth during the campaign against the same-length period just before it', () => {
    const { register } = createTempRegister();
    const fb = register.channels.create(channel('Stadsbestuur Mechelen'));
    const tw = register.channels.create(channel('Stad Mechelen', 'twitter'));
    const empty = register.channels.create(channel('Zonder tellingen'));
    for (const [date, likes] of [
      ['2013-10-30', 1000], // before 31 October: the start of "before"
      ['2013-11-15', 1020],
      ['2013-11-30', 1040], // the end of "before" = the start of "during"
      ['2013-12-15', 1100],
      ['2013-12-31', 1160],
    ] as const) {
      register.snapshots.saveCounts({ date, entries: [{ channelId: fb.id, metric: 'likes', count: likes }] });
    }
    register.snapshots.saveCounts({ date: '2013-12-31', entries: [{ channelId: tw.id, metric: 'followers', count: 500 }] });
    const campaign = register.campaigns.save(undefined, {
      name: 'Meneer en Mevrouw Mechelenbon',
      startDate: '2013-12-01',
      endDate: '2013-12-31',
      channelIds: [fb.id, tw.id, empty.id],
    });

    const effect = register.campaigns.effect(campaign.id);
    expect(effect.map((e) => e.name)).toEqual(['Stad Mechelen', 'Stadsbestuur Mechelen', 'Zonder tellingen']);
    expect(effect[1]).toEqual({
      channelId: fb.id,
      name: 'Stadsbestuur Mechelen',
      metric: 'likes',
      before: { from: '2013-10-31', to: '2013-11-30', startCount: 1000, endCount: 1040, gain: 40 },
      during: { from: '2013-12-01', to: '2013-12-31', startCount: 1040, endCount: 1160, gain: 120 },
      change: 80,
      changePct: 200,
    });
    // Only a count after the campaign started: nothing can be said.
    expect(effect[0]).toMatchObject({
      metric: 'followers',
      during: { startCount: null, endCount: 500, gain: null },
      change: null,
    });
    expect(effect[2]).toMatchObject({ metric: null, before: { gain: null }, during: { gain: null } });
  });

  it('drops a deleted channel from the campaign until it is restored', () => {
    const { register } = createTempRegister();
    const a = register.channels.create(channel('A'));
    const campaign = register.campaigns.save(undefined, {
      name: 'Actie',
      startDate: '2013-12-01',
      endDate: '2013-12-31',
      channelIds: [a.id],
    });
    register.channels.delete([a.id]);
    expect(register.campaigns.get(campaign.id).channelIds).toEqual([]);
    register.channels.restore([a.id]);
    expect(register.campaigns.get(campaign.id).channelIds).toEqual([a.id]);
  });
});
