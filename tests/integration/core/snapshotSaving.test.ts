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

function latest(register: Register, id: string) {
  return register.db
    .prepare(`SELECT latest_count AS count, latest_metric AS metric, latest_date AS date FROM channels WHERE id = ?`)
    .get(id) as { count: number | null; metric: string | null; date: string | null };
}

function liveCounts(register: Register, channelId: string): Array<[string, number]> {
  return register.snapshots
    .forChannel(channelId)
    .map((s) => [s.date, s.count] as [string, number])
    .reverse();
}

describe('saving counts (the sheet, and what paste and imports build on)', () => {
  it('saves counts for one date as one undo step and keeps the latest count on the channel', () => {
    const { register } = createTempRegister();
    const a = register.channels.create(facebook('Stadsbestuur Mechelen'));
    const b = register.channels.create(facebook('Bibliotheek Mechelen'));

    const result = register.snapshots.saveCounts({
      date: '2014-10-01',
      entries: [
        { channelId: a.id, metric: 'likes', count: 3150 },
        { channelId: b.id, metric: 'likes', count: 575 },
      ],
      source: 'maandtelling',
    });
    expect(result).toMatchObject({ saved: 2, replaced: 0, kept: 0, duplicates: [], flags: [], problems: [] });
    expect(result.batchId).not.toBeNull();
    expect(latest(register, a.id)).toEqual({ count: 3150, metric: 'likes', date: '2014-10-01' });
    expect(register.snapshots.forChannel(a.id)[0]).toMatchObject({ source: 'maandtelling' });
    expect(register.history.state().undoDescription).toBe('2 tellingen toegevoegd');

    register.history.undo();
    expect(register.snapshots.forChannel(a.id)).toEqual([]);
    expect(latest(register, a.id)).toEqual({ count: null, metric: null, date: null });
    register.history.redo();
    expect(latest(register, b.id)).toEqual({ count: 575, metric: 'likes', date: '2014-10-01' });
  });

  it('asks about duplicates by default and writes nothing, then keeps or replaces them as chosen', () => {
    const { register } = createTempRegister();
    const a = register.channels.create(facebook('A'));
    const b = register.channels.create(facebook('B'));
    const c = register.channels.create(facebook('C'));
    register.snapshots.saveCounts({
      date: '2014-10-01',
      entries: [
        { channelId: a.id, metric: 'likes', count: 100 },
        { channelId: b.id, metric: 'likes', count: 200 },
      ],
    });
    const logBefore = register.db.prepare(`SELECT count(*) FROM change_log`).pluck().get();
    const input = {
      date: '2014-10-01',
      entries: [
        { channelId: a.id, metric: 'likes' as const, count: 110 },
        { channelId: b.id, metric: 'likes' as const, count: 200 }, // the very same count: no conflict
        { channelId: c.id, metric: 'likes' as const, count: 300 },
      ],
    };

    const asked = register.snapshots.saveCounts(input);
    expect(asked).toMatchObject({ saved: 0, replaced: 0, kept: 0, batchId: null });
    expect(asked.duplicates).toEqual([{ channelId: a.id, date: '2014-10-01', metric: 'likes', existing: 100, incoming: 110 }]);
    expect(register.db.prepare(`SELECT count(*) FROM change_log`).pluck().get()).toBe(logBefore);
    expect(liveCounts(register, c.id)).toEqual([]);

    const kept = register.snapshots.saveCounts({ ...input, onDuplicate: 'keep' });
    expect(kept).toMatchObject({ saved: 1, replaced: 0, kept: 2 });
    expect(liveCounts(register, a.id)).toEqual([['2014-10-01', 100]]);
    expect(liveCounts(register, c.id)).toEqual([['2014-10-01', 300]]);

    const replaced = register.snapshots.saveCounts({ ...input, onDuplicate: 'replace' });
    expect(replaced).toMatchObject({ saved: 0, replaced: 1, kept: 2 });
    expect(liveCounts(register, a.id)).toEqual([['2014-10-01', 110]]);
    expect(latest(register, a.id).count).toBe(110);
    // A replacement is an update of the count, logged with old and new value, and undoable.
    const change = register.changeLog.forBatch(replaced.batchId!).find((entry) => entry.field === 'count');
    expect(change).toMatchObject({ entity: 'snapshot', oldValue: 100, newValue: 110 });
    register.history.undo();
    expect(latest(register, a.id).count).toBe(100);
  });

  it('saves a drop of more than half, but flags it in Dutch and English', () => {
    const { register } = createTempRegister();
    const a = register.channels.create(facebook('A'));
    const b = register.channels.create(facebook('B'));
    register.snapshots.saveCounts({
      date: '2014-09-01',
      entries: [
        { channelId: a.id, metric: 'likes', count: 3000 },
        { channelId: b.id, metric: 'likes', count: 1000 },
      ],
    });
    const result = register.snapshots.saveCounts({
      date: '2014-10-01',
      entries: [
        { channelId: a.id, metric: 'likes', count: 1400 }, // -53 %: flagged
        { channelId: b.id, metric: 'likes', count: 500 }, // exactly half: allowed
      ],
    });
    expect(result.saved).toBe(2);
    expect(result.flags).toHaveLength(1);
    expect(result.flags[0]).toMatchObject({ channelId: a.id, date: '2014-10-01', previous: 3000, count: 1400 });
    expect(result.flags[0]!.message).toContain('3.000');
    expect(result.flags[0]!.message).toContain('Daling');
    expect(result.flags[0]!.messageEn).toContain('3,000');
    expect(latest(register, a.id).count).toBe(1400);
  });

  it('compares with the previous count before the date, not the latest one', () => {
    const { register } = createTempRegister();
    const a = register.channels.create(facebook('A'));
    register.snapshots.saveCounts({ date: '2014-09-01', entries: [{ channelId: a.id, metric: 'likes', count: 100 }] });
    register.snapshots.saveCounts({ date: '2014-12-01', entries: [{ channelId: a.id, metric: 'likes', count: 5000 }] });
    // Entered late: compared with September's 100, not with December's 5000.
    const late = register.snapshots.saveCounts({
      date: '2014-10-01',
      entries: [{ channelId: a.id, metric: 'likes', count: 120 }],
    });
    expect(late.flags).toEqual([]);
    // The latest count stays December's.
    expect(latest(register, a.id)).toMatchObject({ count: 5000, date: '2014-12-01' });
  });

  it('reports unknown or deleted channels and twice-entered channels as problems and saves the rest', () => {
    const { register } = createTempRegister();
    const a = register.channels.create(facebook('A'));
    const gone = register.channels.create(facebook('Weg'));
    register.channels.delete([gone.id]);
    const result = register.snapshots.saveCounts({
      date: '2014-10-01',
      entries: [
        { channelId: randomUUID(), metric: 'likes', count: 1 },
        { channelId: a.id, metric: 'likes', count: 10 },
        { channelId: gone.id, metric: 'likes', count: 2 },
        { channelId: a.id, metric: 'likes', count: 11 },
      ],
    });
    expect(result.saved).toBe(1);
    expect(result.problems.map((p) => [p.row, p.field])).toEqual([
      [1, 'channelId'],
      [3, 'channelId'],
      [4, 'count'],
    ]);
    expect(liveCounts(register, a.id)).toEqual([['2014-10-01', 10]]);
  });

  it('refuses invalid input as a whole', () => {
    const { register } = createTempRegister();
    const a = register.channels.create(facebook('A'));
    expectDomainError(
      () => register.snapshots.saveCounts({ date: '2014-02-30', entries: [{ channelId: a.id, metric: 'likes', count: 1 }] }),
      'INVALID_INPUT',
    );
    expectDomainError(
      () => register.snapshots.saveCounts({ date: '2014-02-03', entries: [{ channelId: a.id, metric: 'likes', count: -1 }] }),
      'INVALID_INPUT',
    );
  });

  it('joins a caller’s batch (an import inside a larger step) instead of opening its own', () => {
    const { register } = createTempRegister();
    const a = register.channels.create(facebook('A'));
    const batchId = register.changeLog.batch((batch) => {
      register.channels.update(a.id, { status: 'active' }, batch);
      const result = register.snapshots.saveCounts(
        { date: '2014-10-01', entries: [{ channelId: a.id, metric: 'likes', count: 10 }] },
        batch,
      );
      expect(result.batchId).toBe(batch.id);
      return batch.id;
    });
    expect(register.changeLog.forBatch(batchId).map((e) => e.entity)).toContain('snapshot');
    register.history.undo();
    expect(liveCounts(register, a.id)).toEqual([]);
    expect(register.channels.get(a.id).status).toBeNull();
  });

  it('deletes counts as one undo step; the latest count falls back to the one before', () => {
    const { register } = createTempRegister();
    const a = register.channels.create(facebook('A'));
    register.snapshots.saveCounts({ date: '2014-09-01', entries: [{ channelId: a.id, metric: 'likes', count: 100 }] });
    register.snapshots.saveCounts({ date: '2014-10-01', entries: [{ channelId: a.id, metric: 'likes', count: 120 }] });
    const newest = register.snapshots.forChannel(a.id)[0]!;
    expect(register.snapshots.delete([newest.id])).toEqual({ deleted: 1 });
    expect(latest(register, a.id)).toEqual({ count: 100, metric: 'likes', date: '2014-09-01' });
    expect(register.history.state().undoDescription).toBe('1 telling verwijderd');
    register.history.undo();
    expect(latest(register, a.id)).toEqual({ count: 120, metric: 'likes', date: '2014-10-01' });
    expectDomainError(() => register.snapshots.delete([randomUUID()]), 'NOT_FOUND');
  });

  it('lists a channel’s counts newest first, limited', () => {
    const { register } = createTempRegister();
    const a = register.channels.create(facebook('A'));
    for (const [date, count] of [
      ['2014-09-01', 1],
      ['2014-11-01', 3],
      ['2014-10-01', 2],
    ] as const) {
      register.snapshots.saveCounts({ date, entries: [{ channelId: a.id, metric: 'likes', count }] });
    }
    expect(register.snapshots.forChannel(a.id).map((s) => s.count)).toEqual([3, 2, 1]);
    expect(register.snapshots.forChannel(a.id, 1).map((s) => s.date)).toEqual(['2014-11-01']);
  });
});
