import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../../src-main/adapters/contentSecurityPolicy';

vi.mock('electron', () => ({ net: {}, protocol: {} }));
const { rendererResponse } = await import('../../../src-main/electron/appProtocol');

let root: string;
let rendererDir: string;
/** Every file URL the handler asked to read: none may point outside the renderer folder. */
const read: string[] = [];

/** Electron's net.fetch over file://, played by the file system. */
async function fetchFile(fileUrl: string): Promise<Response> {
  read.push(fileUrl);
  return new Response(readFileSync(fileURLToPath(fileUrl)), { status: 200, headers: { 'content-type': 'text/plain' } });
}

beforeAll(() => {
  // <root>/renderer is served; <root>/secret.txt and <root>/renderer-evil/x.js sit beside it and must never be.
  root = mkdtempSync(join(tmpdir(), 'kanalenregister-protocol-'));
  rendererDir = join(root, 'renderer');
  mkdirSync(join(rendererDir, 'assets'), { recursive: true });
  writeFileSync(join(rendererDir, 'index.html'), 'INDEX');
  writeFileSync(join(rendererDir, 'assets', 'app.js'), 'APP_JS');
  writeFileSync(join(root, 'secret.txt'), 'SECRET');
  mkdirSync(join(root, 'renderer-evil'));
  writeFileSync(join(root, 'renderer-evil', 'x.js'), 'EVIL');
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

async function get(url: string) {
  const response = await rendererResponse(url, rendererDir, fetchFile);
  return { status: response.status, headers: response.headers, text: await response.text() };
}

describe('app:// protocol handler', () => {
  it('serves files of the renderer folder, with the CSP and nosniff', async () => {
    const reply = await get('app://kanalenregister/assets/app.js');
    expect(reply).toMatchObject({ status: 200, text: 'APP_JS' });
    expect(reply.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(reply.headers.get('x-content-type-options')).toBe('nosniff');
    expect((await get('app://kanalenregister/')).text).toBe('INDEX');
    expect((await get('app://kanalenregister/index.html')).text).toBe('INDEX');
    // Client-side routes fall back to the page.
    expect((await get('app://kanalenregister/kosten/overzicht')).text).toBe('INDEX');
  });

  it('refuses other hosts (and user-info tricks) with 404, still with the CSP', async () => {
    for (const url of [
      'app://evil/index.html',
      'app://kanalenregister.evil/index.html',
      'app://evil@kanalenregister/index.html',
      'app://kanalenregister:81/index.html',
      'app:///index.html',
    ]) {
      const reply = await get(url);
      expect(reply.status, url).toBe(404);
      expect(reply.text, url).not.toBe('INDEX');
      expect(reply.headers.get('content-security-policy'), url).toBe(CONTENT_SECURITY_POLICY);
    }
  });

  it('never reads outside the renderer folder, whatever the path says', async () => {
    const attempts = [
      'app://kanalenregister/../secret.txt',
      'app://kanalenregister/assets/../../secret.txt',
      'app://kanalenregister/..%2fsecret.txt',
      'app://kanalenregister/..%2F..%2Fsecret.txt',
      'app://kanalenregister/%2e%2e/secret.txt',
      'app://kanalenregister/%2e%2e%2fsecret.txt',
      'app://kanalenregister/..%5csecret.txt',
      'app://kanalenregister/..\\secret.txt',
      'app://kanalenregister/%2e%2e%2frenderer-evil%2fx.js',
      `app://kanalenregister/${encodeURIComponent(join(root, 'secret.txt'))}`,
      'app://kanalenregister/%2e%2e%2f%2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fpasswd',
    ];
    for (const url of attempts) {
      const reply = await get(url);
      expect(reply.text, url).not.toMatch(/SECRET|EVIL|root:/);
      expect([200, 400, 404], url).toContain(reply.status);
    }
    for (const fileUrl of read) expect(fileURLToPath(fileUrl).startsWith(join(rendererDir, '/'))).toBe(true);
  });

  it('answers a malformed escape or a NUL byte with 400, without reading a file', async () => {
    const before = read.length;
    for (const url of ['app://kanalenregister/%E0%A4%A', 'app://kanalenregister/index.html%00.js']) {
      expect((await get(url)).status, url).toBe(400);
    }
    expect(read.length).toBe(before);
  });
});
