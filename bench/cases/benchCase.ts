// What a benchmark case is: the app's path and the bare library's path over the same data, each
// with an untimed setup per repetition, measured alternately in one process.
import type { Sizes } from '../sizes';
import type { RegisterKind } from '../syntheticRegister';

export interface Target {
  /** app_ms / baseline_ms at most this. */
  maxRatio?: number;
  /** app_ms below this. */
  maxAppMs?: number;
  /** Peak RSS of the app side below this. */
  maxRssMb?: number;
  /** As the issue writes it, e.g. "<= 1.5x, and < 50 ms". */
  text: string;
}

export interface Side {
  /** Untimed, before every repetition (a fresh copy of a file, a new session). */
  setup?(): unknown;
  /** The timed part. Returns something checkable, e.g. the number of rows it produced. */
  run(): unknown;
  /** Untimed, after every repetition. */
  teardown?(): unknown;
}

export interface CaseContext {
  sizes: Sizes;
  /** Paths of the cached synthetic registers. */
  registers: { main: string; wide: string; importTarget: string };
  /** A temporary folder of this case, removed afterwards. */
  scratch: string;
  log(line: string): void;
}

export interface PreparedCase {
  app: Side;
  baseline?: Side;
  /** Run each side once untimed first (caches, lazy module loading). */
  warmup?: boolean;
  repetitions: number;
  /** Compares what both sides produced (row counts, first ids), so a side that skips work is noticed. */
  check?(app: unknown, baseline: unknown): string | null;
  /** Sizes behind the figures, for the JSON ("rows": 73060, ...). */
  details?: Record<string, unknown>;
  /** Where the peak RSS is read, when it is not this process (the browser cases: the server's). */
  memory?: { reset(): void; read(): number };
  /** After the measurements; may add to the details (e.g. the page's JS heap). */
  close?(details: Record<string, unknown>): unknown;
}

export interface BenchCase {
  /** Short id, used on the command line (--case growth-series). */
  id: string;
  /** The case as the table names it. */
  name: string;
  target: Target;
  /** The synthetic registers it reads: only these are generated for a run of some cases. */
  uses: readonly RegisterKind[];
  prepare(context: CaseContext): Promise<PreparedCase>;
}
