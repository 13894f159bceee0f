import { mkdtempSync, rmSync } from 'node:fs';
import { request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { browserHostHandlers } from '../../../src-main/adapters/browserHost';
import { CONTENT_SECURITY_POLICY } from '../../../src-main/adapters/contentSecurityPolicy';
import { MAX_BODY_BYTES, startHttpAdapter, TOKEN_HEADER } from '../../../src-main/adapters/http';
import { createCoreHandlers } from '../../../src-main/core/api/coreHandlers';
import { RegisterSession } from '../../../src-main/core/register/registerSession';
import { MAX_IMPORT_BYTES } from '../../../shared/domain/spreadsheetImport';
const TOKEN = 'test-token-0123456789abcdefghijklmnop';

let server: Server;
let base: string;
let port: number;
let session: RegisterSession;
let dataDir: string;
let samplePath: string;
/** Every response body the tests saw, checked at the end for leaked stack traces. */
const bodies: string[] = [];

beforeAll(async () => {
  // One server and one register for the whole file, so not the per-test temp dirs of the helper.
  dataDir = mkdtempSync(join(tmpdir(), 'kanalenregister-http-'));
  session = new RegisterSession({ dataDir, actor: 'tester' });
  samplePath = (await session.openSample()).path;
  const started = await startHttpAdapter({ handlers: { ...createCoreHandlers(session), ...browserHostHandlers }, token: TOKEN });
  server = started.server;
  base = started.url;
  port = started.port;
});

afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
  await session.idle();
  session.close();
  rmSync(dataDir, { recursive: true, force: true });
});

interface Reply {
  status: number;
  headers: Headers;
  body: { ok: boolean; value?: unknown; error?: { code: string; message: string; messageEn: string; details?: unknown } };
}

async function call(method: string, input: unknown, headers: Record<string, string> = { [TOKEN_HEADER]: TOKEN }): Promise<Reply> {
  const response = await fetch(`${base}api/${method}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof input === 'string' ? input : JSON.stringify(input),
  });
  const text = await response.text();
  bodies.push(text);
  return { status: response.status, headers: response.headers, body: JSON.parse(text) };
}

/** A raw request, for headers fetch will not let a caller choose (Host). */
function rawRequest(options: { method: string; path: string; headers: Record<string, string>; body?: string }) {
  return new Promise<{ status: number; headers: Record<string, unknown>; text: string }>((resolve, reject) => {
    const req = httpRequest(
      { host: '127.0.0.1', port, method: options.method, path: options.path, headers: options.headers },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({ status: res.statusCode!, headers: res.headers, text: Buffer.concat(chunks).toString('utf8') }),
        );
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

describe('browser-mode HTTP adapter', () => {
  it('listens on 127.0.0.1 only', () => {
    const address = server.address() as AddressInfo;
    expect(address.address).toBe('127.0.0.1');
    expect(base).toBe(`http://127.0.0.1:${address.port}/`);
    expect(port).toBe(address.port);
    expect(port).toBeGreaterThan(0);
  });

  it('answers a valid call with { ok: true, value }', async () => {
    const reply = await call('register.current', {});
    expect(reply.status).toBe(200);
    expect(reply.body.ok).toBe(true);
    expect(reply.body.value).toMatchObject({ current: { isSample: true, channelCount: 44 }, problem: null });

    const list = await call('channels.list', { search: 'stadmechelen', sort: [{ field: 'name', desc: false }] });
    expect(list.body.ok).toBe(true);
    expect((list.body.value as { total: number }).total).toBeGreaterThan(0);
  });

  it('answers a call without the token with 401 UNAUTHORISED', async () => {
    const reply = await call('register.current', {}, {});
    expect(reply.status).toBe(401);
    expect(reply.body).toMatchObject({ ok: false, error: { code: 'UNAUTHORISED' } });
    expect(reply.body.error!.message).toMatch(/toegangstoken/);
    expect(reply.body.error!.messageEn).toMatch(/access token/);
  });

  it('answers a wrong token (same length or not) with 401', async () => {
    const sameLength = TOKEN.slice(0, -1) + (TOKEN.endsWith('x') ? 'y' : 'x');
    for (const token of [sameLength, 'short', `${TOKEN}extra`]) {
      const reply = await call('register.current', {}, { [TOKEN_HEADER]: token });
      expect(reply.status, token).toBe(401);
      expect(reply.body).toMatchObject({ ok: false, error: { code: 'UNAUTHORISED' } });
    }
  });

  it('refuses a request from a foreign Origin with 403, even with the token', async () => {
    for (const origin of ['http://evil.example', `http://evil.example:${port}`, `https://127.0.0.1:${port}`, 'null']) {
      const reply = await call('register.current', {}, { [TOKEN_HEADER]: TOKEN, origin });
      expect(reply.status, origin).toBe(403);
      expect(reply.body).toMatchObject({ ok: false, error: { code: 'UNAUTHORISED' } });
    }
    // Its own origin is fine.
    const own = await call('register.current', {}, { [TOKEN_HEADER]: TOKEN, origin: `http://127.0.0.1:${port}` });
    expect(own.body.ok).toBe(true);
  });

  it('refuses a foreign Host header (DNS rebinding), even with the token', async () => {
    for (const host of [`evil.example:${port}`, 'evil.example', `127.0.0.1:${port + 1}`]) {
      const reply = await rawRequest({
        method: 'POST',
        path: '/api/register.current',
        headers: { host, [TOKEN_HEADER]: TOKEN, 'content-type': 'application/json' },
        body: '{}',
      });
      bodies.push(reply.text);
      expect(reply.status, host).toBe(421);
      expect(JSON.parse(reply.text)).toMatchObject({ ok: false, error: { code: 'UNAUTHORISED' } });
    }
    const own = await rawRequest({
      method: 'POST',
      path: '/api/register.current',
      headers: { host: `localhost:${port}`, [TOKEN_HEADER]: TOKEN },
      body: '{}',
    });
    expect(JSON.parse(own.text)).toMatchObject({ ok: true });
  });

  it('answers invalid input with INVALID_INPUT and the field problems', async () => {
    const reply = await call('channels.create', { fields: { kind: 'social', platform: 'myspace', name: '' } });
    expect(reply.status).toBe(200);
    expect(reply.body).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    const problems = (reply.body.error!.details as { problems: Array<{ path: string; message: string }> }).problems;
    expect(problems.map((p) => p.path).sort()).toEqual(['fields.name', 'fields.platform']);
    expect(reply.body.error!.message).toMatch(/Naam mag niet leeg zijn/);
    // Nothing was created.
    const current = await call('register.current', {});
    expect((current.body.value as { current: { channelCount: number } }).current.channelCount).toBe(44);
  });

  it('answers an unknown method with UNKNOWN_METHOD', async () => {
    const reply = await call('channels.dropAll', {});
    expect(reply.body).toMatchObject({ ok: false, error: { code: 'UNKNOWN_METHOD' } });
    // Object.prototype names are not methods either.
    const proto = await call('constructor', {});
    expect(proto.body).toMatchObject({ ok: false, error: { code: 'UNKNOWN_METHOD' } });
  });

  it('answers a GET to /api/... with 405', async () => {
    const response = await fetch(`${base}api/register.current`, { headers: { [TOKEN_HEADER]: TOKEN } });
    const text = await response.text();
    bodies.push(text);
    expect(response.status).toBe(405);
    expect(JSON.parse(text)).toMatchObject({ ok: false, error: { code: 'UNSUPPORTED' } });
  });

  it('answers a body that is not JSON with 400 INVALID_INPUT', async () => {
    const reply = await call('register.current', '{"not json');
    expect(reply.status).toBe(400);
    expect(reply.body).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(reply.body.error!.message).toMatch(/geen geldige JSON/);
  });

  it('answers a body over the 32 MB limit with 413, not a dropped connection', async () => {
    const reply = await call('register.current', 'x'.repeat(MAX_BODY_BYTES + 1024 * 1024));
    expect(reply.status).toBe(413);
    expect(reply.body).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  });

  it('takes a spreadsheet of the largest accepted size (20 MB, as base64 in JSON) under the body limit', async () => {
    const bytes = Buffer.alloc(MAX_IMPORT_BYTES); // all zeros: the core reads it and says it is no spreadsheet
    const reply = await call('imports.channels.preview', { fileName: 'groot.csv', contentBase64: bytes.toString('base64') });
    expect(reply.status).toBe(200);
    expect(reply.body).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', details: { reason: 'not_spreadsheet' } } });
  });

  it('answers a malformed percent escape in the path with 400', async () => {
    const reply = await call('%E0%A4%A', {});
    expect(reply.status).toBe(400);
    expect(reply.body).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  });

  it('answers host methods the browser cannot do with UNSUPPORTED', async () => {
    const reply = await call('host.pickRegisterPath', { mode: 'open' });
    expect(reply.body).toMatchObject({ ok: false, error: { code: 'UNSUPPORTED' } });
  });

  it('sends the content security policy and hardening headers on every response', async () => {
    const replies = [await call('register.current', {}), await call('register.current', {}, {}), await call('nope', {})];
    const staticResponse = await fetch(`${base}index.html`);
    bodies.push(await staticResponse.text());
    for (const headers of [...replies.map((r) => r.headers), staticResponse.headers]) {
      expect(headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
      expect(headers.get('content-security-policy')).toContain("default-src 'self'");
      expect(headers.get('x-content-type-options')).toBe('nosniff');
      expect(headers.get('x-frame-options')).toBe('DENY');
    }
    expect(replies[0]!.headers.get('content-type')).toMatch(/^application\/json/);
  });

  it('turns an internal failure into INTERNAL without details', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    try {
      // Closing the database under the session makes the next query fail inside better-sqlite3.
      session.require().db.close();
      const reply = await call('channels.list', {});
      expect(reply.body).toEqual({
        ok: false,
        error: {
          code: 'INTERNAL',
          message: expect.stringMatching(/onverwachts/),
          messageEn: expect.stringMatching(/unexpected/),
        },
      });
      expect(logged).toHaveBeenCalled();
    } finally {
      logged.mockRestore();
      session.close();
      await session.open(samplePath);
    }
  });

  it('no error response carries a stack trace or a source path', () => {
    const errors = bodies.filter((b) => b.includes('"ok":false'));
    expect(errors.length).toBeGreaterThan(10);
    for (const body of errors) {
      expect(body).not.toMatch(/\bat [^\s]+ \(|\bat .*\.(ts|js|cjs|mjs):\d+|node:internal|src-main|node_modules/);
      expect(body).not.toMatch(/SqliteError|TypeError|Error:/);
    }
  });
});
