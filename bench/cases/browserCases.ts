// The browser cases: Chromium on browser mode, timed from the user's action to the pixels' DOM
// (rows in the grid, lines in the chart). No library baseline: the targets are absolute. The
// peak RSS is the server process's (the app's Node side); details.jsHeapMb is the page's JS heap.
import type { Page } from 'playwright-core';
import { GRID_ROWS, dataDirOf, gridSettled, startBrowserApp, type BrowserApp } from '../browserApp';
import { GROWTH_ORGANISATION } from '../syntheticRegister';
import type { BenchCase, PreparedCase } from './benchCase';

async function jsHeapMb(page: Page): Promise<number> {
  const session = await page.context().newCDPSession(page);
  await session.send('Performance.enable');
  const { metrics } = await session.send('Performance.getMetrics');
  await session.detach();
  const used = metrics.find((metric) => metric.name === 'JSHeapUsedSize')?.value ?? 0;
  return Math.round(used / 1024 / 1024);
}

/** Measures the server's peak RSS instead of this process's. */
function serverMemory(app: BrowserApp): PreparedCase['memory'] {
  return { reset: () => app.resetServerPeakRss(), read: () => app.serverPeakRssMb() ?? 0 };
}

interface LongTasks {
  longTasks: number[];
}

/** Main-thread tasks over 50 ms (a frozen page shows up there), collected from the first navigation on. */
async function watchLongTasks(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as LongTasks;
    w.longTasks = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) w.longTasks.push(entry.duration);
    }).observe({ entryTypes: ['longtask'] });
  });
}

const firstName = (page: Page) => page.locator(`${GRID_ROWS} th.name-cell`).first().textContent();

export const browserFirstRowsCase: BenchCase = {
  id: 'browser-first-rows',
  name: 'browser: first grid rows visible after navigation, 10,000 channels',
  target: { maxAppMs: 1000, text: '< 1 s' },
  uses: ['main'],
  async prepare({ registers, scratch, sizes }) {
    const app = await startBrowserApp(registers.main, dataDirOf(scratch));
    const { page } = app;
    return {
      warmup: true,
      repetitions: sizes.repsHeavy + 2,
      details: { channels: sizes.channels },
      memory: serverMemory(app),
      app: {
        // A blank page first, so every navigation loads the app from scratch.
        setup: () => page.goto('about:blank'),
        run: async () => {
          await page.goto(app.url);
          await gridSettled(page);
          return page.locator(GRID_ROWS).count();
        },
      },
      async close(details) {
        details.jsHeapMb = await jsHeapMb(page);
        await app.close();
      },
    };
  },
};

export const browserSortCase: BenchCase = {
  id: 'browser-sort',
  name: 'browser: sort 100,000-row grid by name, rows repainted',
  target: { maxAppMs: 300, text: '< 300 ms' },
  uses: ['wide'],
  async prepare({ registers, scratch, sizes }) {
    const app = await startBrowserApp(registers.wide, dataDirOf(scratch));
    const { page } = app;
    await page.goto(app.url);
    await gridSettled(page);
    let before: string | null = null;
    return {
      warmup: true,
      repetitions: sizes.repsLight,
      details: { channels: sizes.wideChannels },
      memory: serverMemory(app),
      app: {
        setup: async () => {
          before = await firstName(page);
        },
        // Each click turns the name order around (or sets it): the first row always changes.
        run: async () => {
          await page.getByRole('button', { name: /^Naam/ }).click();
          await page.waitForFunction(
            ([selector, previous]) => document.querySelector(`${selector} th.name-cell`)?.textContent !== previous,
            [GRID_ROWS, before] as const,
            { polling: 'raf', timeout: 60_000 },
          );
          await gridSettled(page);
          return firstName(page);
        },
      },
      async close(details) {
        details.jsHeapMb = await jsHeapMb(page);
        await app.close();
      },
    };
  },
};

export const browserGrowthChartCase: BenchCase = {
  id: 'browser-growth-chart',
  name: 'browser: growth chart of 20 channels x 10 years drawn',
  target: { maxAppMs: 500, text: '< 500 ms' },
  uses: ['main'],
  async prepare({ registers, scratch, sizes }) {
    const app = await startBrowserApp(registers.main, dataDirOf(scratch));
    const { page } = app;
    await watchLongTasks(page);
    await page.goto(app.url);
    await page.getByRole('link', { name: 'Groei', exact: true }).click();
    await page.getByRole('radio', { name: 'per organisatie' }).check();
    const organisation = page.getByRole('checkbox', { name: new RegExp(`^${GROWTH_ORGANISATION}`) });
    await organisation.waitFor({ timeout: 60_000 });
    const lines = (count: number) =>
      page.waitForFunction(
        (expected) => {
          const section = [...document.querySelectorAll('section.chart-section')].find((s) =>
            s.querySelector('h2')?.textContent?.startsWith('Volgers door de tijd'),
          );
          const paths = section ? [...section.querySelectorAll('.recharts-line-curve')] : [];
          return paths.length === expected && paths.every((path) => (path.getAttribute('d') ?? '').length > 0);
        },
        count,
        { polling: 'raf', timeout: 60_000 },
      );
    // Where the time goes: each API call of the last repetition, from its request to its answer.
    const calls: Array<{ method: string; startMs: number; ms: number }> = [];
    const origin = new URL(app.url).origin;
    page.on('requestfinished', (request) => {
      if (!request.url().startsWith(`${origin}/api/`)) return;
      const timing = request.timing();
      calls.push({
        method: request.url().slice(origin.length + 5),
        startMs: Math.round(timing.startTime),
        ms: Math.round(timing.responseEnd),
      });
    });
    return {
      warmup: true,
      repetitions: sizes.repsHeavy,
      details: { channels: sizes.growthChannels, days: sizes.growthDays },
      memory: serverMemory(app),
      app: {
        setup: async () => {
          if (await organisation.isChecked()) await organisation.uncheck();
          await page.waitForFunction(() => document.querySelectorAll('.recharts-line-curve').length === 0, undefined, {
            timeout: 60_000,
          });
        },
        run: async () => {
          calls.length = 0;
          await page.evaluate(() => ((window as unknown as LongTasks).longTasks = []));
          await organisation.check();
          await lines(sizes.growthChannels);
          return sizes.growthChannels;
        },
      },
      async close(details) {
        details.jsHeapMb = await jsHeapMb(page);
        const first = Math.min(...calls.map((call) => call.startMs));
        details.lastRepApiCalls = calls.map((call) => ({ ...call, startMs: call.startMs - first }));
        details.lastRepLongTasksMs = await page.evaluate(() => (window as unknown as LongTasks).longTasks.map(Math.round));
        await app.close();
      },
    };
  },
};
