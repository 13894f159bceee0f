import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ChannelFields } from '../../../shared/domain/channel';
import type { CostLineFields } from '../../../shared/domain/cost';
import type { CostOverview, CostOverviewQuery } from '../../../shared/domain/costOverview';
import { dispatch, type AllHandlers } from '../../../src-main/core/api/dispatch';
import { costOverviewHandlers } from '../../../src-main/core/costOverview/costOverviewHandlers';
import { CostOverviewService } from '../../../src-main/core/costOverview/costOverviewService';
import type { Register } from '../../../src-main/core/register/register';
import { RegisterSession } from '../../../src-main/core/register/registerSession';
import { createTempRegister, expectDomainError, onCleanup, tempDir, useTempDirs } from '../../helpers/tempRegister';

useTempDirs();

/**
 * One register, built through the services, whose figures are worked out by hand below.
 *
 *   Stad ─┬─ Communicatie: "Stad Mechelen" (facebook), "Instagram Mechelen", "www.mechelen.be",
 *         │                "Oude website" (removed)
 *         ├─ Toerisme:     "Visit Mechelen" (no counts)
 *         ├─ Archief:      no channels
 *         └─ (Stad itself) "Stad Mechelen Twitter"
 *   no organisation:       "Jeugd Mechelen" (no lines), "YouTube Mechelen" (only a deleted line)
 *
 * Lines, range 2013-2014, asOf 31/12/2014:
 *   facebook   advertising  once 10/03/2014                 10000  -> 2014
 *   website    hosting      monthly from 01/01/2014, running 2500  -> 12 x 2500 = 30000 in 2014
 *   Oude website creation   once 01/02/2014                 50000  -> 2014 (removed channels keep their cost)
 *   twitter    prizes       once 31/12/2013                  6000  -> 2013
 *   Communicatie shared licence once 01/06/2014              9000  -> 2014
 *   Toerisme shared staff time yearly from 01/07/2013, running, 36500 (100 a day):
 *              2013: 184 days = 18400; 2014: 181 days of the first + 184 of the second = 36500
 *              (the second pays 18100 into 2015, outside the range)
 *   Archief shared other    once 05/05/2014                   700  -> 2014, never allocated (no channels)
 *   Stad shared maintenance once 09/09/2014                 10000  -> 2014
 * Ignored: a line of a deleted channel, of a deleted organisation, a deleted line.
 *   2013 = 6000 + 18400 = 24400; 2014 = 10000 + 30000 + 50000 + 9000 + 36500 + 700 + 10000 = 146200.
 */
function buildRegister(register: Register) {
  const organisation = (name: string, parentId: string | null = null) =>
    register.organisations.create({ name, kind: 'stadsdienst', parentId }).id;
  const stad = organisation('Stad Mechelen');
  const communicatie = organisation('Communicatie', stad);
  const toerisme = organisation('Toerisme', stad);
  const archief = organisation('Archief', stad);
  const oud = organisation('Oude dienst', stad);

  const channel = (
    name: string,
    platform: ChannelFields['platform'],
    organisationId: string | null,
    status: ChannelFields['status'] = 'active',
  ) =>
    register.channels.create({ kind: platform === 'website' ? 'website' : 'social', platform, name, organisationId, status }).id;
  const fb = channel('Stad Mechelen', 'facebook', communicatie);
  const ig = channel('Instagram Mechelen', 'instagram', communicatie);
  const web = channel('www.mechelen.be', 'website', communicatie);
  const oldSite = channel('Oude website', 'website', communicatie, 'removed');
  const tw = channel('Stad Mechelen Twitter', 'twitter', stad);
  const tour = channel('Visit Mechelen', 'facebook', toerisme, null);
  channel('Jeugd Mechelen', 'facebook', null, 'dormant');
  const youtube = channel('YouTube Mechelen', 'youtube', null);
  const gone = channel('Weg', 'facebook', communicatie);

  const line = (fields: Omit<CostLineFields, 'startDate'> & { startDate: string }) => register.costs.create(fields).id;
  line({ channelId: fb, category: 'advertising', amountCents: 10_000, startDate: '2014-03-10' });
  line({ channelId: web, category: 'hosting', amountCents: 2500, startDate: '2014-01-01', recurrence: 'monthly' });
  line({ channelId: oldSite, category: 'creation', amountCents: 50_000, startDate: '2014-02-01' });
  line({ channelId: tw, category: 'prizes_actions', amountCents: 6000, startDate: '2013-12-31' });
  line({ organisationId: communicatie, category: 'licence_tool', amountCents: 9000, startDate: '2014-06-01' });
  line({ organisationId: toerisme, category: 'staff_time', amountCents: 36_500, startDate: '2013-07-01', recurrence: 'yearly' });
  line({ organisationId: archief, category: 'other', amountCents: 700, startDate: '2014-05-05' });
  line({ organisationId: stad, category: 'maintenance', amountCents: 10_000, startDate: '2014-09-09' });
  // Ignored: gone with their owner, or deleted themselves.
  line({ channelId: gone, category: 'hosting', amountCents: 99_999, startDate: '2014-01-01' });
  line({ organisationId: oud, category: 'other', amountCents: 88_888, startDate: '2014-01-01' });
  register.costs.delete([line({ channelId: youtube, category: 'advertising', amountCents: 77_777, startDate: '2014-01-01' })]);
  register.budgets.create({ year: 2014, channelId: gone, amountCents: 1 });
  register.channels.delete([gone]);
  register.organisations.delete(oud);

  // Counts. Facebook in likes (the later 2015 count is after asOf); Instagram switched from likes to
  // followers, so only its followers count; Twitter one count.
  const count = (channelId: string, date: string, value: number, metric: 'likes' | 'followers') =>
    register.snapshots.add({ channelId, date, count: value, metric });
  count(fb, '2013-12-01', 1000, 'likes');
  count(fb, '2014-06-01', 2000, 'likes');
  count(fb, '2014-12-01', 3000, 'likes');
  count(fb, '2015-03-01', 9999, 'likes');
  count(ig, '2013-06-01', 50, 'likes');
  count(ig, '2014-11-01', 1000, 'followers');
  count(tw, '2014-12-01', 500, 'followers');

  return { stad, communicatie, toerisme, archief, fb, ig, web, oldSite, tw, tour };
}

function overviewOf(register: Register, query: Partial<CostOverviewQuery> = {}): CostOverview {
  return new CostOverviewService(register.db).overview({ fromYear: 2013, toYear: 2014, asOf: '2014-12-31', ...query });
}

const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);

/** What must hold in every overview: no cent lost or made between the tables. */
function expectConsistent(overview: CostOverview): void {
  expect(sum(overview.years.map((year) => year.totalCents))).toBe(overview.totalCents);
  expect(sum(overview.byCategory.map((category) => category.totalCents))).toBe(overview.totalCents);
  expect(sum(overview.byChannel.map((channel) => channel.totalCents)) + overview.unallocatedCents).toBe(overview.totalCents);
  expect(sum(overview.byPlatform.map((platform) => platform.totalCents)) + overview.unallocatedCents).toBe(overview.totalCents);
  for (const year of overview.years) expect(sum(Object.values(year.byCategory))).toBe(year.totalCents);
  for (const channel of overview.byChannel) {
    expect(channel.directCents + channel.allocatedCents).toBe(channel.totalCents);
    expect(sum(Object.values(channel.byYear))).toBe(channel.totalCents);
  }
}

const byName = (overview: CostOverview) =>
  Object.fromEntries(overview.byChannel.map((row) => [row.channelName, [row.directCents, row.allocatedCents]]));

describe('costs.overview on a real register', () => {
  it('totals per year, category, organisation and platform, shared money unallocated', () => {
    const { register } = createTempRegister();
    const ids = buildRegister(register);
    const overview = overviewOf(register);
    expectConsistent(overview);

    expect(overview).toMatchObject({ fromYear: 2013, toYear: 2014, asOf: '2014-12-31', allocation: 'none' });
    expect(overview.totalCents).toBe(170_600);
    expect(overview.years.map((year) => year.totalCents)).toEqual([24_400, 146_200]);
    // Communicatie 9000 + Toerisme 54900 + Archief 700 + Stad 10000.
    expect(overview.unallocatedCents).toBe(74_600);
    expect(overview.years[1]!.byCategory).toMatchObject({
      hosting: 30_000,
      staff_time: 36_500,
      creation: 50_000,
      prizes_actions: 0,
    });
    expect(overview.byCategory.find((row) => row.category === 'staff_time')).toEqual({
      category: 'staff_time',
      totalCents: 54_900,
      byYear: { 2013: 18_400, 2014: 36_500 },
    });
    expect(overview.byCategory.map((row) => row.category)).toHaveLength(10);

    expect(byName(overview)).toEqual({
      'Oude website': [50_000, 0],
      'www.mechelen.be': [30_000, 0],
      'Stad Mechelen': [10_000, 0],
      'Stad Mechelen Twitter': [6000, 0],
    });
    expect(overview.byChannel.map((row) => row.channelName)).toEqual([
      'Oude website',
      'www.mechelen.be',
      'Stad Mechelen',
      'Stad Mechelen Twitter',
    ]);
    expect(overview.byChannel[3]).toMatchObject({
      organisationId: ids.stad,
      organisationName: 'Stad Mechelen',
      byYear: { 2013: 6000, 2014: 0 },
    });

    // Communicatie: its channels 90000 + its shared 9000; Stad: its Twitter and its own shared line.
    expect(overview.byOrganisation).toEqual([
      {
        organisationId: ids.communicatie,
        organisationName: 'Communicatie',
        channelCents: 90_000,
        sharedCents: 9000,
        totalCents: 99_000,
        byYear: { 2013: 0, 2014: 99_000 },
      },
      {
        organisationId: ids.toerisme,
        organisationName: 'Toerisme',
        channelCents: 0,
        sharedCents: 54_900,
        totalCents: 54_900,
        byYear: { 2013: 18_400, 2014: 36_500 },
      },
      {
        organisationId: ids.stad,
        organisationName: 'Stad Mechelen',
        channelCents: 6000,
        sharedCents: 10_000,
        totalCents: 16_000,
        byYear: { 2013: 6000, 2014: 10_000 },
      },
      {
        organisationId: ids.archief,
        organisationName: 'Archief',
        channelCents: 0,
        sharedCents: 700,
        totalCents: 700,
        byYear: { 2013: 0, 2014: 700 },
      },
    ]);
    expect(overview.byPlatform).toEqual([
      { platform: 'website', totalCents: 80_000, allocatedCents: 0 },
      { platform: 'facebook', totalCents: 10_000, allocatedCents: 0 },
      { platform: 'twitter', totalCents: 6000, allocatedCents: 0 },
    ]);
    expect(overview.allocationFallback).toEqual([]);
  });

  it('allocates shared lines equally over the live, not removed channels of the organisation and below', () => {
    const { register } = createTempRegister();
    buildRegister(register);
    const overview = overviewOf(register, { allocation: 'equal' });
    expectConsistent(overview);
    // Communicatie 9000 over facebook, Instagram, website (not the removed site): 3000 each.
    // Stad 10000 over those three, Twitter and Visit Mechelen: 2000 each. Toerisme 54900 all to
    // Visit Mechelen. Archief has no channel: its 700 stays unallocated.
    expect(overview.unallocatedCents).toBe(700);
    expect(byName(overview)).toEqual({
      'Visit Mechelen': [0, 56_900],
      'Oude website': [50_000, 0],
      'www.mechelen.be': [30_000, 5000],
      'Stad Mechelen': [10_000, 5000],
      'Stad Mechelen Twitter': [6000, 2000],
      'Instagram Mechelen': [0, 5000],
    });
    expect(overview.byPlatform).toContainEqual({ platform: 'facebook', totalCents: 71_900, allocatedCents: 61_900 });
    // Allocation moves money between channels, not between organisations.
    expect(overview.byOrganisation.find((row) => row.organisationName === 'Communicatie')?.totalCents).toBe(99_000);
  });

  it('allocates by each channel’s followers at the year’s end, falling back to equal parts without counts', () => {
    const { register } = createTempRegister();
    const ids = buildRegister(register);
    const overview = overviewOf(register, { allocation: 'followers' });
    expectConsistent(overview);
    // Counts on 31/12/2014: facebook 3000 (likes), Instagram 1000, Twitter 500, website and Visit none.
    // Communicatie 9000 over 3000 : 1000 : 0 -> 6750, 2250, 0.
    // Stad 10000 over 3000 : 1000 : 500 -> 6666.67, 2222.22, 1111.11: floors 9999, the cent to facebook.
    // Toerisme: Visit Mechelen has no count -> equal parts (all 54900), and it is reported.
    expect(byName(overview)).toEqual({
      'Visit Mechelen': [0, 54_900],
      'Oude website': [50_000, 0],
      'www.mechelen.be': [30_000, 0],
      'Stad Mechelen': [10_000, 13_417],
      'Stad Mechelen Twitter': [6000, 1111],
      'Instagram Mechelen': [0, 4472],
    });
    expect(overview.allocationFallback).toEqual([{ organisationId: ids.toerisme, organisationName: 'Toerisme' }]);
    expect(overview.unallocatedCents).toBe(700);
  });

  it('gives cost per follower and per gained follower from the counts', () => {
    const { register } = createTempRegister();
    buildRegister(register);
    const rows = Object.fromEntries(
      overviewOf(register, { allocation: 'followers' }).byChannel.map((row) => [row.channelName, row]),
    );
    // Facebook: 23417 cents / 3000 likes (01/12/2014) = 7.8 -> 8. No count before 01/01/2013, so the
    // first in the range (1000 on 01/12/2013): gained 2000 -> 23417 / 2000 = 11.7 -> 12.
    expect(rows['Stad Mechelen']).toMatchObject({
      totalCents: 23_417,
      followers: 3000,
      followersDate: '2014-12-01',
      metric: 'likes',
      gainedFollowers: 2000,
      costPerFollowerCents: 8,
      costPerGainedFollowerCents: 12,
    });
    // Instagram: its followers count only (the older likes are another metric): 4472 / 1000 = 4.47 -> 4,
    // and with one count nothing was gained.
    expect(rows['Instagram Mechelen']).toMatchObject({
      followers: 1000,
      metric: 'followers',
      gainedFollowers: 0,
      costPerFollowerCents: 4,
      costPerGainedFollowerCents: null,
    });
    expect(rows['www.mechelen.be']).toMatchObject({
      followers: null,
      metric: null,
      costPerFollowerCents: null,
      gainedFollowers: null,
    });

    // With asOf before the last facebook count, the count of that day is the latest: 2000 on 01/06/2014.
    const earlier = overviewOf(register, { asOf: '2014-06-30' }).byChannel.find((row) => row.channelName === 'Stad Mechelen');
    expect(earlier).toMatchObject({ followers: 2000, followersDate: '2014-06-01', gainedFollowers: 1000 });
  });

  it('compares budgets with actual cost, whatever the allocation shows', () => {
    const { register } = createTempRegister();
    const ids = buildRegister(register);
    const budget = (fields: Parameters<Register['budgets']['create']>[0]) => register.budgets.create(fields).id;
    budget({ year: 2014, amountCents: 150_000 });
    budget({ year: 2014, category: 'advertising', amountCents: 8000 });
    budget({ year: 2014, channelId: ids.fb, category: 'advertising', amountCents: 12_000 });
    budget({ year: 2014, channelId: ids.fb, amountCents: 20_000 });
    budget({ year: 2014, organisationId: ids.communicatie, amountCents: 100_000 });
    budget({ year: 2014, organisationId: ids.stad, amountCents: 200_000 });
    budget({ year: 2012, amountCents: 1 });

    const equal = overviewOf(register, { allocation: 'equal' });
    // Year rows: the register budget (no category) against the year total 146200.
    expect(equal.years.map((year) => [year.budgetCents, year.differenceCents])).toEqual([
      [null, null],
      [150_000, 3800],
    ]);
    const compared = (overview: CostOverview) =>
      overview.budgets.map((row) => [
        row.scope,
        row.scopeName,
        row.category,
        row.budgetCents,
        row.actualCents,
        row.differenceCents,
      ]);
    // Facebook all categories, equal: direct 10000 + 3000 + 2000 allocated. Communicatie: its shared
    // 9000 and its channels' 90000 (Stad's parts are not its money). Stad: everything of 2014 below it.
    expect(compared(equal)).toEqual([
      ['register', null, null, 150_000, 146_200, 3800],
      ['register', null, 'advertising', 8000, 10_000, -2000],
      ['organisation', 'Communicatie', null, 100_000, 99_000, 1000],
      ['organisation', 'Stad Mechelen', null, 200_000, 146_200, 53_800],
      ['channel', 'Stad Mechelen', null, 20_000, 15_000, 5000],
      ['channel', 'Stad Mechelen', 'advertising', 12_000, 10_000, 2000],
    ]);
    expect(equal.budgets[4]).toMatchObject({ year: 2014, scopeId: ids.fb });
    // Followers: facebook gets 6750 + 6667 -> 23417.
    expect(compared(overviewOf(register, { allocation: 'followers' }))[4]).toEqual([
      'channel',
      'Stad Mechelen',
      null,
      20_000,
      23_417,
      -3417,
    ]);
  });

  it('narrows to one organisation: its subtree’s lines, its budgets, its unknown channels', () => {
    const { register } = createTempRegister();
    const ids = buildRegister(register);
    register.budgets.create({ year: 2014, amountCents: 150_000 });
    register.budgets.create({ year: 2014, organisationId: ids.communicatie, amountCents: 100_000 });
    register.budgets.create({ year: 2014, channelId: ids.fb, amountCents: 20_000 });

    const overview = overviewOf(register, { organisationId: ids.communicatie, allocation: 'equal' });
    expectConsistent(overview);
    // Stad's shared line is above Communicatie: not in this view, so not allocated into it.
    expect(overview.totalCents).toBe(99_000);
    expect(byName(overview)).toEqual({
      'Oude website': [50_000, 0],
      'www.mechelen.be': [30_000, 3000],
      'Stad Mechelen': [10_000, 3000],
      'Instagram Mechelen': [0, 3000],
    });
    expect(overview.years[1]).toMatchObject({ totalCents: 99_000, budgetCents: 100_000, differenceCents: 1000 });
    // The channel budget is measured against its real cost (Stad's part included), not the view's.
    expect(overview.budgets.map((row) => [row.scope, row.actualCents])).toEqual([
      ['organisation', 99_000],
      ['channel', 15_000],
    ]);
    expect(overview.unknownCost.map((row) => row.channelName)).toEqual(['Instagram Mechelen']);
    expect(overview.byOrganisation.map((row) => row.organisationName)).toEqual(['Communicatie']);

    // The whole city: everything.
    expect(overviewOf(register, { organisationId: ids.stad }).totalCents).toBe(170_600);
    expectDomainError(() => overviewOf(register, { organisationId: ids.fb }), 'NOT_FOUND');
  });

  it('narrows to categories: totals, budgets of those categories, the year budget only for one', () => {
    const { register } = createTempRegister();
    buildRegister(register);
    register.budgets.create({ year: 2014, amountCents: 150_000 });
    register.budgets.create({ year: 2014, category: 'advertising', amountCents: 8000 });

    const advertising = overviewOf(register, { categories: ['advertising'] });
    expectConsistent(advertising);
    expect(advertising.totalCents).toBe(10_000);
    expect(advertising.byChannel.map((row) => row.channelName)).toEqual(['Stad Mechelen']);
    expect(advertising.byCategory.map((row) => row.category)).toEqual(['advertising']);
    expect(advertising.years[1]).toMatchObject({ totalCents: 10_000, budgetCents: 8000, differenceCents: -2000 });
    expect(advertising.years[1]!.byCategory.hosting).toBe(0);
    expect(advertising.budgets.map((row) => row.category)).toEqual(['advertising']);

    const two = overviewOf(register, { categories: ['advertising', 'hosting'], allocation: 'equal' });
    expectConsistent(two);
    expect(two.totalCents).toBe(40_000);
    expect(two.years[1]).toMatchObject({ budgetCents: null, differenceCents: null });
    // No choice is no filter, as in the channel list.
    expect(overviewOf(register, { categories: [] }).totalCents).toBe(170_600);
  });

  it('lists live channels without any cost line of their own as "kosten onbekend"', () => {
    const { register } = createTempRegister();
    buildRegister(register);
    // Not: channels with a line (in any year), the removed site, the deleted channel. Yes: channels
    // that only get allocated parts, and one whose only line was deleted.
    expect(overviewOf(register, { fromYear: 2020, toYear: 2020 }).unknownCost).toEqual([
      expect.objectContaining({
        channelName: 'Instagram Mechelen',
        platform: 'instagram',
        organisationName: 'Communicatie',
        status: 'active',
      }),
      expect.objectContaining({ channelName: 'Jeugd Mechelen', organisationName: null, status: 'dormant' }),
      expect.objectContaining({ channelName: 'Visit Mechelen', organisationName: 'Toerisme', status: null }),
      expect.objectContaining({ channelName: 'YouTube Mechelen', organisationName: null }),
    ]);
  });

  it('counts running lines up to today by default, through the handler and the dispatcher', async () => {
    const session = new RegisterSession({ dataDir: tempDir(), actor: 'tester', rememberRecent: false });
    onCleanup(() => session.close());
    const handlers = costOverviewHandlers(session) as unknown as AllHandlers;
    expect(await dispatch(handlers, 'costs.overview', { fromYear: 2014, toYear: 2014 })).toMatchObject({
      ok: false,
      error: { code: 'NO_REGISTER' },
    });
    await session.create(join(tempDir(), 'register.sqlite'));
    const register = session.require();
    const site = register.channels.create({ kind: 'website', platform: 'website', name: 'Site' }).id;
    register.costs.create({
      channelId: site,
      category: 'hosting',
      amountCents: 100,
      startDate: '2000-01-01',
      recurrence: 'yearly',
    });

    const now = new Date();
    const today = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
    const year = now.getFullYear();
    const result = await dispatch(handlers, 'costs.overview', { fromYear: year, toYear: year + 1 });
    // Yearly on 1 January since 2000: this year's invoice is due (today is on or after 1 January),
    // next year's not yet. The date is the machine's local day.
    expect(result).toMatchObject({
      ok: true,
      value: { asOf: today, totalCents: 100, years: [{ totalCents: 100 }, { totalCents: 0 }] },
    });
    expect(await dispatch(handlers, 'costs.overview', { fromYear: 2015, toYear: 2014 })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT' },
    });
  });
});
