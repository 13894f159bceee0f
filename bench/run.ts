// `npm run bench` (`node scripts/run-ts.mjs bench/run.ts`): measures the app against the bare
// libraries it stands on, side by side in the same run, and writes bench/results/<date>.json.
//
//   --quick        about a twentieth of the full size (CI)
//   --case <id>    only these cases (repeatable, or comma-separated); see bench/cases/index.ts
//   --no-build     do not rebuild dist/ before the browser cases (they measure the built app)
//   --no-browser   leave out the browser cases
//
// Every case runs in its own Node process (--expose-gc), so one case's memory and caches do not
// flow into the next and a crash is reported as that case's error. Exit code 0 when every case
// ran, whatever the figures (it is a measurement); 1 when a case crashed; 2 for wrong arguments.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BenchCase, CaseContext } from './cases/benchCase';
import { CASES, isBrowserCase } from './cases/index';
import { machine, measureOnce } from './measure';
import { table, writeReport, type RunReport } from './report';
import { judge, measureCase, type CaseResult } from './runCase';
import { FULL, QUICK, type Sizes } from './sizes';
import { cachedRegisterPath, syntheticRegister } from './syntheticRegister';

interface Options {
  sizes: Sizes;
  caseIds: string[];
  build: boolean;
  browser: boolean;
  child: string | null;
  /** In a case process: only this side, once, for its peak RSS in a fresh process. */
  rssSide: 'app' | 'baseline' | null;
}

const log = (line: string) => console.log(line);

function parseArguments(argv: string[]): Options {
  const options: Options = { sizes: FULL, caseIds: [], build: true, browser: true, child: null, rssSide: null };
  for (let i = 0; i < argv.length; i += 1) {
    const argument = argv[i]!;
    if (argument === '--quick') options.sizes = QUICK;
    else if (argument === '--full') options.sizes = FULL;
    else if (argument === '--no-build') options.build = false;
    else if (argument === '--no-browser') options.browser = false;
    else if (argument === '--case' && argv[i + 1]) options.caseIds.push(...argv[(i += 1)]!.split(','));
    else if (argument === '--child' && argv[i + 1]) options.child = argv[(i += 1)]!;
    else if (argument === '--rss-side' && (argv[i + 1] === 'app' || argv[i + 1] === 'baseline'))
      options.rssSide = argv[(i += 1)] as 'app' | 'baseline';
    else {
      console.error(
        `unknown argument: ${argument}\nusage: npm run bench -- [--quick] [--case <id>[,<id>]] [--no-build] [--no-browser]`,
      );
      console.error(`cases: ${CASES.map((c) => c.id).join(', ')}`);
      process.exit(2);
    }
  }
  const unknown = options.caseIds.filter((id) => !CASES.some((c) => c.id === id));
  if (unknown.length > 0) {
    console.error(`unknown case(s): ${unknown.join(', ')}; cases: ${CASES.map((c) => c.id).join(', ')}`);
    process.exit(2);
  }
  return options;
}

/**
 * In the case's own process: prepare, measure, answer the parent over IPC. With `rssSide`: only
 * that side, once, and its peak RSS: in a process of its own, the other side's heap (which V8
 * keeps after a collection) cannot inflate it.
 */
async function runChild(id: string, sizes: Sizes, rssSide: Options['rssSide']): Promise<void> {
  const benchCase = CASES.find((c) => c.id === id)!;
  const scratch = mkdtempSync(join(tmpdir(), `kanalenregister-bench-${id}-`));
  const context: CaseContext = {
    sizes,
    registers: {
      main: cachedRegisterPath('main', sizes),
      wide: cachedRegisterPath('wide', sizes),
      importTarget: cachedRegisterPath('importTarget', sizes),
    },
    scratch,
    log,
  };
  try {
    const prepared = await benchCase.prepare(context);
    if (rssSide) {
      const side = prepared[rssSide];
      let rss: number | null = null;
      if (side) {
        try {
          rss = (await measureOnce(() => side.run(), side.setup, prepared.memory)).peakRssMb;
        } finally {
          await side.teardown?.();
        }
      }
      await prepared.close?.({});
      process.send!({ rss });
      return;
    }
    let result: CaseResult;
    try {
      result = await measureCase(benchCase, prepared, log);
    } finally {
      const details: Record<string, unknown> = {};
      await prepared.close?.(details);
      Object.assign(prepared.details ?? {}, details);
    }
    result.details = { ...result.details, ...(prepared.details ?? {}) };
    process.send!({ result });
  } catch (error) {
    console.error(error);
    process.send!({ error: error instanceof Error ? error.message : String(error) });
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

type ChildAnswer = { result: CaseResult } | { rss: number | null } | { error: string };

function runCaseProcess(id: string, sizes: Sizes, extra: string[] = []): Promise<ChildAnswer> {
  return new Promise((resolve) => {
    const args = ['--expose-gc', process.argv[1]!, '--child', id, ...(sizes.name === 'quick' ? ['--quick'] : []), ...extra];
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    let answer: ChildAnswer | null = null;
    child.on('message', (message: ChildAnswer) => {
      answer = message;
    });
    child.once('exit', (code, signal) => {
      resolve(answer ?? { error: `the case process ended (${signal ?? `exit code ${code}`}) without a result` });
    });
  });
}

function buildApp(): void {
  log('building the app (node scripts/build.mjs --quiet) for the browser cases ...');
  const built = spawnSync(process.execPath, ['scripts/build.mjs', '--quiet'], { stdio: 'inherit' });
  if (built.status !== 0) throw new Error('the build failed');
}

function crashed(benchCase: BenchCase, error: string): CaseResult {
  return {
    id: benchCase.id,
    name: benchCase.name,
    app_ms: 0,
    baseline_ms: null,
    ratio: null,
    target: benchCase.target.text,
    peak_rss_mb: 0,
    baseline_peak_rss_mb: null,
    met: false,
    misses: [],
    app_samples_ms: [],
    baseline_samples_ms: [],
    details: {},
    error,
  };
}

/** Each side once more, each in a fresh process, for its peak RSS; the targets are judged again with it. */
async function measureRss(benchCase: BenchCase, result: CaseResult, sizes: Sizes): Promise<void> {
  const peaks: Record<string, number | null> = {};
  for (const side of ['app', 'baseline'] as const) {
    const answer = await runCaseProcess(benchCase.id, sizes, ['--rss-side', side]);
    peaks[side] = 'rss' in answer ? answer.rss : null;
  }
  result.details.peakRssInAlternatingRunMb = { app: result.peak_rss_mb, baseline: result.baseline_peak_rss_mb };
  if (typeof peaks.app === 'number') result.peak_rss_mb = Math.round(peaks.app);
  result.baseline_peak_rss_mb = typeof peaks.baseline === 'number' ? Math.round(peaks.baseline) : null;
  result.misses = judge(benchCase.target, result.app_ms, result.ratio, result.peak_rss_mb);
  result.met = result.misses.length === 0;
}

async function main(): Promise<void> {
  const options = parseArguments(process.argv.slice(2));
  if (options.child) {
    await runChild(options.child, options.sizes, options.rssSide);
    return;
  }
  const started = performance.now();
  const { sizes } = options;
  const selected = CASES.filter(
    (c) => (options.caseIds.length === 0 || options.caseIds.includes(c.id)) && (options.browser || !isBrowserCase(c)),
  );
  const about = machine();
  log(`Kanalenregister benchmark, ${sizes.name} size (seed ${sizes.seed})`);
  log(`machine: ${about.cpu}, ${about.cores} cores, ${about.memoryGb} GB, Node ${about.node}, ${about.os}`);

  let generatedSeconds = 0;
  for (const kind of ['main', 'wide', 'importTarget'] as const) {
    if (selected.some((c) => c.uses.includes(kind)))
      generatedSeconds += (await syntheticRegister(kind, sizes, log)).generatedSeconds;
  }
  if (options.build && selected.some(isBrowserCase)) buildApp();

  const results: CaseResult[] = [];
  for (const benchCase of selected) {
    log(`\n${benchCase.name} [${benchCase.id}]`);
    const caseStarted = performance.now();
    const outcome = await runCaseProcess(benchCase.id, sizes);
    const result = 'result' in outcome ? outcome.result : crashed(benchCase, 'error' in outcome ? outcome.error : 'no result');
    if (!result.error && !isBrowserCase(benchCase)) await measureRss(benchCase, result, sizes);
    log(
      `  -> ${result.error ? `crashed: ${result.error}` : `${result.app_ms} ms app, ${result.baseline_ms ?? '–'} ms baseline`}`,
    );
    log(`  (${((performance.now() - caseStarted) / 1000).toFixed(1)} s)`);
    results.push(result);
  }

  const report: RunReport = {
    date: new Date().toISOString(),
    size: sizes.name,
    seed: sizes.seed,
    sizes,
    machine: about,
    generatedSeconds: Math.round(generatedSeconds * 10) / 10,
    totalSeconds: Math.round((performance.now() - started) / 100) / 10,
    cases: results,
  };
  log(`\n${table(results)}\n`);
  if (sizes.name === 'quick') log('Quick size: the absolute targets (ms, MB) are set for the full size.');
  const path = await writeReport(report, selected.length !== CASES.length);
  log(`written: ${path} (${report.totalSeconds} s in all)`);
  if (results.some((r) => r.error)) process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
