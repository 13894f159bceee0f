// Measures one prepared case: app and baseline alternately (app, baseline, app, ...), each
// repetition with its untimed setup and teardown, after an optional untimed warm-up; the figures
// are the medians, the peak RSS the highest of each side.
import { measureOnce, median, type Sample } from './measure';
import type { BenchCase, PreparedCase, Side, Target } from './cases/benchCase';

export interface CaseResult {
  id: string;
  name: string;
  app_ms: number;
  baseline_ms: number | null;
  ratio: number | null;
  target: string;
  peak_rss_mb: number;
  baseline_peak_rss_mb: number | null;
  met: boolean;
  /** Why a target counts as missed, in words ("ratio 1.9x > 1.5x"). */
  misses: string[];
  app_samples_ms: number[];
  baseline_samples_ms: number[];
  details: Record<string, unknown>;
  error?: string;
}

async function runSide(side: Side, memory: PreparedCase['memory']): Promise<{ sample: Sample; output: unknown }> {
  let output: unknown;
  try {
    const sample = await measureOnce(
      async () => {
        output = await side.run();
      },
      side.setup,
      memory,
    );
    return { sample, output };
  } finally {
    await side.teardown?.();
  }
}

export async function measureCase(
  benchCase: BenchCase,
  prepared: PreparedCase,
  log: (line: string) => void,
): Promise<CaseResult> {
  const { app, baseline } = prepared;
  if (prepared.warmup) {
    await runSide(app, prepared.memory);
    if (baseline) await runSide(baseline, prepared.memory);
  }
  const appSamples: Sample[] = [];
  const baselineSamples: Sample[] = [];
  const problems: string[] = [];
  for (let rep = 0; rep < prepared.repetitions; rep += 1) {
    // Alternate which side goes first, so a machine that slows down (or warms up) hits both alike.
    const order: Array<'app' | 'baseline'> = rep % 2 === 0 ? ['app', 'baseline'] : ['baseline', 'app'];
    const outputs: Record<string, unknown> = {};
    for (const which of order) {
      if (which === 'baseline' && !baseline) continue;
      const { sample, output } = await runSide(which === 'app' ? app : baseline!, prepared.memory);
      (which === 'app' ? appSamples : baselineSamples).push(sample);
      outputs[which] = output;
    }
    if (prepared.check && baseline) {
      const problem = prepared.check(outputs.app, outputs.baseline);
      if (problem && !problems.includes(problem)) problems.push(problem);
    }
    log(
      `    rep ${rep + 1}/${prepared.repetitions}: app ${appSamples.at(-1)!.ms.toFixed(1)} ms` +
        (baseline ? `, baseline ${baselineSamples.at(-1)!.ms.toFixed(1)} ms` : ''),
    );
  }
  if (problems.length > 0) throw new Error(`the two sides disagree: ${problems.join('; ')}`);
  const appMs = median(appSamples.map((s) => s.ms));
  const baselineMs = baseline ? median(baselineSamples.map((s) => s.ms)) : null;
  const ratio = baselineMs !== null && baselineMs > 0 ? appMs / baselineMs : null;
  const peak = Math.max(...appSamples.map((s) => s.peakRssMb));
  const misses = judge(benchCase.target, appMs, ratio, peak);
  return {
    id: benchCase.id,
    name: benchCase.name,
    app_ms: round(appMs),
    baseline_ms: baselineMs === null ? null : round(baselineMs),
    ratio: ratio === null ? null : Math.round(ratio * 100) / 100,
    target: benchCase.target.text,
    peak_rss_mb: Math.round(peak),
    baseline_peak_rss_mb: baseline ? Math.round(Math.max(...baselineSamples.map((s) => s.peakRssMb))) : null,
    met: misses.length === 0,
    misses,
    app_samples_ms: appSamples.map((s) => round(s.ms)),
    baseline_samples_ms: baselineSamples.map((s) => round(s.ms)),
    details: prepared.details ?? {},
  };
}

export function judge(target: Target, appMs: number, ratio: number | null, peakRssMb: number): string[] {
  const misses: string[] = [];
  if (target.maxRatio !== undefined && ratio !== null && ratio > target.maxRatio)
    misses.push(`ratio ${ratio.toFixed(2)}x > ${target.maxRatio}x`);
  if (target.maxAppMs !== undefined && appMs >= target.maxAppMs) misses.push(`${Math.round(appMs)} ms >= ${target.maxAppMs} ms`);
  if (target.maxRssMb !== undefined && peakRssMb >= target.maxRssMb)
    misses.push(`peak RSS ${Math.round(peakRssMb)} MB >= ${target.maxRssMb} MB`);
  return misses;
}

const round = (ms: number) => Math.round(ms * 10) / 10;
