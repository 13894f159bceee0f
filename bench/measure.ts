// Timing and memory of one measurement, and the machine it ran on. Peak RSS is read from Linux's
// /proc/self/status (VmHWM), reset before each measurement through /proc/self/clear_refs, so every
// side of every case gets its own peak even though both run in one process. Elsewhere it falls back
// to process.resourceUsage().maxRSS (the peak of the whole case process).
import { readFileSync, writeFileSync } from 'node:fs';
import { cpus, platform, release, totalmem } from 'node:os';

export interface Machine {
  cpu: string;
  cores: number;
  memoryGb: number;
  node: string;
  os: string;
}

export function machine(): Machine {
  const list = cpus();
  return {
    cpu: list[0]?.model.trim() ?? 'unknown',
    cores: list.length,
    memoryGb: Math.round(totalmem() / 1024 ** 3),
    node: process.version,
    os: `${platform()} ${release()}`,
  };
}

let canResetPeak: boolean | null = null;

/** Starts a new peak: from here on VmHWM counts only what this measurement uses (plus what is resident already). */
export function resetPeakRss(): void {
  if (canResetPeak === false) return;
  try {
    writeFileSync('/proc/self/clear_refs', '5');
    canResetPeak = true;
  } catch {
    canResetPeak = false;
  }
}

/** Peak resident memory in MB since the last reset (or since the process started, where it cannot be reset). */
export function peakRssMb(): number {
  if (canResetPeak) {
    const status = readFileSync('/proc/self/status', 'utf8');
    const match = /^VmHWM:\s+(\d+) kB/m.exec(status);
    if (match) return Number(match[1]) / 1024;
  }
  return process.resourceUsage().maxRSS / 1024;
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** Frees what the previous measurement left, so it is not counted in this one's peak (node --expose-gc). */
export function collectGarbage(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

export interface Sample {
  ms: number;
  peakRssMb: number;
}

/** Runs `work` once: untimed setup first, then the timed part with its own peak RSS. */
export async function measureOnce(
  work: () => unknown,
  setup?: () => unknown,
  memory: { reset(): void; read(): number } = { reset: resetPeakRss, read: peakRssMb },
): Promise<Sample> {
  await setup?.();
  collectGarbage();
  memory.reset();
  const started = performance.now();
  await work();
  const ms = performance.now() - started;
  return { ms, peakRssMb: memory.read() };
}
