import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, META_CONTENT_SECURITY_POLICY } from '../../../src-main/adapters/contentSecurityPolicy';

const ROOT = join(__dirname, '..', '..', '..');

/** directive name -> its sources, as a browser splits them. */
function parse(policy: string): Map<string, string[]> {
  const directives = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (!name) continue;
    expect(directives.has(name), `${name} appears twice`).toBe(false);
    directives.set(name.toLowerCase(), sources);
  }
  return directives;
}

/** The content of the <meta http-equiv="Content-Security-Policy"> tags of an HTML page. */
function metaPolicies(html: string): string[] {
  return [...html.matchAll(/<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"/gi)].map((match) => match[1]!);
}

describe('content security policy', () => {
  const header = parse(CONTENT_SECURITY_POLICY);

  it('allows scripts from the app itself only: no inline script, no eval, no wasm eval, no remote host', () => {
    expect(header.get('script-src')).toEqual(["'self'"]);
    expect(header.get('default-src')).toEqual(["'self'"]);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(
      /unsafe-(eval|inline|hashes)|wasm-unsafe-eval|strict-dynamic|nonce-|sha(256|384|512)-/,
    );
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/https?:|\*|ws:|wss:|file:/);
  });

  it('closes plugins, <base>, forms, framing, and connects only to itself', () => {
    expect(header.get('object-src')).toEqual(["'none'"]);
    expect(header.get('base-uri')).toEqual(["'none'"]);
    expect(header.get('form-action')).toEqual(["'none'"]);
    expect(header.get('frame-ancestors')).toEqual(["'none'"]);
    expect(header.get('connect-src')).toEqual(["'self'"]);
    expect(header.get('style-src')).toEqual(["'self'"]);
    // Images: the app's own, and the data:/blob: URLs of chart exports made in the page.
    expect(header.get('img-src')).toEqual(["'self'", 'data:', 'blob:']);
  });

  it('the meta policy is the header without frame-ancestors (ignored, with an error, in a meta tag)', () => {
    const meta = parse(META_CONTENT_SECURITY_POLICY);
    expect(meta.has('frame-ancestors')).toBe(false);
    expect(new Map([...meta, ['frame-ancestors', ["'none'"]]])).toEqual(header);
  });

  it('src-renderer/index.html carries exactly the meta policy', () => {
    const html = readFileSync(join(ROOT, 'src-renderer', 'index.html'), 'utf8');
    expect(metaPolicies(html)).toEqual([META_CONTENT_SECURITY_POLICY]);
  });

  it('the built page (dist/renderer/index.html) still carries it', () => {
    const built = join(ROOT, 'dist', 'renderer', 'index.html');
    expect(existsSync(built), 'dist/renderer is missing: run `node scripts/build.mjs` (npm test does)').toBe(true);
    expect(metaPolicies(readFileSync(built, 'utf8'))).toEqual([META_CONTENT_SECURITY_POLICY]);
  });
});
