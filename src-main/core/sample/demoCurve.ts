/**
 * Made-up daily counts for demonstrations: a curve that starts at a share of the real count,
 * grows with the seasons and some noise, grows faster during campaigns, and arrives exactly at
 * the real count on the day after its last value. Deterministic: the same seed gives the same
 * curve, so a demo register can be rebuilt and tests can rely on it.
 */
export interface DemoCurveInput {
  /** The real count the curve must arrive at (the day after the last generated day). */
  endCount: number;
  /** How many days to generate, ending the day before the real count. */
  days: number;
  /** Seeds the noise and the starting share. */
  seed: string;
  /** Day index ranges [from, to] (0 = first generated day) where growth runs `factor` times faster. */
  boosts: ReadonlyArray<{ from: number; to: number; factor: number }>;
}

/** Counts for day 0 .. days-1, never above the end count and never falling (a demo of growth). */
export function demoCurve({ endCount, days, seed, boosts }: DemoCurveInput): number[] {
  const random = seededRandom(seed);
  const startShare = 0.35 + random() * 0.3;
  const start = Math.round(endCount * startShare);
  // Growth per day: a base rate, a yearly wave (slower in summer), noise, and the campaign boosts.
  const weights: number[] = [];
  for (let day = 0; day <= days; day += 1) {
    let weight = 1 + 0.35 * Math.cos((2 * Math.PI * day) / 365.25) + random() * 0.6;
    for (const boost of boosts) if (day >= boost.from && day <= boost.to) weight *= boost.factor;
    weights.push(weight);
  }
  const total = weights.reduce((sum, w) => sum + w, 0);
  const counts: number[] = [];
  let cumulative = 0;
  for (let day = 0; day < days; day += 1) {
    cumulative += weights[day]!;
    counts.push(Math.min(endCount, Math.round(start + ((endCount - start) * cumulative) / total)));
  }
  return counts;
}

/** A small, fast, seeded generator (mulberry32 over a string hash): good enough for demo noise. */
export function seededRandom(seed: string): () => number {
  let state = 2_166_136_261;
  for (let i = 0; i < seed.length; i += 1) state = Math.imul(state ^ seed.charCodeAt(i), 16_777_619);
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}
