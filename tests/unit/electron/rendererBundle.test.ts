import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

/**
 * "No remote content, no eval", checked on what actually ships: the built renderer. The CSP
 * (contentSecurityPolicy.test.ts) would block both at run time; this catches them at build time.
 */
const RENDERER = join(__dirname, '..', '..', '..', 'dist', 'renderer');

/**
 * URLs that appear in the bundle as plain strings and are never fetched: XML namespaces, links in
 * library error messages, JSON Schema ids (zod's toJSONSchema), and the scheme prefixes the
 * channel URL parser adds to a typed address. Anything else is a new remote reference to review.
 */
const INERT_URL_PREFIXES = [
  'http://www.w3.org/',
  'https://react.dev/errors/',
  'https://redux.js.org/Errors',
  'https://redux-toolkit.js.org/Errors',
  'https://bit.ly/3cXEKWf', // immer's "Object.freeze" notice, in a thrown message
  'http://json-schema.org/',
  'https://json-schema.org/',
  'http://[${', // zod's IPv6 check: `new URL(\`http://[${text}]\`)` parses, never fetches
  'http://${', // shared/domain/channelUrl.ts: `http://${typed}` for an address typed without a scheme (parsed, never fetched)
];

/**
 * The two places where a dependency builds a function from a string. Neither builds code in the
 * app: decimal.js (recharts) only when `self` does not exist; zod's is a try/catch probe for its
 * JIT, which the CSP refuses (zod then validates without it; DEVELOPERS.md). A third one fails this test.
 */
const KNOWN_FUNCTION_CONSTRUCTORS = ['Function(`return this`)', 'Function(``)'];

let html: string;
let scripts: Array<{ name: string; code: string }>;

beforeAll(() => {
  expect(existsSync(join(RENDERER, 'index.html')), 'dist/renderer is missing: run `node scripts/build.mjs` (npm test does)').toBe(
    true,
  );
  html = readFileSync(join(RENDERER, 'index.html'), 'utf8');
  scripts = readdirSync(join(RENDERER, 'assets'))
    .filter((name) => name.endsWith('.js'))
    .map((name) => ({ name, code: readFileSync(join(RENDERER, 'assets', name), 'utf8') }));
  expect(scripts.length).toBeGreaterThan(0);
});

describe('the built renderer', () => {
  it('index.html loads only its own relative files: no remote or protocol-relative src/href, no inline script or style', () => {
    const references = [...html.matchAll(/\b(?:src|href)="([^"]*)"/g)].map((match) => match[1]!);
    expect(references.length).toBeGreaterThan(1);
    for (const reference of references) expect(reference, reference).toMatch(/^\.\/assets\/[\w.-]+\.(js|css)$/);
    // Every <script> has a src (no inline code the CSP would have to allow), and there is no <style>, <iframe>, <base>.
    for (const tag of html.match(/<script\b[^>]*>/g) ?? []) expect(tag).toMatch(/\bsrc="/);
    expect(html).not.toMatch(/<script\b[^>]*>\s*[^<\s]/);
    expect(html).not.toMatch(/<(style|iframe|base|object|embed)\b/i);
    expect(html).not.toMatch(/\son[a-z]+=/i);
  });

  it('its scripts import nothing remote and reference no URL beyond the inert ones', () => {
    for (const { name, code } of scripts) {
      expect(code, name).not.toMatch(/\bimport\s*\(\s*["'`](https?:)?\/\//);
      expect(code, name).not.toMatch(/\bfrom\s*["'`](https?:)?\/\//);
      expect(code, name).not.toMatch(/\bimportScripts\s*\(/);
      for (const [url] of code.matchAll(/https?:\/\/[^\s"'`)\\]+/g)) {
        expect(
          INERT_URL_PREFIXES.some((prefix) => url.startsWith(prefix)),
          `${name} references ${url}: a remote resource? Add it to INERT_URL_PREFIXES only if it is never fetched.`,
        ).toBe(true);
      }
    }
  });

  it('its scripts contain no eval and no function built from a string beyond the two known, unreached ones', () => {
    const found: string[] = [];
    for (const { name, code } of scripts) {
      expect(code, name).not.toMatch(/(^|[^\w.$])eval\s*\(/);
      expect(code, name).not.toMatch(/\bsetTimeout\s*\(\s*["'`]|\bsetInterval\s*\(\s*["'`]/);
      for (const match of code.matchAll(/(?:new\s+)?(?<![\w$.])Function\s*\([^)]{0,40}\)/g)) found.push(match[0]);
    }
    expect(found.sort()).toEqual([...KNOWN_FUNCTION_CONSTRUCTORS].sort());
  });
});
