import { ESLint } from 'eslint';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

/**
 * The lint rules behind "no eval, no HTML from strings" (eslint.config.mjs), run on small
 * snippets: each forbidden pattern must be reported, and the ordinary way must pass.
 */
const ROOT = join(__dirname, '..', '..', '..');
let eslint: ESLint;

beforeAll(() => {
  eslint = new ESLint({ cwd: ROOT });
});

/** The rule ids ESLint reports for `code` as if it were the file at `path`. */
async function rulesFor(code: string, path: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: join(ROOT, path) });
  return result!.messages.map((message) => message.ruleId ?? `fatal: ${message.message}`);
}

describe('lint: no code from strings, anywhere', () => {
  it.each([
    ['eval', 'export const run = (text: string) => eval(text);\n', 'no-eval'],
    ['new Function', 'export const make = (body: string) => new Function(body);\n', 'no-new-func'],
    ['Function()', 'export const make = (body: string) => Function(body);\n', 'no-new-func'],
    ['setTimeout with a string', "setTimeout('alert(1)', 10);\n", 'no-implied-eval'],
    ['a javascript: URL', "export const link = 'javascript:alert(1)';\n", 'no-script-url'],
  ])('%s is reported in src-main and src-renderer', async (_name, code, rule) => {
    expect(await rulesFor(code, 'src-main/electron/__lint_probe__.ts')).toContain(rule);
    expect(await rulesFor(code, 'src-renderer/__lint_probe__.ts')).toContain(rule);
  });
});

describe('lint: the renderer never turns text into HTML', () => {
  it.each([
    ['innerHTML', 'export function f(el: HTMLElement, text: string) {\n  el.innerHTML = text;\n}\n'],
    ['outerHTML', 'export function f(el: HTMLElement, text: string) {\n  el.outerHTML = text;\n}\n'],
    [
      'insertAdjacentHTML',
      "export function f(el: HTMLElement, text: string) {\n  el.insertAdjacentHTML('beforeend', text);\n}\n",
    ],
    ['createContextualFragment', 'export const f = (text: string) => document.createRange().createContextualFragment(text);\n'],
    ['document.write', 'export const f = (text: string) => document.write(text);\n'],
    ['document.writeln', 'export const f = (text: string) => document.writeln(text);\n'],
    ['srcdoc', 'export function f(frame: HTMLIFrameElement, text: string) {\n  frame.srcdoc = text;\n}\n'],
  ])('%s is reported', async (_name, code) => {
    expect(await rulesFor(code, 'src-renderer/__lint_probe__.ts')).toContain('no-restricted-syntax');
  });

  it.each([
    [
      'dangerouslySetInnerHTML',
      'export const A = ({ text }: { text: string }) => <div dangerouslySetInnerHTML={{ __html: text }} />;\n',
    ],
    ['an <iframe srcDoc>', 'export const A = ({ text }: { text: string }) => <iframe title="x" srcDoc={text} />;\n'],
    ['a <webview>', 'export const A = () => <webview src="https://evil.example" />;\n'],
  ])('%s in JSX is reported', async (_name, code) => {
    expect(await rulesFor(code, 'src-renderer/__lint_probe__.tsx')).toContain('no-restricted-syntax');
  });

  it('text rendered as a React child or set as textContent passes', async () => {
    const code =
      'export const A = ({ text }: { text: string }) => <p title={text}>{text}</p>;\n' +
      'export function b(el: HTMLElement, text: string) {\n  el.textContent = text;\n}\n';
    expect(await rulesFor(code, 'src-renderer/__lint_probe__.tsx')).toEqual([]);
  });
});
