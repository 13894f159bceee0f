/**
 * What the crash test's child (crashChild.ts) tells its parent (crashRecovery.test.ts), one JSON
 * object per stdout line, and the seeded PRNG both use. Kept free of Node and SQLite imports so
 * both sides share it.
 */

/** Channels the crash child creates one by one; batch rows are named "batch-<tag>-<i>". */
export const CHANNEL_PREFIX = 'crash-';
/** Rows of one multi-row batch (a paste of new lines: one transaction). */
export const BATCH_ROWS = 200;
/** Count dates the child writes to, so counts are replaced as often as they are added. */
export const COUNT_DATES = ['2014-09-02', '2014-10-01', '2014-11-01', '2014-12-01', '2015-01-01'] as const;

export type CrashOp =
  | { kind: 'createChannel'; name: string; notes: string }
  | { kind: 'updateNotes'; id: string; value: string }
  | { kind: 'saveCount'; channelId: string; date: string; count: number }
  | { kind: 'createCost'; channelId: string; amountCents: number; description: string }
  | { kind: 'batch'; tag: string }
  | { kind: 'delete'; id: string }
  | { kind: 'restore'; id: string };

export type CrashLine =
  | { t: 'opening' }
  | { t: 'opened'; ms: number }
  /** About to run `op`: it may commit without its "done" line when the kill comes in between. */
  | { t: 'intent'; seq: number; op: CrashOp }
  /** `op` of `seq` returned: it committed. `id` for creations, `batchId` for a batch. */
  | { t: 'done'; seq: number; id?: string; batchId?: string | null };

export interface CrashRandom {
  /** Uniform in [0, 1). */
  next(): number;
  /** Uniform integer in [min, max]. */
  int(min: number, max: number): number;
}

/** mulberry32: small, fast, and the same sequence for the same seed on every machine. */
export function crashRandom(seed: number): CrashRandom {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return { next, int: (min, max) => min + Math.floor(next() * (max - min + 1)) };
}
