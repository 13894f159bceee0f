import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApp, seriousAxeViolations } from './browserMode';
import { pasteInto } from './clipboard';

const SCREENSHOTS = join(__dirname, '..', '..', 'test-results');
const SAMPLE_SIZE = 44;

/** Rows of the grid that are channels (not group headings, not the new-channel line). */
const channelRows = (page: Page) => page.locator('table.channel-grid tbody tr:not(.group-row):not(.new-row):not(.spacer)');
const summary = (page: Page) => page.locator('.table-status');
const cell = (page: Page, rowName: string, column: string) =>
  page
    .locator('table.channel-grid tbody tr', { has: page.locator('th.name-cell', { hasText: new RegExp(`^${rowName}$`) }) })
    .locator(`.col-${column}`);

async function search(page: Page, text: string) {
  await page.getByLabel('Zoeken', { exact: true }).fill(text);
}

describe('the channel grid, by keyboard', () => {
  let page: Page;
  let close: (() => Promise<void>) | undefined;

  beforeAll(async () => {
    ({ page, close } = await openApp({ viewport: { width: 1500, height: 900 } }));
    await summary(page)
      .filter({ hasText: `${SAMPLE_SIZE} kanalen` })
      .waitFor({ timeout: 15_000 });
  });

  afterAll(async () => {
    await close?.();
  });

  it('edits a status with Enter, a select and Enter, and shows it at once', async () => {
    await search(page, 'Bibliotheek');
    await expect.poll(() => channelRows(page).count()).toBe(1);
    await cell(page, 'Bibliotheek Mechelen', 'status').click();
    await page.keyboard.press('Enter');
    const editor = page.getByRole('combobox', { name: /Status van Bibliotheek Mechelen bewerken/ });
    await editor.selectOption('active');
    await page.keyboard.press('Enter');
    await expect.poll(() => cell(page, 'Bibliotheek Mechelen', 'status').textContent()).toBe('Actief');
  });

  it('starts editing by typing, saves with Enter, cancels with Esc', async () => {
    await cell(page, 'Bibliotheek Mechelen', 'handle').click();
    await page.keyboard.type('@bibmechelen');
    await page.keyboard.press('Enter');
    await expect.poll(() => cell(page, 'Bibliotheek Mechelen', 'handle').textContent()).toBe('@bibmechelen');

    await cell(page, 'Bibliotheek Mechelen', 'handle').click();
    await page.keyboard.type('weg');
    await page.keyboard.press('Escape');
    await expect.poll(() => cell(page, 'Bibliotheek Mechelen', 'handle').textContent()).toBe('@bibmechelen');
  });

  it('refuses an invalid URL with a message in the cell and keeps the old value', async () => {
    await cell(page, 'Bibliotheek Mechelen', 'url').click();
    await page.keyboard.press('F2');
    await page.keyboard.press('Control+A');
    await page.keyboard.type('javascript:alert(1)');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('.cell-error').textContent()).toMatch(/URL moet een webadres zijn/);
    expect(await seriousAxeViolations(page, 'table.channel-grid')).toEqual([]);
    await page.keyboard.press('Escape');
    await expect
      .poll(() => cell(page, 'Bibliotheek Mechelen', 'url').textContent())
      .toBe('https://www.facebook.com/bibliotheekmechelen');
  });

  it('pastes a block past the end as new channels, lists bad lines, and undoes the paste as one step', async () => {
    await search(page, '');
    await expect.poll(() => summary(page).textContent()).toBe(`${SAMPLE_SIZE} kanalen`);
    // Ctrl+End goes to the last cell, the empty line for a new channel; Home to its name cell.
    await cell(page, 'AcademieMechelen', 'name').click();
    await page.keyboard.press('Control+End');
    await page.keyboard.press('Home');
    await pasteInto(page, 'Zomeractie Cavalcade\tFacebook\r\nMechelenbon wedstrijd\tInstagram\r\nKapot kanaal\tFaceboek\r\n');
    await expect.poll(() => page.locator('.report').textContent()).toContain('2 toegevoegd');
    await expect.poll(() => page.locator('.report').textContent()).toMatch(/Regel 3/);
    await expect.poll(() => summary(page).textContent()).toBe(`${SAMPLE_SIZE + 2} kanalen`);

    await page.locator('table.channel-grid td.active, table.channel-grid th.active').first().focus();
    await page.keyboard.press('Control+z');
    await expect.poll(() => summary(page).textContent()).toBe(`${SAMPLE_SIZE} kanalen`);
    await page.keyboard.press('Control+y');
    await expect.poll(() => summary(page).textContent()).toBe(`${SAMPLE_SIZE + 2} kanalen`);
    await page.keyboard.press('Control+z');
    await expect.poll(() => summary(page).textContent()).toBe(`${SAMPLE_SIZE} kanalen`);
  });

  it('filters a column and groups with counts', async () => {
    await page.getByLabel('Filter op Platform').selectOption('googleplus');
    await expect.poll(() => channelRows(page).count()).toBe(7);
    await page.getByLabel('Filter op Platform').selectOption('');
    await page.getByLabel('Groeperen').selectOption('platform');
    await expect.poll(() => page.locator('tr.group-row').first().textContent()).toMatch(/\(\d+\)/);
    const headings = await page.locator('tr.group-row').allTextContents();
    expect(headings).toContain('Google+ (7)');
    expect(headings).toContain('Facebook (17)');
    await page.getByLabel('Groeperen').selectOption('');
  });

  it('saves a view in the register and applies it again', async () => {
    await page.getByLabel('Filter op Status').selectOption('dormant');
    await expect.poll(() => channelRows(page).count()).toBe(7);
    await page.getByRole('button', { name: 'Weergave opslaan…' }).click();
    await page.getByLabel('Naam van de weergave').fill('Slapende kanalen');
    await page.getByRole('button', { name: 'Opslaan', exact: true }).click();
    await page.getByLabel('Filter op Status').selectOption('');
    await expect.poll(() => summary(page).textContent()).toBe(`${SAMPLE_SIZE} kanalen`);

    await page.reload();
    await expect.poll(() => summary(page).textContent(), { timeout: 15_000 }).toBe(`${SAMPLE_SIZE} kanalen`);
    await page.getByLabel('Weergave', { exact: true }).selectOption({ label: 'Slapende kanalen' });
    await expect.poll(() => channelRows(page).count()).toBe(7);
    await page.getByLabel('Weergave', { exact: true }).selectOption('');
    await page.getByLabel('Filter op Status').selectOption('');
  });

  it('shows the history of a channel and restores an earlier version', async () => {
    await search(page, 'Bibliotheek');
    await expect.poll(() => channelRows(page).count()).toBe(1);
    await cell(page, 'Bibliotheek Mechelen', 'name').click();
    await page.keyboard.press('Control+Enter');
    const panel = page.getByRole('complementary', { name: /Details: Bibliotheek Mechelen/ });
    await expect.poll(() => panel.locator('.history-list li').count()).toBeGreaterThan(2);
    expect(await panel.textContent()).toContain('Niet beoordeeld → Actief');
    expect(await seriousAxeViolations(page, 'aside.detail-panel')).toEqual([]);
    // The oldest entry is the creation: restoring it undoes both edits.
    await panel
      .getByRole('button', { name: /Deze versie terugzetten/ })
      .last()
      .click();
    await expect.poll(() => cell(page, 'Bibliotheek Mechelen', 'status').textContent()).toBe('Niet beoordeeld');
    await expect.poll(() => cell(page, 'Bibliotheek Mechelen', 'handle').textContent()).toBe('bibliotheekmechelen');
    mkdirSync(SCREENSHOTS, { recursive: true });
    await page.screenshot({ path: join(SCREENSHOTS, 'channels-detail.png') });
    await panel.getByRole('button', { name: 'Details sluiten' }).click();
  });

  it('selects rows with Shift+Space, bulk-edits one field, deletes and restores them', async () => {
    await search(page, 'Google');
    await expect.poll(() => channelRows(page).count()).toBe(7);
    await cell(page, 'Visit Mechelen', 'name').click();
    await page.keyboard.press('Shift+Space');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('Shift+Space');
    await expect.poll(() => page.getByText('2 geselecteerd').count()).toBe(1);

    await page.getByRole('button', { name: 'Veld wijzigen voor selectie…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Veld wijzigen voor 2 kanalen' });
    await dialog.getByLabel('Veld').selectOption('status');
    await dialog.getByLabel('Nieuwe waarde').selectOption('to_remove');
    await dialog.getByRole('button', { name: 'Toepassen' }).click();
    await expect.poll(() => page.locator('table.channel-grid .status-to_remove').count()).toBe(2);

    await cell(page, 'Visit Mechelen', 'name').click();
    await page.keyboard.press('Shift+Space');
    await page.getByRole('button', { name: 'Verwijderen', exact: true }).click();
    await expect.poll(() => channelRows(page).count()).toBe(6);
    await page.getByLabel('Verwijderd tonen').check();
    await expect.poll(() => channelRows(page).count()).toBe(1);
    await cell(page, 'Visit Mechelen', 'name').click();
    await page.getByRole('button', { name: 'Terugzetten', exact: true }).click();
    await expect.poll(() => channelRows(page).count()).toBe(0);
    await page.getByLabel('Verwijderd tonen').uncheck();
    await expect.poll(() => channelRows(page).count()).toBe(7);
  });

  it('hides, moves and resizes columns', async () => {
    await page.getByRole('button', { name: 'Kolommen…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Kolommen tonen en ordenen' });
    await dialog.getByRole('checkbox', { name: 'Account', exact: true }).uncheck();
    await dialog.getByRole('checkbox', { name: 'Doelgroep', exact: true }).check();
    await dialog.getByRole('button', { name: 'Doelgroep naar boven' }).click();
    await dialog.getByRole('button', { name: 'Sluiten' }).click();
    const headers = await page.locator('table.channel-grid thead tr').first().locator('th').allTextContents();
    expect(headers).not.toContain('Account');
    expect(headers.indexOf('Doelgroep')).toBeLessThan(headers.indexOf('Notities'));

    const handle = page.getByRole('separator', { name: /Breedte van URL aanpassen/ });
    const before = Number(await handle.getAttribute('aria-valuenow'));
    await handle.focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect.poll(async () => Number(await handle.getAttribute('aria-valuenow'))).toBe(before + 40);
  });

  it('marks channels without a responsible person and passes axe on the whole page', async () => {
    await search(page, '');
    await expect.poll(() => page.locator('.no-responsible').count()).toBeGreaterThan(5);
    mkdirSync(SCREENSHOTS, { recursive: true });
    await page.screenshot({ path: join(SCREENSHOTS, 'channels-grid.png') });
    expect(await seriousAxeViolations(page)).toEqual([]);
  });
});
