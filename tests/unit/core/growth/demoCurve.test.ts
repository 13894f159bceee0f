import { describe, expect, it } from 'vitest';
import { demoCurve, seededRandom } from '../../../../src-main/core/sample/demoCurve';

describe('the demo curve', () => {
  it('is the same for the same seed and differs for another', () => {
    const input = { endCount: 3107, days: 975, seed: 'a', boosts: [] };
    expect(demoCurve(input)).toEqual(demoCurve(input));
    expect(demoCurve(input)).not.toEqual(demoCurve({ ...input, seed: 'b' }));
    const random = seededRandom('x');
    const values = Array.from({ length: 1000 }, random);
    expect(Math.min(...values)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...values)).toBeLessThan(1);
  });

  it('grows from a share of the real count up to just below it, never falling', () => {
    const curve = demoCurve({ endCount: 3107, days: 975, seed: 'stad', boosts: [] });
    expect(curve).toHaveLength(975);
    expect(curve[0]).toBeGreaterThan(3107 * 0.3);
    expect(curve[0]).toBeLessThan(3107 * 0.7);
    expect(curve.at(-1)).toBeLessThanOrEqual(3107);
    expect(curve.at(-1)).toBeGreaterThan(3100);
    for (let i = 1; i < curve.length; i += 1) expect(curve[i]).toBeGreaterThanOrEqual(curve[i - 1]!);
  });

  it('grows faster during a boost than in the same number of days before it', () => {
    const boosts = [{ from: 700, to: 730, factor: 4 }];
    const curve = demoCurve({ endCount: 3107, days: 975, seed: 'stad', boosts });
    const during = curve[730]! - curve[699]!;
    const before = curve[699]! - curve[668]!;
    expect(during).toBeGreaterThan(before * 2.5);
  });
});
