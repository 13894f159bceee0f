import Database from 'better-sqlite3';
import fc, { type Arbitrary } from 'fast-check';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contract, METHODS, type Method } from '../../shared/api/contract';
import type { ErrorCode } from '../../shared/api/result';
import { browserHostHandlers } from '../../src-main/adapters/browserHost';
import { startHttpAdapter, TOKEN_HEADER } from '../../src-main/adapters/http';
import { createCoreHandlers } from '../../src-main/core/api/coreHandlers';
import { RegisterSession } from '../../src-main/core/register/registerSession';
import { emptyPool, fileContents, fuzzOverride, plantFiles, type FuzzPool, type PlantedFiles } from './fuzzInputs';
import { HOSTILE_STRINGS, zodArbitrary } from './zodArbitrary';

/**
 * Issue 8, bad input: every API method, called through the real HTTP adapter (browser mode) with
 * random and boundary values. Per call: HTTP 200 with a Result envelope; a refusal carries a
 * typed code (never INTERNAL) and a Dutch and an English message; the server answers on. At
 * the end every register file the run touched passes integrity_check and foreign_key_check.
 *
 * Inputs per method: (a) any JSON value, (b) values derived from the method's zod schema with
 * boundary values mixed in, (b') such a value with one property replaced by junk, (c) ids of rows
 * that exist (read through the list methods), real spreadsheet files, paths inside the temp dir.
 * KANALENREGISTER_FUZZ_SEED replays a run, KANALENREGISTER_FUZZ_RUNS sets the runs per method.
 */
const SEED = Number(process.env.KANALENREGISTER_FUZZ_SEED ?? Math.floor(Math.random() * 2 ** 31));
const RUNS = Number(process.env.KANALENREGISTER_FUZZ_RUNS ?? 100);

/**
 * Methods that get fewer runs, because one call is slow; none is skipped.
 * - exports.prepare writes a workbook, a Word note (with a chart rendered to PNG) or a CSV: 100-800 ms.
 * - register.openSample and register.create (withSample) write the whole 2014 sample into a new file.
 * - backups.create and backups.restore copy the whole register file.
 */
const SLOW_RUNS: Partial<Record<Method, number>> = {
  'exports.prepare': 20,
  'register.openSample': 4,
  'register.create': 20,
  'backups.create': 10,
  'backups.restore': 20,
};

/** Methods after which the session holds another register: the test opens the sample register again. */
const SWITCHES_REGISTER = new Set<Method>(['register.create', 'register.open', 'register.openSample', 'backups.restore']);

const ERROR_CODES: readonly ErrorCode[] = [
  'INVALID_INPUT',
  'NOT_FOUND',
  'NO_REGISTER',
  'REGISTER_NEWER',
  'REGISTER_MISMATCH',
  'REGISTER_NOT_KANALENREGISTER',
  'REGISTER_DAMAGED',
  'REGISTER_READ_ONLY',
  'FILE_EXISTS',
  'FILE_ERROR',
  'CONFLICT',
  'UNSUPPORTED',
  'UNKNOWN_METHOD',
  'UNAUTHORISED',
  'INTERNAL',
];

const FIXTURES = join(__dirname, '..', 'fixtures');
const TOKEN = 'fuzz-token-0123456789abcdefghijklmnop';

let root: string;
let dataDir: string;
let session: RegisterSession;
let server: Server;
let base: string;
let mainPath: string;
let planted: PlantedFiles;
const pool: FuzzPool = emptyPool();

interface Tally {
  cases: number;
  ms: number;
  ok: number;
  refused: Partial<Record<ErrorCode, number>>;
}
const tallies = new Map<string, Tally>();

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'kanalenregister-fuzz-'));
  dataDir = join(root, 'data');
  session = new RegisterSession({ dataDir, actor: 'fuzzer' });
  // `await` works whether opening is synchronous or returns a promise.
  mainPath = (await session.openSample()).path;
  planted = plantFiles(join(root, 'bestanden'), mainPath);
  const started = await startHttpAdapter({
    handlers: { ...createCoreHandlers(session), ...browserHostHandlers },
    token: TOKEN,
    dataDir,
  });
  server = started.server;
  base = started.url;
});

afterAll(async () => {
  await new Promise<void>((resolve) => server?.close(() => resolve()));
  session?.close();
  if (root) rmSync(root, { recursive: true, force: true });
});

interface Envelope {
  ok: boolean;
  value?: unknown;
  error?: { code: ErrorCode; message: string; messageEn: string; details?: unknown };
}

/** One API call over HTTP, as the browser makes it; `body` is sent as it is when it is a string. */
async function post(method: string, body: string): Promise<{ status: number; envelope: Envelope; text: string }> {
  // A lone surrogate cannot be percent-encoded: it is sent as U+FFFD, as a browser would.
  const wellFormed = Buffer.from(method, 'utf8').toString('utf8');
  const response = await fetch(`${base}api/${encodeURIComponent(wellFormed)}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', [TOKEN_HEADER]: TOKEN },
    body,
    signal: AbortSignal.timeout(60_000),
  });
  const text = await response.text();
  return { status: response.status, envelope: JSON.parse(text) as Envelope, text };
}

/** What every answer must be: a Result, and a refusal with a typed, non-internal code and both messages. */
function checkEnvelope(envelope: Envelope, status: number): void {
  if (envelope.ok === true) {
    if (status !== 200 || !('value' in envelope)) throw new Error(`ok without value or with status ${status}`);
    return;
  }
  const error = envelope.error;
  if (envelope.ok !== false || !error) throw new Error(`not a Result: ${JSON.stringify(envelope).slice(0, 300)}`);
  if (!ERROR_CODES.includes(error.code)) throw new Error(`untyped error code ${String(error.code)}`);
  if (error.code === 'INTERNAL') throw new Error(`INTERNAL: ${error.messageEn}`);
  if (typeof error.message !== 'string' || error.message.trim() === '') throw new Error('refusal without a Dutch message');
  if (typeof error.messageEn !== 'string' || error.messageEn.trim() === '') throw new Error('refusal without an English message');
}

function tally(name: string): Tally {
  let entry = tallies.get(name);
  if (!entry) tallies.set(name, (entry = { cases: 0, ms: 0, ok: 0, refused: {} }));
  return entry;
}

/** A fuzz case: the call, counted, and checked; throws (for fast-check to shrink) when an answer is wrong. */
async function fuzzCall(method: Method, input: unknown): Promise<Envelope> {
  const body = JSON.stringify(input) ?? '';
  const started = Date.now();
  const { status, envelope, text } = await post(method, body);
  const entry = tally(method);
  entry.cases += 1;
  entry.ms += Date.now() - started;
  if (status !== 200) throw new Error(`HTTP ${status}: ${text.slice(0, 300)}`);
  checkEnvelope(envelope, status);
  if (envelope.ok) entry.ok += 1;
  else entry.refused[envelope.error!.code] = (entry.refused[envelope.error!.code] ?? 0) + 1;
  if (/\n\s+at /.test(text)) throw new Error('a stack trace in the answer');
  return envelope;
}

/** A call the test itself makes (pool refresh, reopening the sample); must succeed. */
async function setupCall<T>(method: Method, input: unknown): Promise<T> {
  const { envelope } = await post(method, JSON.stringify(input));
  if (!envelope.ok) throw new Error(`${method} failed: ${JSON.stringify(envelope.error)}`);
  return envelope.value as T;
}

/** Ids of what exists now, so generated calls reach past "not found" into the handlers. */
async function refreshPool(): Promise<void> {
  type Rows = { rows: Array<{ id: string }> };
  const ids = (rows: Array<{ id: string }>) => rows.map((row) => row.id);
  pool.channels = ids((await setupCall<Rows>('channels.list', { deleted: 'include', limit: 5000 })).rows);
  pool.organisations = ids(await setupCall<Array<{ id: string }>>('organisations.list', {}));
  pool.people = ids(await setupCall<Array<{ id: string }>>('people.list', {}));
  pool.costLines = ids((await setupCall<Rows>('costs.list', { deleted: 'include', limit: 5000 })).rows);
  pool.budgets = ids(await setupCall<Array<{ id: string }>>('budgets.list', {}));
  pool.views = ids(await setupCall<Array<{ id: string }>>('views.list', {}));
  pool.campaigns = ids(await setupCall<Array<{ id: string }>>('campaigns.list', {}));
  pool.snapshots = [];
  pool.hlcs = [];
  pool.versions = [];
  for (const channelId of pool.channels.slice(0, 4)) {
    pool.snapshots.push(...ids(await setupCall<Array<{ id: string }>>('snapshots.forChannel', { channelId, limit: 50 })));
    const entries = await setupCall<Array<{ hlc: string }>>('changeLog.forEntity', {
      entity: 'channel',
      id: channelId,
      limit: 20,
    });
    pool.hlcs.push(...entries.map((entry) => entry.hlc));
    pool.versions.push(...entries.map((entry) => ({ id: channelId, hlc: entry.hlc })));
  }
  const review = await setupCall<{ findings: Array<{ id: string }> }>('review.run', {});
  pool.findings = review.findings.map((finding) => finding.id);
  const backups = await post('backups.list', '{}');
  pool.backups = backups.envelope.ok ? (backups.envelope.value as Array<{ id: string }>).map((b) => b.id) : [];
}

/** The sample register is open again, for writing, after a method that switched registers. */
async function backToMain(): Promise<void> {
  const state = await setupCall<{ current: { path: string } | null }>('register.current', {});
  if (state.current?.path !== mainPath) await setupCall('register.open', { path: mainPath });
}

/** (a) any JSON, (b) schema-derived, (b') schema-derived with one property replaced by junk. */
function inputArbitrary(method: Method, files: ReturnType<typeof fileContents>): Arbitrary<unknown> {
  const derived = zodArbitrary(contract[method].input, { override: fuzzOverride(method, pool, planted, files) });
  const junk = fc.oneof(fc.jsonValue({ maxDepth: 3 }), fc.constantFrom<unknown>(...HOSTILE_STRINGS, null, [], {}, -0, 1e308));
  const mutated = fc.tuple(derived, junk, fc.nat()).map(([value, replacement, n]) => {
    if (value === null || typeof value !== 'object' || Array.isArray(value)) return replacement;
    const keys = Object.keys(value);
    const key = keys.length > 0 && n % 4 !== 0 ? keys[n % keys.length]! : `extra${n % 3}`;
    return { ...value, [key]: replacement };
  });
  const choices = [
    { arbitrary: derived, weight: 7 },
    { arbitrary: mutated, weight: 2 },
    { arbitrary: fc.jsonValue({ maxDepth: 4 }) as Arbitrary<unknown>, weight: 1 },
  ];
  // A version is a channel and one of its own change-log timestamps: random pairs never match.
  if (method === 'channels.restoreVersion') {
    const versions = fc.nat().map((n) => pool.versions[n % Math.max(1, pool.versions.length)] ?? {});
    choices.push({ arbitrary: versions, weight: 4 });
  }
  return fc.oneof(...choices);
}

/** Every .sqlite file under `dir` (registers, backups, restored copies, exports' temp files). */
function sqliteFiles(dir: string): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory() && !entry.name.endsWith('.sqlite')) found.push(...sqliteFiles(path));
    else if (entry.isFile() && entry.name.endsWith('.sqlite') && statSync(path).size > 0) found.push(path);
  }
  return found;
}

describe('API fuzz through the HTTP adapter', () => {
  it('answers every method with a typed Result and leaves every register intact', async () => {
    console.log(`[fuzz] seed ${SEED} (replay: KANALENREGISTER_FUZZ_SEED=${SEED}), ${RUNS} runs per method`);
    const started = Date.now();
    const failures: string[] = [];
    await refreshPool();
    const files = fileContents(FIXTURES);

    for (const [index, method] of METHODS.entries()) {
      const runs = SLOW_RUNS[method] ?? RUNS;
      try {
        await fc.assert(
          fc.asyncProperty(inputArbitrary(method, files), async (input) => {
            const envelope = await fuzzCall(method, input);
            if (SWITCHES_REGISTER.has(method) && envelope.ok) await backToMain();
          }),
          { numRuns: runs, seed: SEED + index, endOnFailure: false },
        );
      } catch (error) {
        failures.push(`${method}: ${(error as Error).message.split('\n').slice(0, 12).join('\n')}`);
        await backToMain();
      }
      // The server still answers, the sample register is the open one, and it is intact.
      await backToMain();
      const check = session.require().db.pragma('integrity_check', { simple: true });
      if (check !== 'ok') failures.push(`${method}: integrity_check after its cases: ${String(check)}`);
      await refreshPool();
    }

    // The same methods on an empty register (nothing to list, total, review or export) and with
    // no register open at all (after a failed open): fewer runs, the same rules.
    const emptyPath = join(root, 'leeg register.sqlite');
    await setupCall('register.create', { path: emptyPath });
    const states: Array<{ name: string; runs: number; enter: () => Promise<void> }> = [
      {
        name: 'empty register',
        runs: 10,
        enter: async () => {
          const state = await setupCall<{ current: { path: string } | null }>('register.current', {});
          if (state.current?.path !== emptyPath) await setupCall('register.open', { path: emptyPath });
        },
      },
      { name: 'no register', runs: 5, enter: async () => session.close() },
    ];
    const stateCalls: Record<string, number> = {};
    for (const state of states) {
      await state.enter();
      for (const [index, method] of METHODS.entries()) {
        try {
          await fc.assert(
            fc.asyncProperty(inputArbitrary(method, files), async (input) => {
              const envelope = await fuzzCall(method, input);
              stateCalls[state.name] = (stateCalls[state.name] ?? 0) + 1;
              if (SWITCHES_REGISTER.has(method) && envelope.ok) await state.enter();
            }),
            { numRuns: state.runs, seed: SEED + 1000 + index, endOnFailure: false },
          );
        } catch (error) {
          failures.push(`${method} (${state.name}): ${(error as Error).message.split('\n').slice(0, 12).join('\n')}`);
          await state.enter();
        }
      }
    }
    await backToMain();
    await refreshPool();

    // At the schemas' size limits, which the generated cases (at most 5 elements) do not reach.
    const channelId = pool.channels[0]!;
    const bigCases: Array<[Method, unknown]> = [
      ['channels.delete', { ids: Array.from({ length: 100_000 }, () => randomUUID()) }],
      ['channels.delete', { ids: Array.from({ length: 100_001 }, () => randomUUID()) }],
      ['channels.paste', { rows: Array.from({ length: 10_000 }, () => ({ id: null, cells: { name: '=cmd', status: 'x?' } })) }],
      ['costs.paste', { rows: Array.from({ length: 10_000 }, (_, i) => ({ id: null, cells: { amountCents: `${i},999` } })) }],
      ['snapshots.paste', { rows: Array.from({ length: 50_000 }, (_, i) => ['<b>x</b>', `${i}/13/2014`, '-1']) }],
      [
        'snapshots.save',
        {
          date: '2014-09-02',
          entries: [
            { channelId, metric: 'likes', count: 1 },
            { channelId, metric: 'likes', count: 2 },
          ],
          onDuplicate: 'replace',
        },
      ],
      ['channels.bulkUpdate', { ids: [channelId, channelId, channelId], patch: { notes: 'x'.repeat(10_000) } }],
    ];
    // What earlier runs of this fuzz found (each was INTERNAL), as fixed cases: refused with a typed code now.
    const folder = planted.paths.find((path) => path.endsWith('map.sqlite'))!;
    const regressions: Array<[Method, unknown, ErrorCode | ErrorCode[]]> = [
      // SQLite's length() stops at a NUL, so the table's check refused what the schema let through.
      ['people.create', { fields: { name: '\u0000' } }, 'INVALID_INPUT'],
      ['channels.create', { fields: { kind: 'social', platform: 'facebook', name: '\u0000x' } }, 'INVALID_INPUT'],
      // A record key named like an Object.prototype member broke the field label of the message.
      [
        'views.save',
        { fields: { name: 'x', definition: { columns: { order: [], hidden: [], widths: { constructor: 0 } } } } },
        'INVALID_INPUT',
      ],
      [
        'views.save',
        { fields: { name: 'x', definition: { columns: { order: [], hidden: [], widths: { toString: 1 } } } } },
        'INVALID_INPUT',
      ],
      // A folder where a register file was expected.
      ['register.open', { path: folder }, ['FILE_ERROR', 'REGISTER_NOT_KANALENREGISTER']],
    ];
    for (const [method, input, code] of regressions) {
      try {
        const envelope = await fuzzCall(method, input);
        if (envelope.ok || ![code].flat().includes(envelope.error!.code)) {
          throw new Error(`expected ${String(code)}, got ${JSON.stringify(envelope).slice(0, 200)}`);
        }
      } catch (error) {
        failures.push(`${method} ${JSON.stringify(input)}: ${(error as Error).message}`);
      }
      await backToMain();
    }
    for (const [method, input] of bigCases) {
      try {
        await fuzzCall(method, input);
      } catch (error) {
        failures.push(`${method} (at its size limit): ${(error as Error).message}`);
      }
    }

    // Names that are no method, and bodies that are no JSON: typed refusals too.
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.string({ maxLength: 60 }), fc.constantFrom(...HOSTILE_STRINGS)), async (name) => {
        fc.pre(!(METHODS as string[]).includes(name) && !name.startsWith('exports/') && name.length > 0);
        const { status, envelope } = await post(name, '{}');
        expect([200, 400]).toContain(status);
        expect(envelope.ok).toBe(false);
        expect(['UNKNOWN_METHOD', 'INVALID_INPUT']).toContain(envelope.error!.code);
        tally('(unknown method)').cases += 1;
      }),
      { numRuns: 100, seed: SEED },
    );
    for (const body of [
      '{',
      'nul',
      '\u0000',
      '[1,2',
      '"\\ud800"',
      `${'['.repeat(100_000)}${']'.repeat(100_000)}`,
      '{"a":1}'.repeat(3),
    ]) {
      const { status, envelope } = await post('channels.list', body);
      expect([200, 400], body.slice(0, 20)).toContain(status);
      checkEnvelope(envelope, status);
      tally('(raw bodies)').cases += 1;
    }

    // Every register file the run made or touched: intact.
    for (const path of sqliteFiles(root).filter((file) => !planted.notRegisters.includes(file))) {
      const db = new Database(path, { readonly: true, fileMustExist: true });
      try {
        const integrity = db.pragma('integrity_check', { simple: true });
        const foreignKeys = db.pragma('foreign_key_check') as unknown[];
        if (integrity !== 'ok' || foreignKeys.length > 0) {
          failures.push(`${path}: integrity_check ${String(integrity)}, foreign_key_check ${foreignKeys.length} rows`);
        }
      } finally {
        db.close();
      }
    }

    const total = [...tallies.values()].reduce((sum, t) => sum + t.cases, 0);
    const okTotal = [...tallies.values()].reduce((sum, t) => sum + t.ok, 0);
    const byCode: Partial<Record<ErrorCode, number>> = {};
    for (const t of tallies.values()) {
      for (const [code, n] of Object.entries(t.refused)) byCode[code as ErrorCode] = (byCode[code as ErrorCode] ?? 0) + n;
    }
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    console.log(
      [
        `[fuzz] ${total} calls over ${METHODS.length} methods in ${seconds} s (seed ${SEED}): ${okTotal} ok, refused by code ${JSON.stringify(byCode)}`,
        `  of them on the sample register: ${total - Object.values(stateCalls).reduce((a, b) => a + b, 0)}, ${Object.entries(
          stateCalls,
        )
          .map(([name, n]) => `${name}: ${n}`)
          .join(', ')}`,
        ...[...tallies.entries()].map(
          ([name, t]) => `  ${name}: ${t.cases} cases (${t.ms} ms), ${t.ok} ok, ${JSON.stringify(t.refused)}`,
        ),
      ].join('\n'),
    );
    expect(failures, failures.join('\n\n')).toEqual([]);
    expect(METHODS.every((method) => (tallies.get(method)?.cases ?? 0) > 0)).toBe(true);
    // Every method must also be reached past its schema at least once (a result, or a refusal by
    // the handler): a generator that only ever produced invalid input would test nothing else.
    const onlyInvalid = METHODS.filter((method) => {
      const tally = tallies.get(method)!;
      return tally.ok === 0 && Object.keys(tally.refused).every((code) => code === 'INVALID_INPUT');
    });
    expect(onlyInvalid, 'methods never reached past input validation').toEqual([]);
  });
});
