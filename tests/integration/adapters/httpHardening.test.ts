import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request as httpRequest, type Server } from 'node:http';
import { connect } from 'node:net';
import { networkInterfaces, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserHostHandlers } from '../../../src-main/adapters/browserHost';
import { CONTENT_SECURITY_POLICY } from '../../../src-main/adapters/contentSecurityPolicy';
import { startHttpAdapter, TOKEN_HEADER } from '../../../src-main/adapters/http';
import { createCoreHandlers } from '../../../src-main/core/api/coreHandlers';
import { RegisterSession } from '../../../src-main/core/register/registerSession';

/**
 * What http.test.ts does not cover yet: DNS-rebinding Host variants, a missing Host, tokens
 * anywhere but the header, CORS, encoded path traversal on the static files, and that nothing
 * but 127.0.0.1 answers. The server runs on an empty data folder beside a small renderer folder
 * with a secret file next to it.
 */
const TOKEN = 'hardening-token-0123456789abcdefghijkl';

let root: string;
let server: Server;
let port: number;
let session: RegisterSession;

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'kanalenregister-hardening-'));
  const rendererDir = join(root, 'renderer');
  mkdirSync(join(rendererDir, 'assets'), { recursive: true });
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>INDEX</title>');
  writeFileSync(join(rendererDir, 'assets', 'app.js'), 'APP_JS');
  writeFileSync(join(root, 'secret.txt'), 'SECRET');
  mkdirSync(join(root, 'renderer-evil'));
  writeFileSync(join(root, 'renderer-evil', 'x.js'), 'EVIL');
  session = new RegisterSession({ dataDir: join(root, 'data'), actor: 'tester' });
  const started = await startHttpAdapter({
    handlers: { ...createCoreHandlers(session), ...browserHostHandlers },
    token: TOKEN,
    rendererDir,
    dataDir: join(root, 'data'),
  });
  server = started.server;
  port = started.port;
});

afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
  session.close();
  rmSync(root, { recursive: true, force: true });
});

interface RawReply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  text: string;
}

/** A request with exactly the headers given (Host included), over 127.0.0.1. */
function raw(method: string, path: string, headers: Record<string, string>, body?: string): Promise<RawReply> {
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: '127.0.0.1', port, method, path, headers, setHost: false, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () =>
        resolve({ status: res.statusCode!, headers: res.headers, text: Buffer.concat(chunks).toString('utf8') }),
      );
    });
    req.on('error', reject);
    req.end(body);
  });
}

/** Bytes straight onto the socket: for requests an HTTP client will not send (no Host at all). */
function rawSocket(text: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => socket.end(text));
    const chunks: Buffer[] = [];
    socket.on('data', (c: Buffer) => chunks.push(c));
    socket.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    socket.on('error', reject);
  });
}

const own = () => `127.0.0.1:${port}`;
const api = (headers: Record<string, string>, path = '/api/register.current') =>
  raw('POST', path, { 'content-type': 'application/json', ...headers }, '{}');

describe('browser mode: DNS rebinding and Host', () => {
  it('refuses Host names that only look like the loopback server', async () => {
    const hosts = [
      `127.0.0.1.evil.example:${port}`,
      `localhost.:${port}`,
      `localhost.evil.example:${port}`,
      `evil.example:${port}@127.0.0.1:${port}`,
      `127.0.0.1:${port}.evil.example`,
      `127.0.0.1`,
      `localhost`,
      `[::1]:${port}`,
      `0.0.0.0:${port}`,
      `127.1:${port}`,
      `2130706433:${port}`,
      `LOCALHOST:${port}`,
      '',
    ];
    for (const host of hosts) {
      const reply = await api({ host, [TOKEN_HEADER]: TOKEN });
      expect([400, 421], JSON.stringify(host)).toContain(reply.status);
      expect(reply.text, host).not.toContain('"ok":true');
      // The static page is refused under a foreign Host too: a rebound page cannot even read the app's HTML.
      const page = await raw('GET', '/index.html', { host });
      expect([400, 421], `static ${JSON.stringify(host)}`).toContain(page.status);
      expect(page.text).not.toContain('INDEX');
    }
    expect(JSON.parse((await api({ host: own(), [TOKEN_HEADER]: TOKEN })).text)).toMatchObject({ ok: true });
  });

  it('refuses a request without a Host header (HTTP/1.0, and HTTP/1.1 where Node itself answers 400)', async () => {
    const http10 = await rawSocket(
      `POST /api/register.current HTTP/1.0\r\n${TOKEN_HEADER}: ${TOKEN}\r\nContent-Length: 2\r\n\r\n{}`,
    );
    expect(http10).toMatch(/^HTTP\/1\.[01] 421 /);
    expect(http10).not.toContain('"ok":true');
    const http11 = await rawSocket(
      `POST /api/register.current HTTP/1.1\r\n${TOKEN_HEADER}: ${TOKEN}\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{}`,
    );
    expect(http11).toMatch(/^HTTP\/1\.1 400 /);
    expect(http11).not.toContain('"ok":true');
  });
});

describe('browser mode: Origin and CORS', () => {
  it('refuses Origins that only look like its own', async () => {
    for (const origin of [
      `http://127.0.0.1.evil.example:${port}`,
      `http://localhost.:${port}`,
      `http://127.0.0.1:${port}.evil.example`,
      `http://127.0.0.1:${port}/`,
      `http://127.0.0.1`,
      'app://kanalenregister',
      'file://',
      'chrome-extension://abcdefghijklmnop',
    ]) {
      const reply = await api({ host: own(), [TOKEN_HEADER]: TOKEN, origin });
      expect(reply.status, origin).toBe(403);
    }
  });

  it('never allows cross-origin reads: no Access-Control-* header, a preflight is refused', async () => {
    const preflight = await raw('OPTIONS', '/api/register.current', {
      host: own(),
      origin: 'http://evil.example',
      'access-control-request-method': 'POST',
      'access-control-request-headers': TOKEN_HEADER,
    });
    expect(preflight.status).toBe(405);
    const replies = [
      preflight,
      await api({ host: own(), [TOKEN_HEADER]: TOKEN }),
      await api({ host: own(), [TOKEN_HEADER]: TOKEN, origin: 'http://evil.example' }),
      await raw('GET', '/index.html', { host: own(), origin: 'http://evil.example' }),
    ];
    for (const reply of replies) {
      expect(Object.keys(reply.headers).filter((name) => name.startsWith('access-control-'))).toEqual([]);
      expect(reply.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
      expect(reply.headers['cross-origin-resource-policy']).toBe('same-origin');
    }
  });
});

describe('browser mode: the token', () => {
  it('is only accepted in its header: not in the query string, a cookie, Authorization or the fragment', async () => {
    const attempts: Array<[string, Record<string, string>]> = [
      [`/api/register.current?token=${TOKEN}`, {}],
      [`/api/register.current?${TOKEN_HEADER}=${TOKEN}`, {}],
      ['/api/register.current', { cookie: `token=${TOKEN}; ${TOKEN_HEADER}=${TOKEN}` }],
      ['/api/register.current', { authorization: `Bearer ${TOKEN}` }],
      [`/api/register.current#token=${TOKEN}`, {}],
      ['/api/register.current', { [TOKEN_HEADER]: TOKEN.toUpperCase() }],
    ];
    for (const [path, headers] of attempts) {
      const reply = await api({ host: own(), ...headers }, path);
      expect(reply.status, `${path} ${JSON.stringify(headers)}`).toBe(401);
    }
  });

  it('a repeated token header is refused, not merged into a match', async () => {
    const reply = await new Promise<number>((resolve, reject) => {
      const req = httpRequest(
        {
          host: '127.0.0.1',
          port,
          method: 'POST',
          path: '/api/register.current',
          headers: [TOKEN_HEADER, TOKEN, TOKEN_HEADER, TOKEN, 'host', own()],
        },
        (res) => {
          res.resume();
          resolve(res.statusCode!);
        },
      );
      req.on('error', reject);
      req.end('{}');
    });
    expect(reply).toBe(401);
  });
});

describe('browser mode: static files', () => {
  it('never serves a file outside the renderer folder, however the path is encoded', async () => {
    const paths = [
      '/../secret.txt',
      '/..%2fsecret.txt',
      '/..%2F..%2Fsecret.txt',
      '/%2e%2e/secret.txt',
      '/%2e%2e%2fsecret.txt',
      '/assets/..%2f..%2fsecret.txt',
      '/..%5csecret.txt',
      '/..\\secret.txt',
      '/%2e%2e%2frenderer-evil%2fx.js',
      '/..%2frenderer-evil/x.js',
      `/${encodeURIComponent(join(root, 'secret.txt'))}`,
      '/%2e%2e%2f%2e%2e%2f%2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fpasswd',
      '/%252e%252e%252fsecret.txt',
    ];
    for (const path of paths) {
      const reply = await raw('GET', path, { host: own() });
      expect(reply.text, path).not.toMatch(/SECRET|EVIL|root:/);
      expect([200, 400, 404], path).toContain(reply.status);
    }
    expect((await raw('GET', '/assets/app.js', { host: own() })).text).toBe('APP_JS');
  });

  it('answers a NUL byte in the path without serving anything but the page', async () => {
    const reply = await raw('GET', '/index.html%00.js', { host: own() });
    expect([200, 400, 404]).toContain(reply.status);
    expect(reply.text).not.toMatch(/SECRET|EVIL/);
  });

  it('refuses methods other than GET and HEAD on the page', async () => {
    for (const method of ['POST', 'PUT', 'DELETE', 'PATCH']) {
      expect((await raw(method, '/index.html', { host: own() }, 'x')).status, method).toBe(405);
    }
  });
});

describe('browser mode: only 127.0.0.1 answers', () => {
  /** Whether a TCP connection to address:port is accepted. */
  function accepts(address: string): Promise<boolean> {
    return new Promise((resolve) => {
      const socket = connect({ host: address, port, timeout: 2000 });
      socket.once('connect', () => {
        socket.destroy();
        resolve(true);
      });
      socket.once('error', () => resolve(false));
      socket.once('timeout', () => {
        socket.destroy();
        resolve(false);
      });
    });
  }

  it('is not reachable on ::1 or on any of this machine’s other addresses', async () => {
    expect(await accepts('127.0.0.1')).toBe(true);
    const others = Object.values(networkInterfaces())
      .flat()
      .filter((info) => info !== undefined && info.address !== '127.0.0.1' && !info.address.startsWith('fe80'))
      .map((info) => info!.address);
    // ::1 always: where IPv6 is off the connection fails anyway, which is the same answer.
    for (const address of new Set(['::1', ...others])) expect(await accepts(address), address).toBe(false);
  });
});
