import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { browserModeUrl, CHROMIUM_ARGS, CHROMIUM_PATH } from '../helpers/browserModeProcess';

const ROOT = join(__dirname, '..', '..');
const SERVER = join(ROOT, 'dist', 'main', 'browserMain.cjs');

export interface RunningApp {
  url: string;
  origin: string;
  token: string;
  dataDir: string;
  stop(): Promise<void>;
}

/** Starts the real browser-mode server (the built bundle) on a free port with its own data folder. */
export async function startApp(extraArgs: string[] = []): Promise<RunningApp> {
  if (!existsSync(SERVER)) throw new Error(`${SERVER} is missing: run \`npm run build\` first (npm test does).`);
  const dataDir = mkdtempSync(join(tmpdir(), 'kanalenregister-e2e-'));
  const child: ChildProcess = spawn(process.execPath, [SERVER, '--data-dir', dataDir, ...extraArgs], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const url = await browserModeUrl(child, 20_000);
  const parsed = new URL(url);
  return {
    url,
    origin: parsed.origin,
    token: parsed.hash.replace('#token=', ''),
    dataDir,
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        await exited;
      }
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/**
 * Calls `method` over the server's HTTP API the way the browser-mode renderer does (token header,
 * same Origin), so a suite can set up data without clicking; a refused call throws with its message.
 */
export async function api<T = unknown>(app: RunningApp, method: string, input: unknown): Promise<T> {
  const response = await fetch(`${app.origin}/api/${method}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Kanalenregister-Token': app.token, Origin: app.origin },
    body: JSON.stringify(input),
  });
  const result = (await response.json()) as { ok: boolean; value: T; error?: { message: string } };
  if (!result.ok) throw new Error(`${method}: ${result.error?.message}`);
  return result.value;
}

export async function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: CHROMIUM_ARGS,
  });
}

interface AxeResults {
  violations: Array<{ id: string; impact: string; help: string; nodes: Array<{ target: unknown }> }>;
}

/** Runs axe-core in the page and returns the serious and critical violations. */
export async function seriousAxeViolations(page: Page, context?: string) {
  const source = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
  // Evaluated over the DevTools protocol: the app's CSP rightly refuses inline <script> tags.
  await page.evaluate(source);
  const results = await page.evaluate(async (selector) => {
    const { axe } = window as unknown as { axe: { run(context: unknown, options: unknown): Promise<AxeResults> } };
    return axe.run(selector ? document.querySelector(selector) : document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
    });
  }, context ?? null);
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${JSON.stringify(v.nodes.map((n) => n.target))}`);
}

export interface OpenAppOptions {
  /** Extra arguments for the server, e.g. `['--db', path]`. */
  args?: string[];
  viewport: { width: number; height: number };
  acceptDownloads?: boolean;
  /** Runs before the first navigation, so listeners (console errors) see the whole page load. */
  beforeGoto?: (page: Page) => void;
  /** File name the register bar must show before the tests start. */
  register?: string;
}

export interface OpenApp {
  app: RunningApp;
  browser: Browser;
  page: Page;
  /** Closes the browser and stops the server; for afterAll. */
  close(): Promise<void>;
}

/** The setup every page-level suite shares: a server, a Chromium, one page on the app. */
export async function openApp(options: OpenAppOptions): Promise<OpenApp> {
  const app = await startApp(options.args);
  let browser: Browser | undefined;
  const close = async () => {
    await browser?.close();
    await app.stop();
  };
  try {
    browser = await launchChromium();
    const page = await browser.newPage({ viewport: options.viewport, acceptDownloads: options.acceptDownloads });
    options.beforeGoto?.(page);
    await page.goto(app.url);
    if (options.register) await page.locator('.register-name', { hasText: options.register }).waitFor({ timeout: 15_000 });
    return { app, browser, page, close };
  } catch (error) {
    // beforeAll failed, so afterAll has nothing to close: do it here rather than leak the server.
    await close();
    throw error;
  }
}
