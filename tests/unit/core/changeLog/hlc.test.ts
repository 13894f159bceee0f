import { describe, expect, it } from 'vitest';
import { formatHlc, HybridClock, nodeFromDeviceId, parseHlc } from '../../../../src-main/core/changeLog/hlc';

const NODE = '0123456789abcdef';
const OTHER_NODE = 'fedcba9876543210';
const T0 = Date.parse('2026-11-25T12:00:00.000Z');

/** A wall clock the test moves by hand. */
function manualClock(start = T0) {
  const clock = { now: start };
  return { clock, read: () => clock.now };
}

function parsed(stamp: string) {
  const value = parseHlc(stamp);
  expect(value, `parseable HLC: ${stamp}`).not.toBeNull();
  return value!;
}

function expectStrictlyIncreasing(stamps: string[]): void {
  const firstBad = stamps.findIndex((stamp, i) => i > 0 && !(stamp > stamps[i - 1]!));
  expect(firstBad === -1 ? null : [stamps[firstBad - 1], stamps[firstBad]], 'first pair out of order').toBeNull();
}

describe('HybridClock', () => {
  it('uses the wall clock and a zero counter while time moves forward', () => {
    const { clock, read } = manualClock();
    const hlc = new HybridClock(NODE, read);
    const first = hlc.next();
    clock.now += 5;
    const second = hlc.next();
    expect(parsed(first)).toEqual({ millis: T0, counter: 0, node: NODE });
    expect(parsed(second)).toEqual({ millis: T0 + 5, counter: 0, node: NODE });
  });

  it('counts up within one millisecond when the wall clock stands still', () => {
    const { read } = manualClock();
    const hlc = new HybridClock(NODE, read);
    const stamps = Array.from({ length: 300 }, () => hlc.next());
    expectStrictlyIncreasing(stamps);
    expect(stamps.map((s) => parsed(s).millis)).toEqual(Array(300).fill(T0));
    expect(stamps.map((s) => parsed(s).counter)).toEqual(Array.from({ length: 300 }, (_, i) => i));
  });

  it('stays monotonic when the wall clock goes backwards', () => {
    const { clock, read } = manualClock();
    const hlc = new HybridClock(NODE, read);
    const stamps = [hlc.next()];
    clock.now = T0 - 60 * 60 * 1000; // NTP correction: an hour back
    stamps.push(hlc.next(), hlc.next());
    clock.now = T0 - 1;
    stamps.push(hlc.next());
    clock.now = T0 + 1; // the wall clock catches up
    stamps.push(hlc.next());

    expectStrictlyIncreasing(stamps);
    expect(stamps.map((s) => [parsed(s).millis - T0, parsed(s).counter])).toEqual([
      [0, 0],
      [0, 1],
      [0, 2],
      [0, 3],
      [1, 0],
    ]);
  });

  it('borrows the next millisecond when the counter overflows 0xFFFF', () => {
    const { clock, read } = manualClock();
    const hlc = new HybridClock(NODE, read);
    const stamps: string[] = [];
    for (let i = 0; i <= 0xffff + 2; i += 1) stamps.push(hlc.next());

    expectStrictlyIncreasing(stamps);
    expect(parsed(stamps[0xffff]!)).toEqual({ millis: T0, counter: 0xffff, node: NODE });
    expect(stamps[0xffff]).toBe(`2026-11-25T12:00:00.000Z-FFFF-${NODE}`);
    expect(parsed(stamps[0x10000]!)).toEqual({ millis: T0 + 1, counter: 0, node: NODE });
    expect(parsed(stamps[0x10001]!)).toEqual({ millis: T0 + 1, counter: 1, node: NODE });
    expect(new Set(stamps).size).toBe(stamps.length);

    // When the wall clock reaches the borrowed millisecond the counter just carries on.
    clock.now = T0 + 1;
    const caught = parsed(hlc.next());
    expect(caught).toEqual({ millis: T0 + 1, counter: 2, node: NODE });
  });

  it('continues after a later timestamp it observes (e.g. the newest row in the change log)', () => {
    const { read } = manualClock();
    const hlc = new HybridClock(NODE, read);
    hlc.observe(formatHlc(T0 + 10_000, 7, OTHER_NODE));
    const next = hlc.next();
    expect(parsed(next)).toEqual({ millis: T0 + 10_000, counter: 8, node: NODE });
    expect(next > formatHlc(T0 + 10_000, 7, OTHER_NODE)).toBe(true);
  });

  it('ignores observed timestamps that are older, and strings that are no HLC', () => {
    const { read } = manualClock();
    const hlc = new HybridClock(NODE, read);
    const first = hlc.next();
    hlc.observe(formatHlc(T0 - 1000, 40, OTHER_NODE));
    hlc.observe('not a timestamp');
    hlc.observe('2026-11-25T12:00:00.000Z-zzzz-0123456789abcdef');
    const second = hlc.next();
    expect(parsed(second)).toEqual({ millis: T0, counter: 1, node: NODE });
    expect(second > first).toBe(true);
  });

  it('observing the same millisecond with a higher counter moves the counter past it', () => {
    const { read } = manualClock();
    const hlc = new HybridClock(NODE, read);
    hlc.next(); // T0, counter 0
    hlc.observe(formatHlc(T0, 0x20, OTHER_NODE));
    expect(parsed(hlc.next())).toEqual({ millis: T0, counter: 0x21, node: NODE });
  });

  it('refuses a node id that is not 16 lower-case hex characters', () => {
    for (const node of ['', '0123', '0123456789ABCDEF', '0123456789abcdeg', '0123456789abcdef0']) {
      expect(() => new HybridClock(node)).toThrow(/16 hex/);
    }
  });
});

describe('formatHlc / parseHlc', () => {
  it('round-trips', () => {
    for (const [millis, counter, node] of [
      [0, 0, NODE],
      [T0, 1, NODE],
      [T0 + 999, 0xabc, OTHER_NODE],
      [Date.parse('2099-12-31T23:59:59.999Z'), 0xffff, '0000000000000000'],
    ] as const) {
      const text = formatHlc(millis, counter, node);
      expect(text).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z-[0-9A-F]{4}-[0-9a-f]{16}$/);
      expect(parseHlc(text)).toEqual({ millis, counter, node });
    }
  });

  it('rejects malformed strings', () => {
    for (const text of [
      '',
      '2026-11-25T12:00:00Z-0000-0123456789abcdef',
      '2026-11-25T12:00:00.000Z-000-0123456789abcdef',
      '2026-11-25T12:00:00.000Z-0000-0123456789ABCDEF',
      `${formatHlc(T0, 0, NODE)}x`,
    ]) {
      expect(parseHlc(text), text).toBeNull();
    }
  });

  it('sorts as strings in the same order as (millis, counter, node)', () => {
    // A deterministic spread of times, counters and nodes, including counters past 9 (hex letters).
    const tuples: Array<[number, number, string]> = [];
    for (const dMillis of [0, 1, 9, 10, 999, 1000, 86_400_000]) {
      for (const counter of [0, 9, 10, 15, 16, 255, 0x1000, 0xffff]) {
        for (const node of [NODE, OTHER_NODE]) tuples.push([T0 + dMillis, counter, node]);
      }
    }
    const byTuple = [...tuples].sort((a, b) => a[0] - b[0] || a[1] - b[1] || (a[2] < b[2] ? -1 : a[2] > b[2] ? 1 : 0));
    const byString = tuples.map((t) => formatHlc(...t)).sort();
    expect(byString).toEqual(byTuple.map((t) => formatHlc(...t)));
  });

  it('the stamps one clock hands out sort in the order it handed them out', () => {
    const { clock, read } = manualClock();
    const hlc = new HybridClock(NODE, read);
    const stamps: string[] = [];
    // The wall clock wanders forwards and backwards.
    const steps = [0, 0, 3, -2, -2, 10, 0, -50, 1, 100, -100, 0];
    for (let i = 0; i < 240; i += 1) {
      clock.now += steps[i % steps.length]!;
      stamps.push(hlc.next());
    }
    expect([...stamps].sort()).toEqual(stamps);
    expect(new Set(stamps).size).toBe(stamps.length);
  });
});

describe('nodeFromDeviceId', () => {
  it('takes the first 16 hex digits of the device UUID, lower case', () => {
    expect(nodeFromDeviceId('0123ABCD-4567-89ef-0123-456789abcdef')).toBe('0123abcd456789ef');
    expect(() => new HybridClock(nodeFromDeviceId('0123ABCD-4567-89ef-0123-456789abcdef'))).not.toThrow();
  });
});
