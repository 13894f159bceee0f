import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApp, seriousAxeViolations } from './browserMode';
import { clean, readable } from './costsPage';

const SCREENSHOTS = join(__dirname, '..', '..', 'test-results');

/** A finance list as the communication team gets it: Dutch headers, semicolons, one channel that is not in the register. */
const CSV = [
  'Omschrijving;Kanaal;Organisatie;Categorie;Bedrag;Datum;Herhaling',
  'Boost kerstconcert;https://www.facebook.com/CultuurcentrumMechelen;;Advertenties;€ 250,00;15/12/2014;',
  'Webhosting <b>stad</b>;;Stad Mechelen;Hosting;1.210,00;01/01/2014;Jaarlijks',
  'Affiche;Kanaal dat niet bestaat;;Aanmaak;10,00;01/01/2014;',
].join('\r\n');

const dialogOf = (page: Page) => page.getByRole('dialog', { name: 'Kosten importeren' });
const problemRows = (page: Page) => dialogOf(page).locator('table.import-problems tbody tr');
const footer = (page: Page) => page.locator('.cost-lines .table-status');

describe('the cost import dialog', () => {
  let page: Page;
  let close: (() => Promise<void>) | undefined;
  let scratch: string;
  let csvPath: string;

  beforeAll(async () => {
    scratch = mkdtempSync(join(tmpdir(), 'kanalenregister-cost-import-'));
    csvPath = join(scratch, 'kosten 2014.csv');
    writeFileSync(csvPath, CSV, 'utf8');
    ({ page, close } = await openApp({ viewport: { width: 1400, height: 900 } }));
    await page.locator('.table-status', { hasText: '44 kanalen' }).waitFor({ timeout: 15_000 });
    await page.getByRole('link', { name: 'Kosten', exact: true }).click();
    await footer(page)
      .filter({ hasText: /^1 kostenlijn/ })
      .waitFor({ timeout: 15_000 });
    mkdirSync(SCREENSHOTS, { recursive: true });
  });

  afterAll(async () => {
    await close?.();
    rmSync(scratch, { recursive: true, force: true });
  });

  it('opens from "Importeren…" in the cost lines toolbar', async () => {
    await page.locator('.cost-lines').getByRole('button', { name: 'Importeren…' }).click();
    await expect.poll(() => dialogOf(page).isVisible()).toBe(true);
    expect(await seriousAxeViolations(page, 'dialog[open]')).toEqual([]);
  });

  it('previews the CSV: suggested mapping, the total of the valid rows, and the unknown channel by row and column', async () => {
    const dialog = dialogOf(page);
    await dialog.getByLabel('Bestand (.xlsx of .csv)').setInputFiles(csvPath);
    await expect.poll(() => problemRows(page).count(), { timeout: 15_000 }).toBe(1);

    const [row, column, message] = await problemRows(page).locator('td').allTextContents();
    expect(row).toBe('4');
    expect(column).toBe('B (Kanaal)');
    expect(message).toMatch(/^Rij 4, kolom B: onbekend kanaal "Kanaal dat niet bestaat"/);

    expect(await dialog.getByLabel('Veld voor kolom B (Kanaal)').inputValue()).toBe('channel');
    expect(await dialog.getByLabel('Veld voor kolom E (Bedrag)').inputValue()).toBe('amount');
    expect(await dialog.locator('.import-suggested').count()).toBe(7);
    const counts = clean(await dialog.locator('.import-counts').textContent());
    expect(counts).toContain('Rijen zonder problemen2');
    expect(counts).toContain('Rijen met problemen1');
    expect(counts).toContain('Totaal van de rijen zonder problemen€ 1.460,00');

    // Cells are text: the markup in the description is shown, not rendered.
    const sample = dialog.locator('table.import-sample tbody tr');
    expect(await sample.nth(1).locator('td').first().textContent()).toBe('Webhosting <b>stad</b>');
    expect(await dialog.locator('table.import-sample b').count()).toBe(0);

    expect(await seriousAxeViolations(page, 'dialog[open]')).toEqual([]);
    await page.screenshot({ path: join(SCREENSHOTS, 'cost-import-preview.png') });
  });

  it('imports the valid rows as one step, says how to undo it, and the grid shows them', async () => {
    const dialog = dialogOf(page);
    const importButton = dialog.getByRole('button', { name: 'Importeren', exact: true });
    expect(await importButton.isDisabled()).toBe(true);
    await dialog.getByLabel('Rijen met problemen overslaan').check();
    await importButton.click();

    await expect.poll(() => dialog.locator('.import-result h3').textContent(), { timeout: 15_000 }).toBe('Import klaar');
    expect(await dialog.locator('.import-result li').allTextContents()).toEqual(['2 kosten toegevoegd.', '1 rij overgeslagen.']);
    expect(await dialog.locator('.import-result').textContent()).toContain('Ongedaan maken (Ctrl+Z)');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Import klaar');
    expect(await seriousAxeViolations(page, 'dialog[open]')).toEqual([]);
    await dialog.getByRole('button', { name: 'Sluiten' }).click();
    await expect.poll(() => dialog.isVisible()).toBe(false);

    // The sample's 60 euro and the two imported lines.
    await expect.poll(() => readable(footer(page)), { timeout: 15_000 }).toMatch(/^3 kostenlijnen · som\b.*: € 1\.520,00$/);
  });
});
