import { describe, expect, it } from 'vitest';
import { firstOfTwo, splitByWeights } from '../../../../src-main/core/costOverview/largestRemainder';

describe('splitByWeights (largest remainder)', () => {
  it('splits 1 cent over 3 equal parts: the first part gets it, the others nothing', () => {
    expect(splitByWeights(1, [1, 1, 1])).toEqual([1, 0, 0]);
  });

  it('splits 100 euro over 7: 10000/7 = 1428.57..., the 4 cents left go to the first four', () => {
    // 7 x 1428 = 9996; every remainder is equal (4/7), so the earliest parts get the 4 cents.
    expect(splitByWeights(10_000, [1, 1, 1, 1, 1, 1, 1])).toEqual([1429, 1429, 1429, 1429, 1428, 1428, 1428]);
  });

  it('gives the left-over cent to the largest remainder, not to the first part', () => {
    // 100 x 1/6 = 16.67, 100 x 2/6 = 33.33, 100 x 3/6 = 50: floors 99, the cent to the .67.
    expect(splitByWeights(100, [1, 2, 3])).toEqual([17, 33, 50]);
    // 10 x 1/4 = 2.5, 10 x 3/4 = 7.5: equal remainders, the earlier wins.
    expect(splitByWeights(10, [1, 3])).toEqual([3, 7]);
    expect(splitByWeights(10, [3, 1])).toEqual([8, 2]);
  });

  it('never gives a cent to a part of weight 0', () => {
    expect(splitByWeights(5, [0, 1, 0, 1])).toEqual([0, 3, 0, 2]);
    expect(splitByWeights(1, [0, 0, 1])).toEqual([0, 0, 1]);
  });

  it('mirrors a credit note: a negative amount splits as its opposite, negated', () => {
    expect(splitByWeights(-1, [1, 1, 1])).toEqual([-1, 0, 0]);
    expect(splitByWeights(-10_000, [1, 1, 1, 1, 1, 1, 1])).toEqual([-1429, -1429, -1429, -1429, -1428, -1428, -1428]);
    expect(splitByWeights(0, [2, 5])).toEqual([0, 0]);
  });

  it('stays exact when amount x total weight passes 2^53 (large follower counts)', () => {
    // 10,000,000,001 x 1/3 = 3,333,333,333.67 and x 2/3 = 6,666,666,667.33: floors add up to
    // 10,000,000,000; the cent left goes to the .67.
    expect(splitByWeights(10_000_000_001, [1_000_000_000, 2_000_000_000])).toEqual([3_333_333_334, 6_666_666_667]);
  });

  it('adds up to the amount and keeps every part within a cent of its exact share (many random splits)', () => {
    let seed = 7;
    const random = (below: number) => {
      seed = (seed * 48_271) % 2_147_483_647; // Park-Miller: the product stays below 2^53
      return seed % below;
    };
    for (let run = 0; run < 2000; run += 1) {
      const weights = Array.from({ length: 1 + random(12) }, () => random(run % 2 === 0 ? 10 : 5_000_000));
      if (!weights.some((weight) => weight > 0)) weights[0] = 1;
      const amount = random(2_000_000) - 1_000_000;
      const parts = splitByWeights(amount, weights);
      expect(parts.reduce((sum, part) => sum + part, 0)).toBe(amount);
      const total = BigInt(weights.reduce((sum, weight) => sum + weight, 0));
      parts.forEach((part, i) => {
        // |part x total - amount x weight| < total, i.e. part is the floor or the ceiling of the exact share.
        const gap = BigInt(part) * total - BigInt(amount) * BigInt(weights[i]!);
        expect(gap < total && gap > -total).toBe(true);
      });
    }
  });

  it('splits in two without arrays exactly as the general split does', () => {
    // 10000 over 17 + 14 days: 5483.87 + 4516.13 -> 5484; 10 over 1 + 1: tie -> the first.
    expect(firstOfTwo(10_000, 17, 14)).toBe(5484);
    expect(firstOfTwo(10, 1, 1)).toBe(5);
    expect(firstOfTwo(1, 1, 1)).toBe(1);
    expect(firstOfTwo(-1, 1, 1)).toBe(-1);
    expect(firstOfTwo(10_000_000_001, 1_000_000_000, 2_000_000_000)).toBe(3_333_333_334);
    for (let amount = -400; amount <= 400; amount += 7) {
      for (const [first, second] of [
        [1, 30],
        [17, 14],
        [15, 16],
        [14, 14],
        [0, 5],
        [366, 365],
      ] as const) {
        expect(firstOfTwo(amount, first, second)).toBe(splitByWeights(amount, [first, second])[0]);
      }
    }
    expect(() => firstOfTwo(10, 0, 0)).toThrow(RangeError);
  });

  it('refuses what is not a split of cents by counts', () => {
    expect(() => splitByWeights(10, [0, 0])).toThrow(RangeError);
    expect(() => splitByWeights(10, [])).toThrow(RangeError);
    expect(() => splitByWeights(10, [1, -1, 2])).toThrow(RangeError);
    expect(() => splitByWeights(10.5, [1])).toThrow(RangeError);
    expect(() => splitByWeights(10, [0.5, 1])).toThrow(RangeError);
  });
});
