/**
 * A hybrid logical clock in the string form Actual Budget's CRDT uses
 * (`2026-11-25T12:00:00.000Z-0000-0123456789abcdef`): ISO wall time, a hex counter for
 * changes within one millisecond, and the device's node id. Strings sort in causal
 * order, so the change log can be merged across laptops by plain comparison.
 */
export class HybridClock {
  private lastMillis = 0;
  private counter = 0;

  constructor(
    private readonly node: string,
    private readonly now: () => number = Date.now,
  ) {
    if (!/^[0-9a-f]{16}$/.test(node)) throw new Error(`HLC node id must be 16 hex characters, got "${node}"`);
  }

  /** Continue after the newest timestamp already in the log, so time never runs backwards. */
  observe(timestamp: string): void {
    const parsed = parseHlc(timestamp);
    if (!parsed) return;
    if (parsed.millis > this.lastMillis || (parsed.millis === this.lastMillis && parsed.counter > this.counter)) {
      this.lastMillis = parsed.millis;
      this.counter = parsed.counter;
    }
  }

  next(): string {
    const wall = this.now();
    if (wall > this.lastMillis) {
      this.lastMillis = wall;
      this.counter = 0;
    } else {
      this.counter += 1;
      if (this.counter > 0xffff) {
        // Counter overflow: borrow the next millisecond rather than repeat a timestamp.
        this.lastMillis += 1;
        this.counter = 0;
      }
    }
    return formatHlc(this.lastMillis, this.counter, this.node);
  }
}

export function formatHlc(millis: number, counter: number, node: string): string {
  return `${new Date(millis).toISOString()}-${counter.toString(16).toUpperCase().padStart(4, '0')}-${node}`;
}

export function parseHlc(value: string): { millis: number; counter: number; node: string } | null {
  const match = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z)-([0-9A-F]{4})-([0-9a-f]{16})$/.exec(value);
  if (!match) return null;
  return { millis: Date.parse(match[1]!), counter: parseInt(match[2]!, 16), node: match[3]! };
}

/** A device id is a UUID; its first 16 hex digits are its clock node. */
export function nodeFromDeviceId(deviceId: string): string {
  return deviceId.replace(/-/g, '').slice(0, 16).toLowerCase();
}
