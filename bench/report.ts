// The run's table on the terminal and its JSON file in bench/results/.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Machine } from './measure';
import type { CaseResult } from './runCase';
import type { Sizes } from './sizes';

export interface RunReport {
  date: string;
  size: Sizes['name'];
  seed: number;
  sizes: Sizes;
  machine: Machine;
  /** Seconds spent generating registers in this run (0 when all came from the cache). */
  generatedSeconds: number;
  totalSeconds: number;
  cases: CaseResult[];
}

export const RESULTS_DIR = resolve('bench/results');

const format = (value: number | null, digits = 1) => (value === null ? '–' : value.toFixed(digits));

export function table(cases: readonly CaseResult[]): string {
  const header = ['case', 'app ms', 'baseline ms', 'ratio', 'target', 'peak RSS MB', 'met?'];
  const rows = cases.map((c) => [
    c.name,
    c.error ? 'crashed' : format(c.app_ms),
    format(c.baseline_ms),
    c.ratio === null ? '–' : `${c.ratio.toFixed(2)}x`,
    c.target,
    c.error ? '–' : String(c.peak_rss_mb),
    c.error ? `error: ${c.error.split('\n')[0]}` : c.met ? 'yes' : `no (${c.misses.join('; ')})`,
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)));
  const line = (cells: string[]) => `| ${cells.map((cell, i) => cell.padEnd(widths[i]!)).join(' | ')} |`;
  return [line(header), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.map(line)].join('\n');
}

/** bench/results/<YYYY-MM-DD>[-quick].json; a run of some cases only gets "-partial-<HHMM>" too, so it never replaces a whole run. */
export async function writeReport(report: RunReport, partial: boolean): Promise<string> {
  mkdirSync(RESULTS_DIR, { recursive: true });
  // A partial run also carries its time (HHMM, UTC), so two of them on one day do not overwrite each other.
  const time = report.date.slice(11, 16).replace(':', '');
  const name = `${report.date.slice(0, 10)}${report.size === 'quick' ? '-quick' : ''}${partial ? `-partial-${time}` : ''}.json`;
  const path = join(RESULTS_DIR, name);
  // Formatted as the repository's Prettier would, so a committed result passes `npm run lint`.
  const prettier = await import('prettier');
  const options = (await prettier.resolveConfig(path)) ?? {};
  writeFileSync(path, await prettier.format(JSON.stringify(report), { ...options, parser: 'json' }));
  return path;
}
