import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import sample from '../../resources/sample/mechelen-2014.json';
import { openApp, seriousAxeViolations, type RunningApp } from './browserMode';

const SCREENSHOTS = join(__dirname, '..', '..', 'test-results');
const channelRows = (page: Page) => page.locator('table.channel-grid tbody tr:not(.group-row):not(.new-row):not(.spacer)');

describe('browser mode on first start', () => {
  let app: RunningApp;
  let page: Page;
  let close: (() => Promise<void>) | undefined;

  beforeAll(async () => {
    // Tall enough that the virtualised grid renders all 44 rows at once.
    ({ app, page, close } = await openApp({ viewport: { width: 1400, height: 2600 } }));
  });

  afterAll(async () => {
    await close?.();
  });

  it('opens the 2014 sample and lists every channel in it', async () => {
    await expect.poll(() => page.locator('.table-status').textContent(), { timeout: 15_000 }).toBe('44 kanalen');
    await expect.poll(() => channelRows(page).count()).toBe(sample.channels.length);
    await expect.poll(() => page.locator('.register-name').textContent()).toBe('Voorbeeld Mechelen 2014.sqlite');

    const names = await channelRows(page).locator('th.name-cell').allTextContents();
    for (const channel of sample.channels) {
      expect(names.some((text) => text.startsWith(channel.name))).toBe(true);
    }
    const stadsbestuur = channelRows(page).filter({ hasText: 'Stadsbestuur Mechelen' }).filter({ hasText: 'Facebook' });
    const texts = async () =>
      Promise.all(
        ['platform', 'organisation', 'status', 'latestCount', 'latestDate'].map((c) =>
          stadsbestuur.locator(`.col-${c}`).textContent(),
        ),
      );
    await expect.poll(texts).toEqual(['Facebook', 'Stad Mechelen', 'Niet beoordeeld', '3.107 likes', '02/09/2014']);
    mkdirSync(SCREENSHOTS, { recursive: true });
    await page.setViewportSize({ width: 1400, height: 900 });
    await page.screenshot({ path: join(SCREENSHOTS, 'channels-sample.png'), fullPage: false });
    await page.setViewportSize({ width: 1400, height: 2600 });
  });

  it('takes the token out of the address bar and keeps working', async () => {
    expect(page.url()).not.toContain('token=');
    await page.reload();
    await expect.poll(() => channelRows(page).count(), { timeout: 15_000 }).toBe(sample.channels.length);
  });

  it('sorts in the core when a column header is clicked', async () => {
    const firstCount = () => channelRows(page).first().locator('.col-latestCount').textContent();
    await page.getByRole('button', { name: /^Laatste telling/ }).click();
    await expect.poll(firstCount).toBe('22 volgers');
    await page.getByRole('button', { name: /^Laatste telling/ }).click();
    await expect.poll(firstCount).toBe('3.107 likes');
    const header = page.locator('thead th[aria-sort]');
    await expect.poll(() => header.getAttribute('aria-sort')).toBe('descending');
  });

  it('searches accent- and case-insensitively', async () => {
    const rows = channelRows(page);
    await page.getByLabel('Zoeken', { exact: true }).fill('PLUS.GOOGLE');
    await expect.poll(() => rows.count()).toBe(7);
    expect(new Set(await rows.locator('.col-platform').allTextContents())).toEqual(new Set(['Google+']));
    // The organisation "Cultuurcentrum Mechelen" owns the Facebook page, the website and @CC Mechelen.
    await page.getByLabel('Zoeken', { exact: true }).fill('CULTÚÚRCENTRUM');
    await expect.poll(() => rows.count()).toBe(3);
    await page.getByLabel('Zoeken', { exact: true }).fill('');
    await expect.poll(() => rows.count()).toBe(sample.channels.length);
  });

  it('navigates by keyboard between the sections', async () => {
    await page.keyboard.press('Tab'); // skip link
    await page.getByRole('link', { name: 'Groei' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Groei');
    await page.getByRole('link', { name: 'Kanalen' }).click();
    await expect.poll(() => channelRows(page).count()).toBe(sample.channels.length);
  });

  it('has no serious or critical accessibility violations', async () => {
    expect(await seriousAxeViolations(page)).toEqual([]);
  });

  it('switches to English', async () => {
    await page.getByLabel('Taal').selectOption('en');
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Channels');
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('en');
    await page.getByLabel('Language').selectOption('nl');
  });

  it('refuses an API call without the token', async () => {
    const response = await fetch(`${app.origin}/api/channels.list`, { method: 'POST', body: '{}' });
    expect(response.status).toBe(401);
    const body = (await response.json()) as { ok: boolean; error: { code: string } };
    expect(body).toMatchObject({ ok: false, error: { code: 'UNAUTHORISED' } });
  });
});
