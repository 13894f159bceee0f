// Deterministic randomness for the synthetic register: the same seed gives the same file content
// (ids included), so two runs measure the same data and a cached file can be reused by its key.

/** Mulberry32: small, fast, good enough for test data. Returns a function giving [0, 1). */
export function seededRandom(seed: number): () => number {
  let state = seed | 0;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function pick<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)]!;
}

export function integer(random: () => number, min: number, max: number): number {
  return min + Math.floor(random() * (max - min + 1));
}

const hex = (random: () => number, digits: number) =>
  Array.from({ length: digits }, () => Math.floor(random() * 16).toString(16)).join('');

/** A version-4-shaped UUID from the seeded generator (the app's schemas accept any RFC 4122 v4 id). */
export function seededUuid(random: () => number): string {
  const variant = (8 + Math.floor(random() * 4)).toString(16);
  return `${hex(random, 8)}-${hex(random, 4)}-4${hex(random, 3)}-${variant}${hex(random, 3)}-${hex(random, 12)}`;
}

/**
 * Ids in insertion order (still v4-shaped): the bulk snapshot rows get these so the primary-key
 * index is appended to, not written at random places, which keeps generating 10 million rows
 * to about a minute. No benchmarked case reads snapshots by id.
 */
export function sequentialUuid(counter: number, salt: string): string {
  const n = counter.toString(16).padStart(12, '0');
  return `${n.slice(0, 8)}-${n.slice(8, 12)}-4000-8000-${salt}`;
}
