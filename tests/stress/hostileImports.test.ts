import { createHash } from 'node:crypto';
import { closeSync, existsSync, mkdirSync, mkdtempSync, openSync, rmSync, writeSync } from 'node:fs';
import { request, type Server } from 'node:http';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserHostHandlers } from '../../src-main/adapters/browserHost';
import { startHttpAdapter, TOKEN_HEADER } from '../../src-main/adapters/http';
import { createCoreHandlers } from '../../src-main/core/api/coreHandlers';
import { DomainError } from '../../src-main/core/errors';
import { ChannelImportService } from '../../src-main/core/imports/channelImportService';
import { CostImportService } from '../../src-main/core/imports/costImportService';
import { IMPORT_LIMITS } from '../../src-main/core/imports/importLimits';
import type { Register } from '../../src-main/core/register/register';
import { RegisterSession } from '../../src-main/core/register/registerSession';
import { SnapshotImportService } from '../../src-main/core/snapshotImports/snapshotImportService';
import { MAX_IMPORT_BYTES, type ImportProblem } from '../../shared/domain/spreadsheetImport';
import { createTempRegister, tempDir, useTempDirs } from '../helpers/tempRegister';
import { bundleChild, runChild, type ChildResult } from './hostileChild';
import {
  CHANNEL_NAME,
  HOSTILE_CASES,
  IMPORT_KINDS,
  LAYOUTS,
  millionRowWorkbook,
  writeCase,
  type HostileCase,
  type ImportKind,
} from './hostileFiles';

/**
 * Hostile files through all three imports (channels, counts, costs): each ends in a clear
 * message in Dutch and English (what, and where: sheet, row, column when it is about a cell)
 * or a preview whose problems say so, and the register is byte-for-byte unchanged unless a
 * clean preview is confirmed. The big files run in a child process whose peak RSS is measured.
 */

useTempDirs();

/** Peak RSS of a child process refusing one of the big files (or previewing a small one). */
const PEAK_RSS_LIMIT_MB = 400;
/**
 * Peak RSS of a child previewing the largest file the import accepts (20 MB, 200,000 rows): the
 * preview holds every row's cells and plan (measured: channels 557 MB, counts 313 MB, costs 724 MB).
 * SECURITY.md states it; bringing it down is part of the benchmark work (issue 9).
 */
const ACCEPTED_PEAK_RSS_LIMIT_MB = 1_000;

interface SummaryRow {
  case: string;
  import: ImportKind | 'http';
  outcome: string;
  ms: number;
  peakRssMb?: number;
}
const summary: SummaryRow[] = [];

afterAll(() => {
  const refused = summary.filter((row) => row.outcome.startsWith('refused')).length;
  const lines = summary.map(
    (row) =>
      `${row.case.padEnd(46)} ${row.import.padEnd(9)} ${row.outcome.padEnd(34)} ${String(row.ms).padStart(6)} ms${row.peakRssMb === undefined ? '' : `  peak RSS ${row.peakRssMb} MB`}`,
  );
  console.log(
    [
      `Hostile imports: ${summary.length} runs, ${refused} refused with a message, the rest previewed with problems or clean (peak RSS limit ${PEAK_RSS_LIMIT_MB} MB; ${ACCEPTED_PEAK_RSS_LIMIT_MB} MB for the largest accepted file):`,
      ...lines,
    ].join('\n'),
  );
});

function setUp(): { register: Register; channelId: string } {
  const { register } = createTempRegister();
  const channelId = register.channels.create({ kind: 'social', platform: 'facebook', name: CHANNEL_NAME }).id;
  return { register, channelId };
}

interface FileInput {
  fileName: string;
  contentBase64: string;
}

function preview(
  kind: ImportKind,
  register: Register,
  input: FileInput,
  channelId: string,
): Promise<{ problems: ImportProblem[] }> {
  if (kind === 'channels') return new ChannelImportService(() => register).preview(input);
  if (kind === 'costs') return new CostImportService(() => register).preview(input);
  return new SnapshotImportService(() => register).preview({ ...input, channelId });
}

function commit(kind: ImportKind, register: Register, input: FileInput, channelId: string): Promise<unknown> {
  if (kind === 'channels') return new ChannelImportService(() => register).commit(input);
  if (kind === 'costs') return new CostImportService(() => register).commit(input);
  return new SnapshotImportService(() => register).commit({ ...input, channelId });
}

/** Every table's rows, hashed: "nothing written" means every one of them is identical. */
function fingerprint(register: Register): Record<string, string> {
  const tables = register.db
    .prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`)
    .all() as Array<{ name: string }>;
  return Object.fromEntries(
    tables.map(({ name }) => {
      const rows = register.db.prepare(`SELECT * FROM "${name}"`).all();
      return [name, `${rows.length}:${createHash('sha256').update(JSON.stringify(rows)).digest('hex')}`];
    }),
  );
}

async function settle<T>(work: Promise<T>): Promise<{ value: T } | { error: unknown }> {
  return work.then(
    (value) => ({ value }),
    (error: unknown) => ({ error }),
  );
}

function expectClearRefusal(error: unknown, reason: string, where: string): DomainError {
  expect(error, `${where}: expected a refusal with a message`).toBeInstanceOf(DomainError);
  const refusal = error as DomainError;
  expect(refusal.code, where).toBe('INVALID_INPUT');
  expect((refusal.details as { reason?: string }).reason, `${where}: ${refusal.messageEn}`).toBe(reason);
  expectClearText(refusal.messageNl, refusal.messageEn, where);
  return refusal;
}

/** Both languages, different, and short: a message never echoes a 10 MB cell back. */
function expectClearText(nl: string, en: string, where: string): void {
  expect(nl.length, where).toBeGreaterThan(10);
  expect(en.length, where).toBeGreaterThan(10);
  expect(nl, where).not.toBe(en);
  expect(nl.length, where).toBeLessThan(2_000);
  expect(en.length, where).toBeLessThan(2_000);
}

function expectProblemsSayWhere(problems: ImportProblem[], workbook: boolean, where: string): void {
  expect(problems.length, where).toBeGreaterThan(0);
  for (const problem of problems) {
    expectClearText(problem.message, problem.messageEn, where);
    expect(problem.row, where).toBeGreaterThanOrEqual(1);
    if (workbook) expect(problem.sheet, where).toBe('Lijst');
  }
  // At least one problem is about a cell and names its column.
  expect(
    problems.some((problem) => problem.column !== null && /^[A-Z]+$/.test(problem.column)),
    `${where}: ${JSON.stringify(problems.slice(0, 3))}`,
  ).toBe(true);
}

/** What a clean import wrote, where `keeps` must be found as typed. */
function importedTexts(kind: ImportKind, register: Register): string[] {
  const sql =
    kind === 'channels'
      ? `SELECT name AS text FROM channels WHERE deleted_at IS NULL`
      : kind === 'costs'
        ? `SELECT description AS text FROM cost_lines WHERE deleted_at IS NULL`
        : `SELECT CAST(count AS TEXT) AS text FROM follower_snapshots WHERE deleted_at IS NULL`;
  return (register.db.prepare(sql).all() as Array<{ text: string }>).map((row) => row.text);
}

async function runCase(hostile: HostileCase, kind: ImportKind): Promise<void> {
  const where = `${hostile.name} / ${kind}`;
  const { register, channelId } = setUp();
  const bytes = await hostile.bytes(kind);
  const input = { fileName: hostile.fileName, contentBase64: bytes.toString('base64') };
  const before = fingerprint(register);
  const started = performance.now();
  const previewed = await settle(preview(kind, register, input, channelId));
  const ms = Math.round(performance.now() - started);
  expect(fingerprint(register), `${where}: the preview wrote nothing`).toEqual(before);
  const expected = hostile.expect[kind];

  if (typeof expected === 'object') {
    // A preview instead of a refusal fails here, showing what was previewed.
    expect('error' in previewed ? '' : JSON.stringify(previewed.value).slice(0, 300), where).toBe('');
    expectClearRefusal('error' in previewed ? previewed.error : null, expected.refused, where);
    summary.push({ case: hostile.name, import: kind, outcome: `refused: ${expected.refused}`, ms });
    // Confirming anyway cannot write either.
    const committed = await settle(commit(kind, register, input, channelId));
    expect('error' in committed && committed.error instanceof DomainError, where).toBe(true);
    expect(fingerprint(register), `${where}: the refused commit wrote nothing`).toEqual(before);
    return;
  }

  if ('error' in previewed) {
    const error = previewed.error as DomainError;
    throw new Error(`${where}: expected a preview, got ${error.code}: ${error.messageEn}`);
  }
  const problems = previewed.value.problems;
  const workbook = hostile.fileName.endsWith('.xlsx');
  if (expected === 'problems') {
    expectProblemsSayWhere(problems, workbook, where);
    summary.push({ case: hostile.name, import: kind, outcome: `problems: ${problems.length}`, ms });
    const committed = await settle(commit(kind, register, input, channelId));
    expect(
      'error' in committed && committed.error instanceof DomainError,
      `${where}: a preview with problems is not imported`,
    ).toBe(true);
    expect(fingerprint(register), `${where}: the refused commit wrote nothing`).toEqual(before);
    return;
  }

  expect(problems, where).toEqual([]);
  summary.push({ case: hostile.name, import: kind, outcome: 'clean preview, then imported', ms });
  const committed = await settle(commit(kind, register, input, channelId));
  if ('error' in committed) throw new Error(`${where}: the clean preview's commit failed: ${String(committed.error)}`);
  expect(fingerprint(register), `${where}: the confirmed import wrote`).not.toEqual(before);
  if (hostile.keeps !== undefined && kind !== 'snapshots') expect(importedTexts(kind, register), where).toContain(hostile.keeps);
}

describe('hostile files, each through the channel, count and cost imports', () => {
  for (const hostile of HOSTILE_CASES) {
    it(hostile.name, async () => {
      for (const kind of IMPORT_KINDS) await runCase(hostile, kind);
    });
  }
});

describe('big files: bounded memory, measured in a child process', () => {
  let work: string;
  let bundle: string;
  const cache = join(__dirname, '..', '..', 'node_modules', '.cache');

  beforeAll(async () => {
    mkdirSync(cache, { recursive: true });
    work = mkdtempSync(join(cache, 'kanalenregister-hostile-'));
    bundle = await bundleChild(work);
  });
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  function record(name: string, kind: ImportKind, result: ChildResult, limitMb = PEAK_RSS_LIMIT_MB): ChildResult {
    summary.push({
      case: name,
      import: kind,
      outcome: `${result.outcome}${result.reason ? `: ${result.reason}` : ''}`,
      ms: result.ms,
      peakRssMb: result.peakRssMb,
    });
    expect(result.outcome, JSON.stringify(result)).not.toBe('crash');
    expect(result.peakRssMb, `${name} / ${kind}: peak RSS`).toBeLessThan(limitMb);
    return result;
  }

  /** A 100 MB file of real CSV text, written in chunks (never held whole in the test's memory). */
  function hundredMegabytes(kind: ImportKind): string {
    const path = join(work, `groot-${kind}.csv`);
    const fd = openSync(path, 'w');
    const line = `${LAYOUTS[kind].row.join(';')}\r\n`;
    const chunk = Buffer.from(line.repeat(Math.ceil((1024 * 1024) / line.length)).slice(0, 1024 * 1024));
    writeSync(fd, `${LAYOUTS[kind].header.join(';')}\r\n`);
    for (let i = 0; i < 100; i += 1) writeSync(fd, chunk);
    closeSync(fd);
    return path;
  }

  it('a 100 MB file: the command line refuses it from its size before reading it', async () => {
    for (const kind of IMPORT_KINDS) {
      const path = hundredMegabytes(kind);
      const result = record('100 MB CSV (command line)', kind, await runChild(bundle, 'cli', kind, path, work));
      expect(result.outcome).toBe('refused');
      expect(result.err).toMatch(/is 100 MB; het maximum is 20 MB\./);
      expect(result.err).toMatch(/is 100 MB; the maximum is 20 MB\./);
      // Refused from its size: the process never held the file (Node with the app's modules loaded: ~100 MB).
      expect(result.peakRssMb).toBeLessThan(200);
    }
  });

  it('an endless file (/dev/zero) and a folder: the command line stops past the limit, or names what it is', async () => {
    if (existsSync('/dev/zero')) {
      const endless = record(
        'endless /dev/zero (command line)',
        'channels',
        await runChild(bundle, 'cli', 'channels', '/dev/zero', work),
      );
      expect(endless.outcome).toBe('refused');
      expect(endless.err).toMatch(/is groter dan 20 MB; het maximum is 20 MB\./);
      expect(endless.err).toMatch(/is larger than 20 MB; the maximum is 20 MB\./);
      expect(endless.peakRssMb).toBeLessThan(200);
    }
    const folder = record('a folder (command line)', 'costs', await runChild(bundle, 'cli', 'costs', work, work));
    expect(folder.outcome).toBe('refused');
    expect(folder.err).toMatch(/is een map, geen bestand\./);
    expect(folder.err).toMatch(/is a folder, not a file\./);
  });

  it('a 100 MB file handed to the core is refused at once, naming its size', async () => {
    for (const kind of IMPORT_KINDS) {
      const path = join(work, `groot-${kind}.csv`);
      const result = record('100 MB CSV (core, as bytes)', kind, await runChild(bundle, 'core', kind, path, work));
      expect(result.outcome).toBe('refused');
      expect(result.reason).toBe('too_large');
      expect(result.nl).toMatch(/is 100 MB; het maximum is 20 MB/);
      expect(result.en).toMatch(/is 100 MB; the maximum is 20 MB/);
      expect(result.ms).toBeLessThan(2_000);
    }
  });

  it('a 1,000,000-row CSV is refused at the row limit, quickly', async () => {
    for (const kind of IMPORT_KINDS) {
      // Short rows (refused at the row limit before their meaning is read), so the file stays under the size limit.
      const short = { channels: 'K;F;u', snapshots: '1;1', costs: 'L;K;H;1;1' }[kind];
      const text = `${LAYOUTS[kind].header.join(';')}\n${`${short}\n`.repeat(1_000_000)}`;
      expect(text.length).toBeLessThan(MAX_IMPORT_BYTES);
      const path = writeCase(work, `miljoen-${kind}.csv`, Buffer.from(text));
      const result = record('1,000,000 rows (CSV)', kind, await runChild(bundle, 'core', kind, path, work));
      expect(result.outcome).toBe('refused');
      expect(result.reason).toBe('too_many_rows');
      expect(result.nl).toMatch(/meer dan 200\.000 rijen/);
      expect(result.en).toMatch(/more than 200,000 rows/);
      expect(result.ms).toBeLessThan(15_000);
    }
  });

  it('the largest file that is accepted (199,999 rows, close to 20 MB) is previewed within the memory limit', async () => {
    for (const kind of IMPORT_KINDS) {
      // Real rows, each a little different, padded so the file ends just under the size limit.
      const rows = 199_999;
      const base = LAYOUTS[kind].row.join(';');
      const pad = Math.max(0, Math.floor((MAX_IMPORT_BYTES - 200_000) / rows) - base.length - 10);
      const lines = [LAYOUTS[kind].header.join(';')];
      for (let i = 0; i < rows; i += 1) {
        const row = [...LAYOUTS[kind].row];
        row[0] = kind === 'snapshots' ? row[0]! : `${row[0]} ${i} ${'x'.repeat(pad)}`;
        lines.push(row.join(';'));
      }
      const bytes = Buffer.from(`${lines.join('\r\n')}\r\n`);
      expect(bytes.length).toBeLessThan(MAX_IMPORT_BYTES);
      const path = writeCase(work, `grootste-${kind}.csv`, bytes);
      const result = record(
        'largest accepted CSV (199,999 rows)',
        kind,
        await runChild(bundle, 'core', kind, path, work),
        ACCEPTED_PEAK_RSS_LIMIT_MB,
      );
      expect(['clean', 'problems']).toContain(result.outcome);
    }
  });

  it('a 1,000,000-row workbook is refused at the row limit', async () => {
    for (const kind of IMPORT_KINDS) {
      const path = writeCase(work, `miljoen-${kind}.xlsx`, millionRowWorkbook(kind, 1_000_000));
      const result = record('1,000,000 rows (xlsx)', kind, await runChild(bundle, 'core', kind, path, work));
      expect(result.outcome).toBe('refused');
      expect(result.reason).toBe('too_many_rows');
      expect(result.en).toMatch(/more than 200,000 rows/);
      expect(result.ms).toBeLessThan(IMPORT_LIMITS.readTimeoutMs);
    }
  });
});

describe('a 100 MB upload in browser mode', () => {
  let server: Server;
  let port: number;
  let session: RegisterSession;
  const token = 'hostile-token-0123456789abcdefghijkl';

  beforeAll(async () => {
    session = new RegisterSession({ dataDir: tempDir(), actor: 'tester' });
    const started = await startHttpAdapter({ handlers: { ...createCoreHandlers(session), ...browserHostHandlers }, token });
    server = started.server;
    port = started.port;
  });
  afterAll(async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
    session.close();
  });

  it('is answered 413 with a readable message, without holding the body', async () => {
    const started = performance.now();
    const rssBefore = process.memoryUsage().rss;
    const chunk = Buffer.alloc(1024 * 1024, 'A');
    const reply = await new Promise<{ status: number; body: string }>((resolve, reject) => {
      const req = request(
        {
          host: '127.0.0.1',
          port,
          method: 'POST',
          path: '/api/imports.channels.preview',
          headers: { 'content-type': 'application/json', [TOKEN_HEADER]: token, host: `127.0.0.1:${port}` },
        },
        (res) => {
          let body = '';
          res.on('data', (data: Buffer) => (body += data.toString('utf8')));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
        },
      );
      req.on('error', reject);
      req.write('{"fileName":"groot.csv","contentBase64":"');
      let sent = 0;
      const pump = () => {
        while (sent < 100) {
          sent += 1;
          if (!req.write(chunk)) return void req.once('drain', pump);
        }
        req.end('"}');
      };
      pump();
    });
    const ms = Math.round(performance.now() - started);
    summary.push({ case: '100 MB request body (HTTP)', import: 'http', outcome: `refused: ${reply.status}`, ms });
    expect(reply.status).toBe(413);
    const body = JSON.parse(reply.body) as { ok: boolean; error: { code: string; message: string; messageEn: string } };
    expect(body.ok).toBe(false);
    expectClearText(body.error.message, body.error.messageEn, 'HTTP 413');
    expect(body.error.messageEn).toMatch(/too large/);
    // The server drains what is past its limit instead of keeping it.
    expect(process.memoryUsage().rss - rssBefore).toBeLessThan(150 * 1024 * 1024);
  });
});
