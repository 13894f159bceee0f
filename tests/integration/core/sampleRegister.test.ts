import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import sampleJson from '../../../resources/sample/mechelen-2014.json';
import type { ChannelRow } from '../../../shared/domain/channel';
import { REGISTER_EXTENSION, RegisterSession, SAMPLE_FILE_BASE } from '../../../src-main/core/register/registerSession';
import { onCleanup, sha256File, tempDir, useTempDirs } from '../../helpers/tempRegister';

useTempDirs();

interface SampleChannel {
  platform: string;
  name: string;
  handle?: string;
  organisation?: string;
  count?: number;
  metric?: string;
}
const sample = sampleJson as {
  snapshotDate: string;
  organisations: Array<{ key: string; name: string; kind: string }>;
  channels: SampleChannel[];
};

function newSession(dataDir: string): RegisterSession {
  const session = new RegisterSession({ dataDir, actor: 'tester' });
  onCleanup(() => session.close());
  return session;
}

function allChannels(session: RegisterSession): ChannelRow[] {
  const list = session.require().channels.list({ limit: 5000 });
  expect(list.rows).toHaveLength(list.total);
  return list.rows;
}

const samplePath = (dataDir: string, suffix = '') =>
  join(dataDir, 'registers', `${SAMPLE_FILE_BASE}${suffix}${REGISTER_EXTENSION}`);

describe('the 2014 Mechelen sample', () => {
  it('is created and opened on first start', async () => {
    const dataDir = tempDir();
    const session = newSession(dataDir);
    const state = await session.startup();

    expect(state.problem).toBeNull();
    expect(state.current).toMatchObject({
      path: samplePath(dataDir),
      fileName: `${SAMPLE_FILE_BASE}${REGISTER_EXTENSION}`,
      isSample: true,
      channelCount: sample.channels.length,
    });
    expect(existsSync(samplePath(dataDir))).toBe(true);
    expect(session.settings.lastRegister).toBe(samplePath(dataDir));
  });

  it('holds exactly the channels of resources/sample/mechelen-2014.json', async () => {
    const session = newSession(tempDir());
    await session.startup();
    const rows = allChannels(session);

    expect(sample.channels).toHaveLength(44);
    expect(rows).toHaveLength(44);
    const key = (c: { platform: string; name: string; handle?: string | null }) => `${c.platform}|${c.name}|${c.handle ?? ''}`;
    expect(rows.map(key).sort()).toEqual(sample.channels.map(key).sort());

    // Every channel sits under the organisation the sample names, by name.
    const orgName = new Map(sample.organisations.map((o) => [o.key, o.name]));
    for (const entry of sample.channels) {
      const row = rows.find((r) => key(r) === key(entry))!;
      expect(row.organisationName, key(entry)).toBe(entry.organisation ? orgName.get(entry.organisation) : null);
    }
  });

  it('has the 2014 mix: 7 dormant Google+ pages, 11 + 6 Facebook pages, 5 Twitter accounts', async () => {
    const session = newSession(tempDir());
    await session.startup();
    const rows = allChannels(session);
    const on = (platform: string) => rows.filter((r) => r.platform === platform);

    expect(on('googleplus')).toHaveLength(7);
    expect(on('googleplus').every((r) => r.status === 'dormant')).toBe(true);
    expect(rows.filter((r) => r.status === 'dormant')).toHaveLength(7);

    const facebook = on('facebook');
    expect(facebook).toHaveLength(17);
    expect(facebook.filter((r) => r.organisationKind === 'stadsdienst')).toHaveLength(11);
    expect(facebook.filter((r) => r.organisationKind === 'partnerproject')).toHaveLength(6);

    expect(
      on('twitter')
        .map((r) => r.handle)
        .sort(),
    ).toEqual(['@CC Mechelen', '@StadMechelen', '@ToerismeMech', '@UiTinMechelen', '@Wegenwerken']);
    expect(on('twitter').find((r) => r.handle === '@ToerismeMech')).toMatchObject({
      name: 'Toerisme Mechelen',
      organisationName: 'Toerisme Mechelen',
      notes: expect.stringContaining('geen tweets??'),
      hasPosted: false,
    });
  });

  it('stores the counts as snapshots dated 2014-09-02', async () => {
    const session = newSession(tempDir());
    await session.startup();
    const rows = allChannels(session);

    expect(rows.find((r) => r.platform === 'facebook' && r.name === 'Stadsbestuur Mechelen')).toMatchObject({
      latestCount: 3107,
      latestMetric: 'likes',
      latestDate: '2014-09-02',
    });
    expect(rows.find((r) => r.handle === '@StadMechelen')).toMatchObject({
      latestCount: 2780,
      latestMetric: 'followers',
      latestDate: '2014-09-02',
    });

    // Every count in the file, and no other.
    for (const entry of sample.channels) {
      const row = rows.find(
        (r) => r.platform === entry.platform && r.name === entry.name && (r.handle ?? undefined) === entry.handle,
      )!;
      expect([row.latestCount, row.latestMetric, row.latestDate], `${entry.platform} ${entry.name}`).toEqual(
        entry.count === undefined ? [null, null, null] : [entry.count, entry.metric, '2014-09-02'],
      );
    }
    const snapshots = session.require().db.prepare(`SELECT DISTINCT date FROM follower_snapshots`).all();
    expect(snapshots).toEqual([{ date: sample.snapshotDate }]);
    expect(sample.snapshotDate).toBe('2014-09-02');
  });

  it('holds the two 2013 campaigns of the source, on the city’s own accounts', async () => {
    const session = newSession(tempDir());
    await session.startup();
    const register = session.require();
    const rows = allChannels(session);
    const cityFacebook = rows.find((r) => r.platform === 'facebook' && r.name === 'Stadsbestuur Mechelen')!;
    const cityTwitter = rows.find((r) => r.handle === '@StadMechelen')!;

    const campaigns = register.campaigns.list();
    expect(campaigns.map((c) => [c.name, c.startDate, c.endDate])).toEqual([
      ['Zomeractie Cavalcadefiguren', '2013-07-01', '2013-08-31'],
      ['Meneer en Mevrouw Mechelenbon', '2013-12-01', '2013-12-31'],
    ]);
    const [summer, yearEnd] = campaigns;
    expect(summer!.channelIds.sort()).toEqual([cityFacebook.id, cityTwitter.id].sort());
    expect(summer!.description).toContain('Hanswijkcavalcade');
    // How the dates were chosen is said, since the source only gives seasons.
    expect(summer!.description).toContain("de bron zegt alleen 'zomer'");
    expect(yearEnd!.channelIds).toEqual([cityFacebook.id]);
    expect(yearEnd!.description).toContain('Mechelenbon t.w.v. 60 euro');
    expect(yearEnd!.description).toContain("de bron zegt alleen 'eindejaarsperiode'");
    expect(new Set(campaigns.map((c) => c.colour)).size).toBe(2);

    // The sample has only the counts of 2 September 2014: nothing can be said about 2013 yet.
    const effect = register.campaigns.effect(yearEnd!.id);
    expect(effect).toEqual([
      expect.objectContaining({
        channelId: cityFacebook.id,
        metric: 'likes',
        change: null,
        during: expect.objectContaining({ gain: null }),
      }),
    ]);
    expect(register.info().isFictitious).toBe(false);
  });

  it('records the one cost the source names: the 60 euro Mechelenbon prize, on the city’s Facebook page', async () => {
    const session = newSession(tempDir());
    await session.startup();
    const register = session.require();
    const cityFacebook = allChannels(session).find((r) => r.platform === 'facebook' && r.name === 'Stadsbestuur Mechelen')!;

    const lines = register.costs.list({ deleted: 'include' });
    expect(lines.total).toBe(1);
    expect(lines.amountSumCents).toBe(6000);
    const [prize] = lines.rows;
    expect(prize).toMatchObject({
      channelId: cityFacebook.id,
      organisationId: null,
      channelName: 'Stadsbestuur Mechelen',
      ownerOrganisationName: 'Stad Mechelen',
      category: 'prizes_actions',
      amountCents: 6000,
      vatIncluded: null,
      recurrence: 'once',
      startDate: '2013-12-31',
      endDate: null,
      description: "Mechelenbon t.w.v. 60 euro (prijs 'like en deel'-wedstrijd)",
      supplier: null,
      reference: null,
    });
    // Dated at the end of the year-end campaign, and the note says the source gives no date.
    const yearEnd = register.campaigns.list().find((c) => c.name === 'Meneer en Mevrouw Mechelenbon')!;
    expect(prize!.startDate).toBe(yearEnd.endDate);
    expect(prize!.notes).toContain('de bron geeft geen datum');
    expect(prize!.notes).toContain("collegebesluit van 5 september 2014, 'Evolutie'");
    expect(register.budgets.list({})).toEqual([]);
  });

  it('is loaded as one batch stamped with this device and actor', async () => {
    const dataDir = tempDir();
    const session = newSession(dataDir);
    await session.startup();
    const deviceId = session.settings.deviceId;
    const db = session.require().db;

    expect(db.prepare(`SELECT DISTINCT device_id AS deviceId, actor FROM change_log`).all()).toEqual([
      { deviceId, actor: 'tester' },
    ]);
    expect(db.prepare(`SELECT count(DISTINCT batch_id) AS n FROM change_log`).get()).toEqual({ n: 1 });
    const created = db
      .prepare(`SELECT entity, count(*) AS n FROM change_log WHERE field = 'created' GROUP BY entity ORDER BY entity`)
      .all();
    expect(created).toEqual([
      { entity: 'campaign', n: 2 },
      { entity: 'campaignChannel', n: 3 },
      { entity: 'channel', n: sample.channels.length },
      { entity: 'costLine', n: 1 },
      { entity: 'organisation', n: sample.organisations.length },
      { entity: 'reviewSettings', n: 1 },
      { entity: 'snapshot', n: sample.channels.filter((c) => c.count !== undefined).length },
    ]);
    // The settings file on disk holds the same device id.
    expect(JSON.parse(readFileSync(join(dataDir, 'settings.json'), 'utf8')).deviceId).toBe(deviceId);
  });

  it('is no undo step: undo right after opening cannot empty the register', async () => {
    const session = newSession(tempDir());
    await session.startup();
    const register = session.require();
    expect(register.history.state()).toMatchObject({ canUndo: false, canRedo: false });
    // An edit after it is undoable, and undoing it leaves the sample whole.
    const [first] = register.channels.list({ limit: 1 }).rows;
    register.channels.update(first!.id, { status: 'active' });
    expect(register.history.state().canUndo).toBe(true);
    register.history.undo();
    expect(register.history.state().canUndo).toBe(false);
    expect(register.channels.list({}).total).toBe(sample.channels.length);
  });

  it('openSample() never overwrites: a second copy gets " (2)", and a name already taken is skipped', async () => {
    const dataDir = tempDir();
    const session = newSession(dataDir);
    const first = await session.openSample();
    session.require().channels.update(allChannels(session)[0]!.id, { notes: 'eigen wijziging' });
    session.close();
    const firstHash = sha256File(first.path);

    const second = await session.openSample();
    expect(second.path).toBe(samplePath(dataDir, ' (2)'));
    expect(second.channelCount).toBe(44);
    expect(session.state().current?.path).toBe(second.path);
    expect(sha256File(first.path)).toBe(firstHash);

    // A file of the user's that happens to have the next name is skipped too.
    writeFileSync(samplePath(dataDir, ' (3)'), 'niet van ons');
    const third = await session.openSample();
    expect(third.path).toBe(samplePath(dataDir, ' (4)'));
    expect(readFileSync(samplePath(dataDir, ' (3)'), 'utf8')).toBe('niet van ons');
  });

  it('a second start reopens the last register instead of making another sample', async () => {
    const dataDir = tempDir();
    const first = newSession(dataDir);
    await first.startup();
    const second = await first.openSample();
    const channelId = allChannels(first)[0]!.id;
    first.require().channels.update(channelId, { notes: 'na de eerste start' });
    const deviceId = first.settings.deviceId;
    first.close();

    const again = newSession(dataDir);
    const state = await again.startup();
    expect(state.current?.path).toBe(second.path);
    expect(again.require().channels.get(channelId).notes).toBe('na de eerste start');
    const registerFiles = readdirSync(join(dataDir, 'registers')).filter((f) => f.endsWith(REGISTER_EXTENSION));
    expect(registerFiles.sort()).toEqual([
      `${SAMPLE_FILE_BASE} (2)${REGISTER_EXTENSION}`,
      `${SAMPLE_FILE_BASE}${REGISTER_EXTENSION}`,
    ]);
    expect(again.recent().map((r) => r.path)).toEqual([second.path, samplePath(dataDir)]);

    // The settings file keeps one device id across sessions, and new changes carry it.
    expect(again.settings.deviceId).toBe(deviceId);
    again.require().channels.update(channelId, { notes: 'tweede sessie' });
    expect(again.require().changeLog.forEntity('channel', channelId, 1)[0]).toMatchObject({
      deviceId,
      newValue: 'tweede sessie',
    });
  });

  it('when the last register has gone, startup reports why and opens nothing', async () => {
    const dataDir = tempDir();
    const first = newSession(dataDir);
    const { path } = await first.openSample();
    first.close();
    rmSync(path);

    const again = newSession(dataDir);
    const state = await again.startup();
    expect(state.current).toBeNull();
    expect(state.problem).toMatchObject({ code: 'FILE_ERROR' });
    expect(state.problem?.message).toMatch(/bestaat niet/);
    expect(existsSync(path)).toBe(false);
  });

  it('different data dirs are different devices', () => {
    const a = newSession(tempDir());
    const b = newSession(tempDir());
    expect(a.settings.deviceId).toMatch(/^[0-9a-f-]{36}$/);
    expect(a.settings.deviceId).not.toBe(b.settings.deviceId);
  });
});
