import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApp, seriousAxeViolations } from './browserMode';

const SCREENSHOTS = join(__dirname, '..', '..', 'test-results');
const FIXTURES = join(__dirname, '..', 'fixtures', 'snapshots');

const STADSBESTUUR = 'Nieuwe telling voor Stadsbestuur Mechelen (Facebook)';
const TWITTER = 'Nieuwe telling voor Stad Mechelen (Twitter / X)';

const sheetRow = (page: Page, inputLabel: string) =>
  page.locator('table.counts-sheet tbody tr', { has: page.getByLabel(inputLabel, { exact: true }) });
const gridRow = (page: Page, name: string, platform: string) =>
  page
    .locator('table.channel-grid tbody tr', { has: page.locator('th.name-cell', { hasText: new RegExp(`^${name}$`) }) })
    .filter({ has: page.locator('.col-platform', { hasText: platform }) });
const gridCell = (page: Page, name: string, platform: string, column: string) =>
  gridRow(page, name, platform).locator(`.col-${column}`);

async function openCounts(page: Page) {
  await page.getByRole('link', { name: 'Tellingen', exact: true }).click();
  await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Tellingen');
}

async function setSheetDate(page: Page, text: string) {
  const date = page.getByLabel('Datum van de telling');
  await date.fill(text);
  await expect
    .poll(() => page.locator('table.counts-sheet caption').textContent(), { timeout: 15_000 })
    .toContain(`Telling van ${text}`);
}

describe('counts: the monthly sheet, paste and duplicates', () => {
  let page: Page;
  let close: (() => Promise<void>) | undefined;

  beforeAll(async () => {
    ({ page, close } = await openApp({ viewport: { width: 1400, height: 1000 }, register: 'Voorbeeld Mechelen 2014.sqlite' }));
    mkdirSync(SCREENSHOTS, { recursive: true });
  });

  afterAll(async () => {
    await close?.();
  });

  it('shows every active channel with its previous count', async () => {
    await openCounts(page);
    await setSheetDate(page, '01/10/2014');
    const row = sheetRow(page, STADSBESTUUR);
    await expect.poll(() => row.locator('td').nth(1).textContent()).toBe('3.107 (02/09/2014)');
    // The Google+ pages are dormant: not on the sheet.
    expect(await page.locator('table.counts-sheet tbody th', { hasText: 'Google+' }).count()).toBe(0);
    expect(await seriousAxeViolations(page)).toEqual([]);
  });

  it('fills two channels by keyboard, shows the difference live and saves in one go', async () => {
    await page.getByLabel(STADSBESTUUR, { exact: true }).focus();
    await page.keyboard.type('3.250');
    await expect.poll(() => sheetRow(page, STADSBESTUUR).locator('td').last().textContent()).toBe('▲ stijging: +143');

    // Enter goes to the next channel's field.
    await page.keyboard.press('Enter');
    const next = await page.evaluate(() => document.activeElement?.getAttribute('aria-label'));
    expect(next).toMatch(/^Nieuwe telling voor /);
    expect(next).not.toBe(STADSBESTUUR);

    await page.getByLabel(TWITTER, { exact: true }).focus();
    const twitterBefore = await sheetRow(page, TWITTER).locator('td').nth(1).textContent();
    const previousTwitter = Number((twitterBefore ?? '').split(' ')[0]!.replace(/\./g, ''));
    expect(previousTwitter).toBeGreaterThan(0);
    await page.keyboard.type(String(previousTwitter + 25));
    await expect.poll(() => sheetRow(page, TWITTER).locator('td').last().textContent()).toBe('▲ stijging: +25');

    // A typo is refused before anything is sent.
    await page.keyboard.press('ArrowUp');
    await page.keyboard.type('12a');
    const save = page.getByRole('button', { name: /^Tellingen opslaan/ });
    await expect.poll(() => save.isDisabled()).toBe(true);
    await page.keyboard.press('Backspace');
    await page.keyboard.press('Backspace');
    await page.keyboard.press('Backspace');
    await expect.poll(() => save.textContent()).toBe('Tellingen opslaan (2)');
    await page.screenshot({ path: join(SCREENSHOTS, 'counts-sheet.png') });

    await save.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('.save-summary').first().textContent()).toContain('2 nieuwe tellingen opgeslagen.');
    // Saved: the fields are empty again and the sheet knows the counts of this date.
    await expect.poll(() => page.getByLabel(STADSBESTUUR, { exact: true }).inputValue()).toBe('');
    await expect.poll(() => sheetRow(page, STADSBESTUUR).textContent()).toContain('Al geteld op deze datum: 3.250');
  });

  it('shows the new latest count in the Kanalen grid', async () => {
    await page.getByRole('link', { name: 'Kanalen', exact: true }).click();
    await page.getByLabel('Zoeken', { exact: true }).fill('Stadsbestuur');
    await expect.poll(() => gridCell(page, 'Stadsbestuur Mechelen', 'Facebook', 'latestCount').textContent()).toBe('3.250 likes');
    expect(await gridCell(page, 'Stadsbestuur Mechelen', 'Facebook', 'latestDate').textContent()).toBe('01/10/2014');

    // The detail panel lists the counts, newest first.
    await gridRow(page, 'Stadsbestuur Mechelen', 'Facebook').locator('.details-button').click();
    const panel = page.getByRole('complementary', { name: /Details: Stadsbestuur Mechelen/ });
    await expect.poll(() => panel.getByRole('heading', { name: 'Laatste tellingen' }).count()).toBe(1);
    const counts = page.locator('table.snapshot-list tbody tr');
    await expect.poll(() => counts.count()).toBe(2);
    expect(await counts.first().locator('th').textContent()).toBe('01/10/2014');
    expect(await counts.first().locator('td').first().textContent()).toBe('3.250 likes');
    expect(await counts.nth(1).locator('th').textContent()).toBe('02/09/2014');
    expect(await seriousAxeViolations(page, 'aside.detail-panel')).toEqual([]);
    await page.screenshot({ path: join(SCREENSHOTS, 'counts-detail-panel.png') });
    await panel.getByRole('button', { name: 'Details sluiten' }).click();
    await page.getByLabel('Zoeken', { exact: true }).fill('');
  });

  it('asks "bestaande behouden" or "vervangen" for a date that already has a count', async () => {
    await openCounts(page);
    await setSheetDate(page, '01/10/2014');
    await page.getByLabel(STADSBESTUUR, { exact: true }).fill('3.260');
    await page.getByRole('button', { name: 'Tellingen opslaan (1)' }).click();

    const choice = page.locator('.duplicate-choice');
    await expect.poll(() => choice.isVisible()).toBe(true);
    expect(await choice.locator('tbody tr').textContent()).toBe('Stadsbestuur Mechelen (Facebook)01/10/20143.2503.260');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Er bestaan al tellingen voor deze datum');
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.screenshot({ path: join(SCREENSHOTS, 'counts-duplicates.png') });

    // Keep: nothing changes.
    await choice.getByRole('button', { name: 'Bestaande behouden' }).click();
    await expect.poll(() => page.locator('.save-summary').first().textContent()).toContain('1 bestaande telling behouden.');
    await expect.poll(() => sheetRow(page, STADSBESTUUR).textContent()).toContain('Al geteld op deze datum: 3.250');

    // Replace: the new count wins.
    await page.getByLabel(STADSBESTUUR, { exact: true }).fill('3.260');
    await page.getByRole('button', { name: 'Tellingen opslaan (1)' }).click();
    await choice.getByRole('button', { name: 'Vervangen' }).click();
    await expect.poll(() => page.locator('.save-summary').first().textContent()).toContain('1 bestaande telling vervangen.');
    await expect.poll(() => sheetRow(page, STADSBESTUUR).textContent()).toContain('Al geteld op deze datum: 3.260');
  });

  it('flags an implausible drop', async () => {
    await setSheetDate(page, '01/11/2014');
    await page.getByLabel(STADSBESTUUR, { exact: true }).fill('1.000');
    expect(await sheetRow(page, STADSBESTUUR).locator('td').last().textContent()).toContain(
      'Daling van meer dan 50 %: klopt dit?',
    );
    await page.getByRole('button', { name: 'Tellingen opslaan (1)' }).click();
    await expect
      .poll(() => page.locator('.save-flags').textContent())
      .toContain('Stadsbestuur Mechelen (Facebook) op 01/11/2014: van 3.260 naar 1.000');
  });

  it('reads pasted lines and lists the bad one', async () => {
    const lines = [
      'Kanaal\tDatum\tAantal',
      'https://www.facebook.com/StadMechelen\t01/12/2014\t3.400',
      'Bibliotheek Mechelen\t2014-12-01\t1.234',
      'Een kanaal dat niet bestaat\t01/12/2014\t99',
    ].join('\n');
    const area = page.getByLabel('Regels om te plakken');
    await area.fill(lines);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Tellingen inlezen' }).click();
    const report = page.locator('.counts-section', { has: page.getByRole('heading', { name: 'Plakken uit een spreadsheet' }) });
    await report.locator('.save-summary').waitFor();
    await report.screenshot({ path: join(SCREENSHOTS, 'counts-paste.png') });
    await expect.poll(() => report.locator('.save-summary').textContent()).toContain('2 nieuwe tellingen opgeslagen.');
    const problems = report.locator('table.counts-problems tbody tr');
    expect(await problems.count()).toBe(1);
    expect(await problems.locator('th').textContent()).toBe('4');
    expect(await problems.locator('td').allTextContents()).toEqual([
      'Een kanaal dat niet bestaat | 01/12/2014 | 99',
      'Kanaal',
      'Geen kanaal gevonden voor "Een kanaal dat niet bestaat".',
    ]);
    // Only the refused line stays in the paste area, for correction.
    expect(await area.inputValue()).toBe('Een kanaal dat niet bestaat\t01/12/2014\t99');
  });

  it('previews and imports a Meta Business Suite export for one channel', async () => {
    await page.getByRole('button', { name: 'Export importeren…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Tellingen importeren' });
    await expect.poll(() => dialog.isVisible()).toBe(true);
    await dialog
      .getByLabel('Kanaal', { exact: true })
      .selectOption({ label: 'Stadsbestuur Mechelen — Facebook (Stad Mechelen)' });
    await dialog.getByLabel('Bestand (.csv, .xls of .xlsx)').setInputFiles(join(FIXTURES, 'meta-facebook-volgers.csv'));
    await expect
      .poll(() => dialog.locator('.import-counts').textContent(), { timeout: 15_000 })
      .toContain('Meta Business Suite: nieuwe volgers per dag (CSV)');
    expect(await dialog.locator('.import-counts').textContent()).toContain('Periode in het bestand');
    expect(await dialog.getByRole('table', { name: 'Gebruikte kolommen' }).locator('tbody tr').count()).toBeGreaterThan(0);
    expect(await seriousAxeViolations(page, 'dialog[open]')).toEqual([]);
    await page.screenshot({ path: join(SCREENSHOTS, 'counts-import-preview.png') });

    const importButton = dialog.getByRole('button', { name: 'Importeren', exact: true });
    if (await importButton.isDisabled()) {
      // Daily gains need a starting count when the register has none before the file's first day.
      await dialog.getByLabel(/^Startaantal/).fill('3.000');
      await dialog.getByRole('button', { name: 'Voorbeeld bijwerken' }).click();
    }
    await expect.poll(() => importButton.isDisabled()).toBe(false);
    await importButton.click();
    await expect.poll(() => dialog.locator('.import-result h3').textContent(), { timeout: 15_000 }).toBe('Import klaar');
    expect(await dialog.locator('.save-summary').textContent()).toMatch(/nieuwe tellingen? opgeslagen/);
    await page.screenshot({ path: join(SCREENSHOTS, 'counts-import-result.png') });
    await dialog.getByRole('button', { name: 'Sluiten' }).last().click();
    await expect.poll(() => dialog.isVisible()).toBe(false);
  });
});
