// Measures the channel grid in Chromium on a large register: first rows, scrolling, sorting,
// and the longest main-thread task (a frozen UI shows up there). Not a test: numbers vary per
// machine. `node scripts/run-ts.mjs scripts/measure-grid.ts [channels=100000]` (after a build).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { browserModeUrl, CHROMIUM_ARGS, CHROMIUM_PATH } from '../tests/helpers/browserModeProcess';

const count = Number(process.argv[2] ?? 100_000);
const root = process.cwd();
const dir = mkdtempSync(join(tmpdir(), 'kanalenregister-measure-'));
const file = join(dir, `groot-${count}.sqlite`);

async function main() {
  if (!existsSync(join(root, 'dist/main/browserMain.cjs'))) throw new Error('run `npm run build` first');
  const generated = spawnSync(
    process.execPath,
    [join(root, 'scripts/run-ts.mjs'), join(root, 'scripts/generate-register.ts'), file, String(count)],
    {
      stdio: 'inherit',
    },
  );
  if (generated.status !== 0) throw new Error('generating the register failed');

  const server = spawn(process.execPath, [join(root, 'dist/main/browserMain.cjs'), '--data-dir', dir, '--db', file], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const url = await browserModeUrl(server, 120_000);
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: CHROMIUM_ARGS,
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1500, height: 900 } });
    await page.addInitScript(() => {
      const w = window as unknown as { longest: number };
      w.longest = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) w.longest = Math.max(w.longest, entry.duration);
      }).observe({ entryTypes: ['longtask'] });
    });
    const rows = 'table.channel-grid tbody tr:not(.spacer):not(.group-row):not(.new-row)';
    const firstName = () => page.locator(`${rows} th.name-cell`).first().textContent();
    const settled = async () => {
      await page.waitForFunction((selector) => {
        const cells = document.querySelectorAll(`${selector} .loading-cell`);
        return document.querySelectorAll(selector).length > 0 && cells.length === 0;
      }, rows);
    };

    let started = Date.now();
    await page.goto(url);
    await page.locator(rows).first().waitFor();
    await settled();
    const firstRows = Date.now() - started;

    const scrolls: number[] = [];
    for (const fraction of [0.25, 0.5, 0.75, 1]) {
      started = Date.now();
      await page.evaluate((f) => {
        const scroller = document.querySelector('.grid-scroll')!;
        scroller.scrollTop = (scroller.scrollHeight - scroller.clientHeight) * f;
      }, fraction);
      await page.waitForTimeout(16);
      await settled();
      scrolls.push(Date.now() - started);
    }
    await page.evaluate(() => (document.querySelector('.grid-scroll')!.scrollTop = 0));
    await settled();

    const before = await firstName();
    started = Date.now();
    await page.getByRole('button', { name: /^Naam/ }).click();
    await page.waitForFunction(
      ([selector, previous]) => document.querySelector(`${selector} th.name-cell`)?.textContent !== previous,
      [rows, before] as const,
    );
    await settled();
    const sortByName = Date.now() - started;

    started = Date.now();
    await page.getByRole('button', { name: /^Laatste telling/ }).click();
    await page.waitForTimeout(16);
    await settled();
    const sortByCount = Date.now() - started;

    const longest = await page.evaluate(() => (window as unknown as { longest: number }).longest);
    const total = await page.locator('.table-status').textContent();
    console.log(
      JSON.stringify(
        {
          channels: count,
          shown: total,
          firstRowsMs: firstRows,
          scrollMs: scrolls,
          sortByNameMs: sortByName,
          sortByCountMs: sortByCount,
          longestTaskMs: Math.round(longest),
        },
        null,
        2,
      ),
    );
  } finally {
    await browser.close();
    server.kill('SIGTERM');
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  rmSync(dir, { recursive: true, force: true });
  process.exit(1);
});
