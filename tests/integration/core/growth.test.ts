import { describe, expect, it } from 'vitest';
import type { ChannelFields } from '../../../shared/domain/channel';
import type { SnapshotMetric } from '../../../shared/domain/snapshot';
import type { Register } from '../../../src-main/core/register/register';
import { createTempRegister, expectDomainError, useTempDirs } from '../../helpers/tempRegister';

useTempDirs();

const channel = (name: string, platform: ChannelFields['platform'] = 'facebook', extra: Partial<ChannelFields> = {}) =>
  ({ kind: 'social', platform, name, ...extra }) as ChannelFields;

function counts(register: Register, channelId: string, metric: SnapshotMetric, points: Array<[string, number]>): void {
  for (const [date, count] of points) {
    register.snapshots.saveCounts({ date, entries: [{ channelId, metric, count }] });
  }
}

describe('growth series', () => {
  it('draws each picked channel from its counts, in the order picked, with first, last and change', () => {
    const { register } = createTempRegister();
    const a = register.channels.create(channel('Stadsbestuur Mechelen'));
    const b = register.channels.create(channel('Stad Mechelen', 'twitter'));
    counts(register, a.id, 'likes', [
      ['2014-01-01', 200],
      ['2014-02-01', 250],
      ['2014-03-01', 300],
    ]);
    counts(register, b.id, 'followers', [
      ['2014-01-01', 3000],
      ['2014-03-01', 3300],
    ]);

    const result = register.growth.series({ selection: { channelIds: [b.id, a.id] } });
    expect(result).toMatchObject({ from: null, to: null, fictitious: false });
    expect(result.series.map((s) => s.name)).toEqual(['Stad Mechelen', 'Stadsbestuur Mechelen']);
    expect(result.series[1]).toMatchObject({
      channelId: a.id,
      platform: 'facebook',
      metric: 'likes',
      pointCount: 3,
      downsampled: false,
      first: { date: '2014-01-01', count: 200 },
      last: { date: '2014-03-01', count: 300 },
      change: 100,
      changePct: 50,
    });
    expect(result.series[1]!.points).toEqual([
      { date: '2014-01-01', value: 200 },
      { date: '2014-02-01', value: 250 },
      { date: '2014-03-01', value: 300 },
    ]);
  });

  it('indexes both on their first count in the range, so a page of 200 and one of 3,000 compare', () => {
    const { register } = createTempRegister();
    const small = register.channels.create(channel('Klein'));
    const big = register.channels.create(channel('Groot'));
    counts(register, small.id, 'likes', [
      ['2014-01-01', 100],
      ['2014-02-01', 200],
      ['2014-03-01', 240],
    ]);
    counts(register, big.id, 'likes', [
      ['2014-01-01', 2000],
      ['2014-02-01', 3000],
      ['2014-03-01', 3300],
    ]);
    const result = register.growth.series({
      selection: { channelIds: [small.id, big.id] },
      from: '2014-02-01',
      mode: 'indexed',
    });
    expect(result.from).toBe('2014-02-01');
    expect(result.series.map((s) => s.points.map((p) => p.value))).toEqual([
      [100, 120],
      [100, 110],
    ]);
    // change and changePct stay in counts, whatever the mode.
    expect(result.series.map((s) => [s.change, s.changePct])).toEqual([
      [40, 20],
      [300, 10],
    ]);
  });

  it('picks the metric the channel has most counts of, and leaves the others out', () => {
    const { register } = createTempRegister();
    const page = register.channels.create(channel('Pagina'));
    counts(register, page.id, 'likes', [
      ['2014-01-01', 100],
      ['2014-02-01', 110],
      ['2014-03-01', 120],
    ]);
    counts(register, page.id, 'followers', [['2014-03-01', 130]]);
    const [series] = register.growth.series({ selection: { channelIds: [page.id] } }).series;
    expect(series).toMatchObject({ metric: 'likes', pointCount: 3 });
  });

  it('answers a channel without counts with an empty line and the platform’s metric', () => {
    const { register } = createTempRegister();
    const yt = register.channels.create(channel('Kanaal', 'youtube'));
    const [series] = register.growth.series({ selection: { channelIds: [yt.id] } }).series;
    expect(series).toMatchObject({ metric: 'subscribers', points: [], pointCount: 0, first: null, change: null });
  });

  it('selects by the grid’s filters and by a saved view, the same rows as the channel list', () => {
    const { register } = createTempRegister();
    const city = register.organisations.create({ name: 'Stad Mechelen', kind: 'stadsdienst' });
    const fb = register.channels.create(channel('B pagina', 'facebook', { organisationId: city.id }));
    const tw = register.channels.create(channel('A account', 'twitter', { organisationId: city.id }));
    register.channels.create(channel('Elders', 'facebook'));

    const byFilters = register.growth.series({ selection: { filters: { organisationIds: [city.id] } } });
    const listed = register.channels.list({ filters: { organisationIds: [city.id] } }).rows.map((r) => r.id);
    expect(byFilters.series.map((s) => s.channelId)).toEqual(listed);
    expect(listed).toEqual([tw.id, fb.id]);

    const view = register.views.save(undefined, {
      name: 'Stad op Facebook',
      definition: { filters: { organisationIds: [city.id], platforms: ['facebook'] } },
    });
    expect(register.growth.series({ selection: { viewId: view.id } }).series.map((s) => s.channelId)).toEqual([fb.id]);
    // Picked channels come first, then the view's, without doubles.
    expect(
      register.growth.series({ selection: { viewId: view.id, channelIds: [tw.id, fb.id] } }).series.map((s) => s.channelId),
    ).toEqual([tw.id, fb.id]);
  });

  it('refuses more than 50 channels, nothing chosen, unknown channels and a reversed range', () => {
    const { register } = createTempRegister();
    register.changeLog.batch((batch) => {
      for (let i = 0; i < 51; i += 1) register.channels.create(channel(`Kanaal ${i}`), batch);
    });
    const error = expectDomainError(() => register.growth.series({ selection: { filters: {} } }), 'INVALID_INPUT');
    expect(error.messageNl).toContain('51 kanalen');
    expect(error.messageNl).toContain('hoogstens 50');
    expectDomainError(() => register.growth.series({ selection: {} }), 'INVALID_INPUT');
    expectDomainError(
      () => register.growth.series({ selection: { channelIds: ['00000000-0000-4000-8000-000000000000'] } }),
      'NOT_FOUND',
    );
    expectDomainError(
      () => register.growth.series({ selection: { filters: { name: 'Kanaal 1' } }, from: '2014-02-01', to: '2014-01-01' }),
      'INVALID_INPUT',
    );
    expect(register.growth.series({ selection: { filters: { name: 'Kanaal 1' } } }).series).toHaveLength(11);
  });

  it('says when the register holds generated demonstration counts', () => {
    const { register } = createTempRegister();
    const a = register.channels.create(channel('A'));
    expect(register.growth.series({ selection: { channelIds: [a.id] } }).fictitious).toBe(false);
    register.db.prepare(`INSERT INTO register_meta (key, value) VALUES ('fictitious', '1')`).run();
    expect(register.growth.series({ selection: { channelIds: [a.id] } }).fictitious).toBe(true);
    expect(register.info().isFictitious).toBe(true);
  });
});

describe('growth per period and against the previous period', () => {
  function monthlyRegister() {
    const { register } = createTempRegister();
    const a = register.channels.create(channel('A'));
    counts(register, a.id, 'likes', [
      ['2014-01-01', 100],
      ['2014-01-31', 110],
      ['2014-02-28', 130],
      ['2014-03-31', 130],
      ['2014-05-31', 200],
    ]);
    return { register, a };
  }

  it('gives each month its end count minus the count at its start (the end of the month before)', () => {
    const { register, a } = monthlyRegister();
    const rows = register.growth.periods({ selection: { channelIds: [a.id] }, granularity: 'month' });
    expect(rows.map((r) => [r.period, r.startCount, r.endCount, r.gain])).toEqual([
      // Nothing known before 1 January: January's start is unknown.
      ['2014-01', null, 110, null],
      ['2014-02', 110, 130, 20],
      ['2014-03', 130, 130, 0],
      // No count in April: the last known one carries, so April shows no growth...
      ['2014-04', 130, 130, 0],
      // ...and May all of it.
      ['2014-05', 130, 200, 70],
    ]);
    expect(rows[0]).toMatchObject({ channelId: a.id, name: 'A', start: '2014-01-01', end: '2014-01-31' });
  });

  it('adds up over quarters and years, and clips to the range asked', () => {
    const { register, a } = monthlyRegister();
    const quarters = register.growth.periods({ selection: { channelIds: [a.id] }, granularity: 'quarter', from: '2014-01-02' });
    expect(quarters.map((r) => [r.period, r.start, r.end, r.startCount, r.endCount, r.gain])).toEqual([
      ['2014-Q1', '2014-01-02', '2014-03-31', 100, 130, 30],
      ['2014-Q2', '2014-04-01', '2014-05-31', 130, 200, 70],
    ]);
    const years = register.growth.periods({
      selection: { channelIds: [a.id] },
      granularity: 'year',
      from: '2014-01-02',
      to: '2014-12-31',
    });
    expect(years.map((r) => [r.period, r.gain])).toEqual([['2014', 100]]);
  });

  it('compares a range with the range of the same length just before it', () => {
    const { register, a } = monthlyRegister();
    // 1 March - 31 May (92 days) against 29 November - 28 February.
    const [row] = register.growth.compare({ selection: { channelIds: [a.id] }, from: '2014-03-01', to: '2014-05-31' });
    expect(row).toMatchObject({
      channelId: a.id,
      metric: 'likes',
      current: { from: '2014-03-01', to: '2014-05-31', startCount: 130, endCount: 200, gain: 70 },
      previous: { from: '2013-11-29', to: '2014-02-28', startCount: null, endCount: 130, gain: null },
      change: null,
      changePct: null,
    });
    const [later] = register.growth.compare({ selection: { channelIds: [a.id] }, from: '2014-02-01', to: '2014-02-28' });
    expect(later).toMatchObject({
      current: { startCount: 110, endCount: 130, gain: 20 },
      previous: { from: '2014-01-04', to: '2014-01-31', startCount: 100, endCount: 110, gain: 10 },
      change: 10,
      changePct: 100,
    });
  });

  it('gives no percentage against a previous gain of 0', () => {
    const { register, a } = monthlyRegister();
    const [row] = register.growth.compare({ selection: { channelIds: [a.id] }, from: '2014-05-01', to: '2014-05-31' });
    expect(row).toMatchObject({ previous: { gain: 0 }, current: { gain: 70 }, change: 70, changePct: null });
  });

  it('answers no periods for channels without counts', () => {
    const { register } = createTempRegister();
    const a = register.channels.create(channel('A'));
    expect(register.growth.periods({ selection: { channelIds: [a.id] }, granularity: 'month' })).toEqual([]);
    const [row] = register.growth.compare({ selection: { channelIds: [a.id] }, from: '2014-05-01', to: '2014-05-31' });
    expect(row).toMatchObject({ metric: null, current: { gain: null }, previous: { gain: null }, change: null });
  });
});
