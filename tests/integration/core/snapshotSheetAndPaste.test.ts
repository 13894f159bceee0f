import { describe, expect, it } from 'vitest';
import { type Register } from '../../../src-main/core/register/register';
import { loadSample } from '../../../src-main/core/sample/sampleRegister';
import { createTempRegister, useTempDirs } from '../../helpers/tempRegister';

useTempDirs();

function sampleRegister(): Register {
  const { register } = createTempRegister();
  loadSample(register);
  return register;
}

function channelId(register: Register, platform: string, name: string): string {
  return register.db.prepare(`SELECT id FROM channels WHERE platform = ? AND name = ?`).pluck().get(platform, name) as string;
}

describe('the monthly count sheet', () => {
  it('lists the sample’s channels in use or not judged, with their 2014 count as previous', () => {
    const register = sampleRegister();
    const sheet = register.snapshots.sheet('2014-10-01');

    // 44 channels, of which the 7 Google+ pages are dormant.
    expect(sheet).toHaveLength(37);
    expect(sheet.some((row) => row.platform === 'googleplus')).toBe(false);
    const city = sheet.find((row) => row.platform === 'facebook' && row.name === 'Stadsbestuur Mechelen')!;
    expect(city).toMatchObject({
      organisationName: 'Stad Mechelen',
      metric: 'likes',
      previous: { date: '2014-09-02', count: 3107 },
      existing: null,
    });
    const twitter = sheet.find((row) => row.platform === 'twitter' && row.name === 'Stad Mechelen')!;
    expect(twitter).toMatchObject({ metric: 'followers', previous: { date: '2014-09-02', count: 2780 } });
    // Without counts: the platform's metric, nothing before.
    expect(sheet.find((row) => row.platform === 'youtube' && row.name === 'StadMechelen')).toMatchObject({
      metric: 'subscribers',
      previous: null,
    });
    expect(sheet.find((row) => row.platform === 'linkedin')).toMatchObject({ metric: 'followers', previous: null });
  });

  it('is ordered by organisation, then name; channels without organisation last', () => {
    const register = sampleRegister();
    const sheet = register.snapshots.sheet('2014-10-01');
    const keys = sheet.map((row) => [row.organisationName?.toLowerCase() ?? '\uffff', row.name.toLowerCase()].join('|'));
    expect(keys).toEqual([...keys].sort());
    expect(sheet.at(-1)).toMatchObject({ name: 'Maanrock.be', organisationName: null });
  });

  it('shows the count already entered on the date, and only counts strictly before it as previous', () => {
    const register = sampleRegister();
    const id = channelId(register, 'facebook', 'Stadsbestuur Mechelen');
    register.snapshots.saveCounts({ date: '2014-10-01', entries: [{ channelId: id, metric: 'likes', count: 3200 }] });
    const row = register.snapshots.sheet('2014-10-01').find((r) => r.channelId === id)!;
    expect(row).toMatchObject({ existing: 3200, previous: { date: '2014-09-02', count: 3107 } });
    const onSnapshotDay = register.snapshots.sheet('2014-09-02').find((r) => r.channelId === id)!;
    expect(onSnapshotDay).toMatchObject({ existing: 3107, previous: null });
  });

  it('leaves out passive, dormant, to-be-removed, removed and deleted channels', () => {
    const register = sampleRegister();
    const id = channelId(register, 'facebook', 'Project Wolf');
    const before = register.snapshots.sheet('2014-10-01').length;
    for (const status of ['passive', 'dormant', 'to_remove', 'removed'] as const) {
      register.channels.update(id, { status });
      expect(register.snapshots.sheet('2014-10-01')).toHaveLength(before - 1);
    }
    register.channels.update(id, { status: 'active' });
    expect(register.snapshots.sheet('2014-10-01')).toHaveLength(before);
    register.channels.delete([id]);
    expect(register.snapshots.sheet('2014-10-01')).toHaveLength(before - 1);
  });
});

describe('pasting counts', () => {
  it('matches channels by URL, handle, name and id; reads nl-BE dates and numbers', () => {
    const register = sampleRegister();
    const city = channelId(register, 'facebook', 'Stadsbestuur Mechelen');
    const bib = channelId(register, 'facebook', 'Bibliotheek Mechelen');
    const twitter = channelId(register, 'twitter', 'Stad Mechelen');
    const youtube = channelId(register, 'youtube', 'ArcheologieMechelen');
    const result = register.snapshots.paste({
      rows: [
        ['Kanaal', 'Datum', 'Aantal'],
        ['https://facebook.com/StadMechelen/?fref=ts', '01/10/2014', '3.150'],
        ['@StadMechelen', '1-10-2014', '2 801'],
        ['bibliotheek  MECHELEN', '2014-10-01', '580'],
        [youtube, '01/10/2014', '12', 'abonnees'],
        ['', '', ''],
      ],
    });
    expect(result.problems).toEqual([]);
    expect(result.saved).toBe(4);
    expect(register.snapshots.forChannel(city)[0]).toMatchObject({ date: '2014-10-01', count: 3150, metric: 'likes' });
    expect(register.snapshots.forChannel(twitter)[0]).toMatchObject({ date: '2014-10-01', count: 2801, metric: 'followers' });
    expect(register.snapshots.forChannel(bib)[0]).toMatchObject({ count: 580, metric: 'likes' });
    expect(register.snapshots.forChannel(youtube)[0]).toMatchObject({ count: 12, metric: 'subscribers' });
    expect(register.history.state().undoDescription).toBe('4 tellingen toegevoegd');
  });

  it('reports bad lines with their 1-based row and saves the good ones', () => {
    const register = sampleRegister();
    const result = register.snapshots.paste({
      rows: [
        ['https://www.facebook.com/StadMechelen', '01/10/2014', '3.150'],
        ['Stadsbestuur Mechelen', '01/10/2014', '10'], // the Facebook page and a Google+ page
        ['Bestaat niet', '01/10/2014', '10'],
        ['@UiTinMechelen', '31/09/2014', '10'],
        ['@ToerismeMech', '01/10/2014', '1,5'],
        ['Stadsarchief Mechelen', '01/10/2014', '700', 'kijkers'],
        ['Archeologie Mechelen', '01/10/2014'],
      ],
    });
    expect(result.saved).toBe(1);
    expect(result.problems.map((p) => [p.row, p.field])).toEqual([
      [2, 'channel'],
      [3, 'channel'],
      [4, 'date'],
      [5, 'count'],
      [6, 'metric'],
      [7, 'count'],
    ]);
    expect(result.problems[0]!.message).toBe(
      '"Stadsbestuur Mechelen" past bij 2 kanalen (facebook, googleplus); gebruik de URL of het id.',
    );
    expect(result.problems[0]!.messageEn).toContain('matches 2 channels');
  });

  it('asks before overwriting the 2014 counts, and replaces when told to', () => {
    const register = sampleRegister();
    const city = channelId(register, 'facebook', 'Stadsbestuur Mechelen');
    const rows = [['facebook.com/StadMechelen', '02/09/2014', '3.100']];
    const asked = register.snapshots.paste({ rows });
    expect(asked.saved).toBe(0);
    expect(asked.duplicates).toEqual([{ channelId: city, date: '2014-09-02', metric: 'likes', existing: 3107, incoming: 3100 }]);
    const replaced = register.snapshots.paste({ rows, onDuplicate: 'replace' });
    expect(replaced.replaced).toBe(1);
    expect(register.snapshots.forChannel(city)[0]).toMatchObject({ count: 3100 });
  });

  it('flags an implausible drop within a pasted history, line by line in date order', () => {
    const register = sampleRegister();
    const result = register.snapshots.paste({
      rows: [
        ['StadMechelen', '01/12/2014', '3.300', 'volgers'],
        ['@StadMechelen', '01/11/2014', '1.000'],
        ['@stadmechelen', '01/10/2014', '3.200'],
      ],
    });
    // "StadMechelen" is both the Facebook page and the YouTube channel; "@StadMechelen" the Twitter account.
    expect(result.saved).toBe(2);
    expect(result.problems.map((p) => p.row)).toEqual([1]);
    expect(result.flags.map((f) => [f.date, f.previous, f.count])).toEqual([['2014-11-01', 3200, 1000]]);
  });
});
