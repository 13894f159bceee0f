import { describe, expect, it } from 'vitest';
import type { Register } from '../../../src-main/core/register/register';
import { DEMO_SOURCE, loadDemoHistory } from '../../../src-main/core/sample/demoHistory';
import { loadSample, SAMPLE } from '../../../src-main/core/sample/sampleRegister';
import { createTempRegister, expectDomainError, useTempDirs } from '../../helpers/tempRegister';

useTempDirs();

function sampleWithDemo(): { register: Register; result: ReturnType<typeof loadDemoHistory> } {
  const { register } = createTempRegister();
  loadSample(register);
  return { register, result: loadDemoHistory(register) };
}

function channelId(register: Register, platform: string, name: string): string {
  return register.db.prepare(`SELECT id FROM channels WHERE platform = ? AND name = ?`).pluck().get(platform, name) as string;
}

describe('load-demo: generated history for demonstrations', () => {
  it('adds history from 2012-01-01 up to the sample’s real counts, and marks the register fictitious', () => {
    const { register, result } = sampleWithDemo();
    const withCounts = SAMPLE.channels.filter((c) => c.count !== undefined).length;
    expect(result).toMatchObject({ channels: withCounts, from: '2012-01-01', to: '2014-09-01' });
    expect(result.counts).toBeGreaterThan(3000);
    expect(register.isFictitious()).toBe(true);
    expect(register.info().isFictitious).toBe(true);

    // The real counts are untouched, and still the latest.
    const real = register.db
      .prepare(`SELECT count(*) FROM follower_snapshots WHERE date = '2014-09-02' AND source = ? AND deleted_at IS NULL`)
      .pluck()
      .get(SAMPLE.source);
    expect(real).toBe(withCounts);
    expect(register.db.prepare(`SELECT count(*) FROM follower_snapshots WHERE date > '2014-09-02'`).pluck().get()).toBe(0);
    const city = channelId(register, 'facebook', 'Stadsbestuur Mechelen');
    expect(register.channels.list({ filters: { name: 'stadsbestuur' } }).rows.find((r) => r.id === city)).toMatchObject({
      latestCount: 3107,
      latestDate: '2014-09-02',
    });
    // Every generated count says it is fictitious.
    const sources = register.db.prepare(`SELECT DISTINCT source FROM follower_snapshots ORDER BY source`).pluck().all();
    expect(sources.sort()).toEqual([SAMPLE.source, DEMO_SOURCE].sort());
    // No undo step: undo cannot leave a "fictitious" register without its demo data.
    expect(register.history.state().canUndo).toBe(false);
  });

  it('gives the campaign channels daily counts and the others weekly ones, one stretch with a gap', () => {
    const { register } = sampleWithDemo();
    const city = channelId(register, 'facebook', 'Stadsbestuur Mechelen');
    const library = channelId(register, 'facebook', 'Bibliotheek Mechelen');
    expect(register.snapshots.forChannel(city, 10_000)).toHaveLength(976);
    const weekly = register.snapshots.forChannel(library, 10_000).map((s) => s.date);
    expect(weekly[0]).toBe('2014-09-02');
    expect(weekly[1]).toBe('2014-08-26');
    expect(weekly.length).toBeGreaterThan(130);

    // The charts show each series, and at least one weekly channel with a gap.
    const series = register.growth.series({ selection: { filters: { platforms: ['facebook', 'twitter', 'pinterest'] } } });
    expect(series.fictitious).toBe(true);
    expect(series.series.filter((s) => s.points.some((p) => p.value === null)).length).toBeGreaterThanOrEqual(1);
    const cityLine = series.series.find((s) => s.channelId === city)!;
    expect(cityLine).toMatchObject({ first: { date: '2012-01-01' }, last: { date: '2014-09-02', count: 3107 } });
  });

  it('makes the campaigns show: more growth during them than just before', () => {
    const { register } = sampleWithDemo();
    for (const campaign of register.campaigns.list()) {
      for (const effect of register.campaigns.effect(campaign.id)) {
        expect(effect.during.gain, `${campaign.name} ${effect.name}`).toBeGreaterThan(effect.before.gain!);
        expect(effect.changePct!).toBeGreaterThan(50);
      }
    }
  });

  it('is deterministic: two sample registers get the same made-up counts', () => {
    const a = sampleWithDemo().register;
    const b = sampleWithDemo().register;
    const counts = (register: Register) =>
      register.db
        .prepare(
          `SELECT c.platform, c.name, s.date, s.count FROM follower_snapshots s JOIN channels c ON c.id = s.channel_id
            ORDER BY c.platform, c.name, c.handle, s.date`,
        )
        .raw()
        .all();
    expect(counts(a)).toEqual(counts(b));
  });

  it('refuses a register that already has demo data, and one without counts', () => {
    const { register } = sampleWithDemo();
    const before = register.db.prepare(`SELECT count(*) FROM follower_snapshots`).pluck().get();
    const error = expectDomainError(() => loadDemoHistory(register), 'CONFLICT');
    expect(error.messageNl).toContain('al demonstratiegegevens');
    expect(register.db.prepare(`SELECT count(*) FROM follower_snapshots`).pluck().get()).toBe(before);

    const empty = createTempRegister().register;
    expectDomainError(() => loadDemoHistory(empty), 'INVALID_INPUT');
    expect(empty.isFictitious()).toBe(false);
  });
});
