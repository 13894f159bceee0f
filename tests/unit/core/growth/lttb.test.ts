import { describe, expect, it } from 'vitest';
import { lttbIndices } from '../../../../src-main/core/growth/lttb';

/** A deterministic wobbly line: seasonal waves, a trend and noise from a fixed generator. */
function wobbly(n: number): { xs: number[]; ys: number[] } {
  let seed = 42;
  const random = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
  const xs = Array.from({ length: n }, (_, i) => i);
  const ys = xs.map((x) => 1000 + x * 0.5 + 200 * Math.sin(x / 30) + random() * 50);
  return { xs, ys };
}

describe('LTTB downsampling', () => {
  it('returns every index when the series is within the budget', () => {
    expect(lttbIndices([1, 2, 3], [5, 6, 7], 10)).toEqual([0, 1, 2]);
    expect(lttbIndices([1, 2, 3, 4], [5, 6, 7, 8], 4)).toEqual([0, 1, 2, 3]);
    expect(lttbIndices([], [], 10)).toEqual([]);
  });

  it('keeps at most the budget, ascending, with the first and the last point', () => {
    const { xs, ys } = wobbly(3650);
    for (const budget of [10, 100, 1000]) {
      const kept = lttbIndices(xs, ys, budget);
      expect(kept.length).toBeLessThanOrEqual(budget);
      expect(kept.length).toBeGreaterThan(budget * 0.9);
      expect(kept[0]).toBe(0);
      expect(kept.at(-1)).toBe(3649);
      expect(kept).toEqual([...new Set(kept)].sort((a, b) => a - b));
    }
  });

  it('keeps the global minimum and maximum, even a one-day spike LTTB alone could drop', () => {
    const { xs, ys } = wobbly(3650);
    ys[1234] = 99_999; // a spike
    ys[2345] = 1; // a dip
    ys[2346] = 2; // right next to it, nearly as low
    const kept = lttbIndices(xs, ys, 20);
    expect(kept).toContain(1234);
    expect(kept).toContain(2345);
    expect(kept.length).toBeLessThanOrEqual(20);
  });

  it('keeps the extremes of a flat series and of one that only falls', () => {
    const flat = lttbIndices(
      Array.from({ length: 100 }, (_, i) => i),
      Array.from({ length: 100 }, () => 7),
      10,
    );
    expect(flat[0]).toBe(0);
    expect(flat.at(-1)).toBe(99);
    const falling = lttbIndices(
      Array.from({ length: 100 }, (_, i) => i),
      Array.from({ length: 100 }, (_, i) => 100 - i),
      10,
    );
    expect(falling[0]).toBe(0);
    expect(falling.at(-1)).toBe(99);
  });

  it('keeps the indices it is told to keep (the edges of gaps) within the budget', () => {
    const { xs, ys } = wobbly(1000);
    const kept = lttbIndices(xs, ys, 50, [500, 501, 777]);
    expect(kept).toEqual(expect.arrayContaining([0, 500, 501, 777, 999]));
    expect(kept.length).toBeLessThanOrEqual(50);
  });

  it('follows the shape: every kept point lies on the original line', () => {
    const { xs, ys } = wobbly(2000);
    const kept = lttbIndices(xs, ys, 200);
    // The largest swing between neighbouring kept points stays within the series' own range.
    const min = Math.min(...ys);
    const max = Math.max(...ys);
    for (const i of kept) expect(ys[i]! >= min && ys[i]! <= max).toBe(true);
    // The sine's peaks survive: the kept values span nearly the whole range.
    const keptValues = kept.map((i) => ys[i]!);
    expect(Math.max(...keptValues) - Math.min(...keptValues)).toBe(max - min);
  });
});
