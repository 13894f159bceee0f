// Browser mode for the browser cases: the built server (dist/main/browserMain.cjs) on a register,
// and Debian's Chromium through playwright-core with the e2e tests' flags.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { browserModeUrl, CHROMIUM_ARGS, CHROMIUM_PATH } from '../tests/helpers/browserModeProcess';

export const SERVER = resolve('dist/main/browserMain.cjs');

export interface BrowserApp {
  url: string;
  browser: Browser;
  page: Page;
  /** The server process's peak RSS since the last reset (MB), or null where /proc is not there. */
  serverPeakRssMb(): number | null;
  resetServerPeakRss(): void;
  close(): Promise<void>;
}

export async function startBrowserApp(registerPath: string, dataDir: string): Promise<BrowserApp> {
  if (!existsSync(SERVER)) throw new Error(`${SERVER} is missing: run \`node scripts/build.mjs --quiet\` first`);
  mkdirSync(dataDir, { recursive: true });
  const server: ChildProcess = spawn(process.execPath, [SERVER, '--data-dir', dataDir, '--db', registerPath], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const url = await browserModeUrl(server, 120_000);
  await waitForDailyBackup(url);
  // Loaded here: the other cases' processes need not carry playwright-core in their memory.
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: CHROMIUM_ARGS,
  });
  const page = await browser.newPage({ viewport: { width: 1500, height: 900 } });
  const statusFile = `/proc/${server.pid}/status`;
  return {
    url,
    browser,
    page,
    serverPeakRssMb() {
      try {
        const match = /^VmHWM:\s+(\d+) kB/m.exec(readFileSync(statusFile, 'utf8'));
        return match ? Number(match[1]) / 1024 : null;
      } catch {
        return null;
      }
    },
    resetServerPeakRss() {
      try {
        writeFileSync(`/proc/${server.pid}/clear_refs`, '5');
      } catch {
        // Not Linux: the peak then covers the whole run.
      }
    },
    async close() {
      await browser.close();
      if (server.exitCode === null) {
        const exited = new Promise((done) => server.once('exit', done));
        server.kill('SIGTERM');
        await exited;
      }
    },
  };
}

/**
 * Browser mode makes a daily backup of the register in the background at its first open in a data
 * folder (a copy of the whole file): wait for it, so it does not run beside the measurements. A
 * server without backups (an older build) answers the call with an error: nothing to wait for.
 */
async function waitForDailyBackup(url: string): Promise<void> {
  const parsed = new URL(url);
  const token = parsed.hash.replace('#token=', '');
  const deadline = Date.now() + 15 * 60_000;
  while (Date.now() < deadline) {
    const response = await fetch(`${parsed.origin}/api/backups.list`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Kanalenregister-Token': token, Origin: parsed.origin },
      body: '{}',
    });
    const result = (await response.json()) as { ok: boolean; value?: unknown[] };
    if (!result.ok || (result.value?.length ?? 0) > 0) return;
    await new Promise((done) => setTimeout(done, 250));
  }
  throw new Error('the daily backup of browser mode did not finish within 15 minutes');
}

/** Rows of the channel grid (not the spacer, group or new-channel rows), as scripts/measure-grid.ts reads them. */
export const GRID_ROWS = 'table.channel-grid tbody tr:not(.spacer):not(.group-row):not(.new-row)';

/** Waits until the grid shows rows and none of its cells is still loading. */
export async function gridSettled(page: Page): Promise<void> {
  await page.waitForFunction(
    (selector) =>
      document.querySelectorAll(selector).length > 0 && document.querySelectorAll(`${selector} .loading-cell`).length === 0,
    GRID_ROWS,
    { polling: 'raf', timeout: 60_000 },
  );
}

export function dataDirOf(scratch: string): string {
  return join(scratch, 'browser-data');
}
