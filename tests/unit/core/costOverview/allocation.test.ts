import { describe, expect, it } from 'vitest';
import { allocateShared, allocationWeights } from '../../../../src-main/core/costOverview/allocation';
import { CATEGORY_INDEX, CategoryYears } from '../../../../src-main/core/costOverview/categoryYears';

const LICENCE = CATEGORY_INDEX.get('licence_tool')!;
const STAFF = CATEGORY_INDEX.get('staff_time')!;

/** Shared cents of one organisation: [category, year offset, cents] entries over `yearCount` years. */
function shared(yearCount: number, entries: Array<[number, number, number]>): CategoryYears {
  const cents = new CategoryYears(yearCount);
  for (const [category, year, amount] of entries) cents.add(category, year, amount);
  return cents;
}

/** Each channel's cents of one category and year. */
function partsOf(result: ReturnType<typeof allocateShared>, category: number, year: number): Record<string, number> {
  return Object.fromEntries(result.parts.map((part) => [part.channelId, part.cents.at(category, year)]));
}

describe('allocation weights', () => {
  it('weighs channels equally, or by their counts (no count = 0)', () => {
    expect(allocationWeights('equal', [5, null, 0])).toEqual({ weights: [1, 1, 1], fallback: false });
    expect(allocationWeights('followers', [300, null, 100])).toEqual({ weights: [300, 0, 100], fallback: false });
  });

  it('falls back to equal parts, and says so, when no channel has a count above 0', () => {
    expect(allocationWeights('followers', [null, 0, null])).toEqual({ weights: [1, 1, 1], fallback: true });
  });
});

describe('allocating shared lines over channels', () => {
  const noCounts = () => new Map<string, number>();

  it('divides equally with cents never lost: 1 cent over 3 channels, 100 euro over 7', () => {
    const seven = ['a', 'b', 'c', 'd', 'e', 'f', 'g'];
    const result = allocateShared(
      new Map([
        ['org3', shared(1, [[LICENCE, 0, 1]])],
        ['org7', shared(1, [[LICENCE, 0, 10_000]])],
      ]),
      { rule: 'equal', yearCount: 1, channelsOf: (id) => (id === 'org3' ? ['x', 'y', 'z'] : seven), countsAt: noCounts },
    );
    const three = result.parts.filter((part) => part.organisationId === 'org3').map((part) => part.cents.at(LICENCE, 0));
    expect(three).toEqual([1, 0, 0]);
    // 10000 / 7 = 1428.57: 1428 each, the 4 cents left to the first four channels.
    const sevenParts = result.parts.filter((part) => part.organisationId === 'org7').map((part) => part.cents.at(LICENCE, 0));
    expect(sevenParts).toEqual([1429, 1429, 1429, 1429, 1428, 1428, 1428]);
    expect(result.fallback.size).toBe(0);
  });

  it('divides by followers with each year’s counts, category by category', () => {
    // Year 0: counts 100 / 300 / none -> 1/4, 3/4, 0. Year 1: 200 / 200 / 600 -> 1/5, 1/5, 3/5.
    const counts = [
      new Map([
        ['a', 100],
        ['b', 300],
      ]),
      new Map([
        ['a', 200],
        ['b', 200],
        ['c', 600],
      ]),
    ];
    const result = allocateShared(
      new Map([
        [
          'org',
          shared(2, [
            [LICENCE, 0, 1000],
            [STAFF, 0, 1],
            [LICENCE, 1, 1001],
          ]),
        ],
      ]),
      { rule: 'followers', yearCount: 2, channelsOf: () => ['a', 'b', 'c'], countsAt: (year) => counts[year]! },
    );
    expect(partsOf(result, LICENCE, 0)).toEqual({ a: 250, b: 750, c: 0 });
    // 1 cent: 1/4 vs 3/4 -> remainders 1 and 3 (of 4): b.
    expect(partsOf(result, STAFF, 0)).toEqual({ a: 0, b: 1, c: 0 });
    // 1001 x 1/5 = 200.2, x 3/5 = 600.6: floors 1000, the cent to c (.6).
    expect(partsOf(result, LICENCE, 1)).toEqual({ a: 200, b: 200, c: 601 });
    expect(result.fallback.size).toBe(0);
  });

  it('falls back to equal parts without counts and names the organisation', () => {
    const result = allocateShared(new Map([['org', shared(1, [[LICENCE, 0, 900]])]]), {
      rule: 'followers',
      yearCount: 1,
      channelsOf: () => ['a', 'b', 'c'],
      countsAt: () => new Map([['a', 0]]),
    });
    expect(partsOf(result, LICENCE, 0)).toEqual({ a: 300, b: 300, c: 300 });
    expect([...result.fallback]).toEqual(['org']);
  });

  it('leaves the money of an organisation without channels unallocated', () => {
    const result = allocateShared(new Map([['lonely', shared(1, [[LICENCE, 0, 500]])]]), {
      rule: 'equal',
      yearCount: 1,
      channelsOf: () => [],
      countsAt: noCounts,
    });
    expect(result.parts).toEqual([]);
  });

  it('divides credit notes too, and the parts of every year and category add up to the whole', () => {
    const money = shared(3, [
      [LICENCE, 0, -10_000],
      [LICENCE, 1, 12_345],
      [STAFF, 2, 7],
    ]);
    const result = allocateShared(new Map([['org', money]]), {
      rule: 'equal',
      yearCount: 3,
      channelsOf: () => ['a', 'b', 'c', 'd', 'e', 'f'],
      countsAt: noCounts,
    });
    expect(partsOf(result, LICENCE, 0)).toEqual({ a: -1667, b: -1667, c: -1667, d: -1667, e: -1666, f: -1666 });
    for (const [category, year] of [
      [LICENCE, 0],
      [LICENCE, 1],
      [STAFF, 2],
    ] as const) {
      const sum = Object.values(partsOf(result, category, year)).reduce((total, cents) => total + cents, 0);
      expect(sum).toBe(money.at(category, year));
    }
  });
});
