import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import sample from '../../resources/sample/mechelen-2014.json';
import { openApp, seriousAxeViolations } from './browserMode';

const SCREENSHOTS = join(__dirname, '..', '..', 'test-results');
const WORKBOOK = join(__dirname, '..', 'fixtures', 'imports', 'inventaris.xlsx');

/** An inventory as a communication team keeps it: Dutch headers, semicolons, one row with a broken URL. */
const CSV = [
  'Naam;Platform;URL;Organisatie;Verantwoordelijke;Status;Opmerkingen',
  'Nieuwsbrief Stad Mechelen;Website;https://www.mechelen.be/nieuwsbrief;Stad Mechelen;Els Janssens;Actief;Via de communicatiedienst',
  'Mechelen Feest;Instagram;https://www.instagram.com/mechelenfeest;Dienst Evenementen;;Passief;',
  'Kapotte link;Facebook;niet-een-adres;Stad Mechelen;;Actief;<b>geen HTML</b>',
].join('\r\n');

const dialogOf = (page: Page) => page.getByRole('dialog', { name: 'Kanalen importeren' });
const problemRows = (page: Page) => dialogOf(page).locator('table.import-problems tbody tr');

describe('the import dialog', () => {
  let page: Page;
  let close: (() => Promise<void>) | undefined;
  let scratch: string;
  let csvPath: string;

  beforeAll(async () => {
    scratch = mkdtempSync(join(tmpdir(), 'kanalenregister-import-'));
    csvPath = join(scratch, 'inventaris kanalen.csv');
    writeFileSync(csvPath, CSV, 'utf8');
    ({ page, close } = await openApp({
      viewport: { width: 1400, height: 900 },
      register: 'Voorbeeld Mechelen 2014.sqlite',
    }));
    mkdirSync(SCREENSHOTS, { recursive: true });
  });

  afterAll(async () => {
    await close?.();
    rmSync(scratch, { recursive: true, force: true });
  });

  it('opens from the "Importeren…" button on the channels page', async () => {
    const button = page.getByRole('button', { name: 'Importeren…' });
    await expect
      .poll(() => button.count(), {
        timeout: 15_000,
        message: 'The channels page has no "Importeren…" button that opens ImportChannelsDialog',
      })
      .toBe(1);
    await button.click();
    await expect.poll(() => dialogOf(page).isVisible()).toBe(true);
    expect(await seriousAxeViolations(page, 'dialog[open]')).toEqual([]);
  });

  it('previews the CSV: suggested mapping, the sample rows, and the bad row with its row and column', async () => {
    const dialog = dialogOf(page);
    await dialog.getByLabel('Bestand (.xlsx of .csv)').setInputFiles(csvPath);
    await expect.poll(() => problemRows(page).count(), { timeout: 15_000 }).toBe(1);

    const [row, column] = await problemRows(page).locator('td').allTextContents();
    expect(row).toBe('4');
    expect(column).toBe('C (URL)');
    expect(await dialog.getByLabel('Tekenset').inputValue()).toBe('auto');
    expect(await dialog.locator('.import-options').textContent()).toContain('herkend: Puntkomma (;)');

    // The mapping: every Dutch header recognised, and marked as a suggestion.
    expect(await dialog.getByLabel('Veld voor kolom A (Naam)').inputValue()).toBe('name');
    expect(await dialog.getByLabel('Veld voor kolom C (URL)').inputValue()).toBe('url');
    expect(await dialog.getByLabel('Veld voor kolom E (Verantwoordelijke)').inputValue()).toBe('responsiblePerson');
    expect(await dialog.locator('.import-suggested').count()).toBe(7);

    // The sample rows as text: markup in a cell stays markup-free text.
    const sampleRows = dialog.locator('table.import-sample tbody tr');
    expect(await sampleRows.count()).toBe(3);
    expect(await sampleRows.nth(2).locator('th').textContent()).toBe('4');
    expect(await sampleRows.nth(2).locator('td').last().textContent()).toBe('<b>geen HTML</b>');
    expect(await dialog.locator('table.import-sample b').count()).toBe(0);
    expect(await sampleRows.nth(2).locator('td.import-cell-problem').textContent()).toBe('niet-een-adres (probleem)');

    const counts = await dialog.locator('.import-counts').textContent();
    expect(counts).toContain('Rijen zonder problemen2');
    expect(counts).toContain('Rijen met problemen1');
    expect(counts).toContain('Nieuwe organisaties1: Dienst Evenementen');
    expect(counts).toContain('Nieuwe personen1: Els Janssens');

    expect(await seriousAxeViolations(page, 'dialog[open]')).toEqual([]);
    await page.screenshot({ path: join(SCREENSHOTS, 'import-preview.png') });
  });

  it('runs the preview again when the mapping changes', async () => {
    const dialog = dialogOf(page);
    await dialog.getByLabel('Veld voor kolom C (URL)').selectOption('');
    await expect.poll(() => problemRows(page).count()).toBe(0);
    expect(await dialog.locator('.import-no-problems').textContent()).toBe('Geen problemen gevonden.');
    await dialog.getByLabel('Veld voor kolom C (URL)').selectOption('url');
    await expect.poll(() => problemRows(page).count()).toBe(1);
  });

  it('imports with "rijen met problemen overslaan" and shows the new channels in the grid', async () => {
    const dialog = dialogOf(page);
    const importButton = dialog.getByRole('button', { name: 'Importeren', exact: true });
    expect(await importButton.isDisabled()).toBe(true);
    await dialog.getByLabel('Rijen met problemen overslaan').check();
    expect(await importButton.isDisabled()).toBe(false);
    await importButton.click();

    await expect.poll(() => dialog.locator('.import-result h3').textContent(), { timeout: 15_000 }).toBe('Import klaar');
    expect(await dialog.locator('.import-result li').allTextContents()).toEqual([
      '2 kanalen toegevoegd.',
      '1 rij overgeslagen.',
      '1 nieuwe organisatie aangemaakt.',
      '1 nieuwe persoon aangemaakt.',
    ]);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Import klaar');
    await page.screenshot({ path: join(SCREENSHOTS, 'import-result.png') });
    await dialog.getByRole('button', { name: 'Sluiten' }).click();
    await expect.poll(() => dialog.isVisible()).toBe(false);

    await expect.poll(() => page.locator('.table-status').first().textContent()).toBe(`${sample.channels.length + 2} kanalen`);
    await page.getByLabel('Zoeken', { exact: true }).fill('Mechelen Feest');
    await expect.poll(() => page.locator('table.channel-grid tbody th', { hasText: 'Mechelen Feest' }).count()).toBe(1);
    await page.getByLabel('Zoeken', { exact: true }).fill('Kapotte link');
    await expect
      .poll(() => page.locator('.table-status').first().textContent())
      .not.toBe(`${sample.channels.length + 2} kanalen`);
    expect(await page.locator('table.channel-grid tbody th', { hasText: 'Kapotte link' }).count()).toBe(0);
  });

  it('offers the sheets of a workbook, in English too, and reads the chosen one', async () => {
    await page.getByLabel('Taal').selectOption('en');
    await page.getByRole('button', { name: 'Import…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Import channels' });
    await expect.poll(() => dialog.isVisible()).toBe(true);
    await dialog.getByLabel('File (.xlsx or .csv)').setInputFiles(WORKBOOK);
    const sheet = dialog.getByLabel('Sheet');
    await expect.poll(() => sheet.locator('option').allTextContents(), { timeout: 15_000 }).toEqual(['Kanalen', 'Toelichting']);
    expect(await dialog.locator('.import-file-summary').textContent()).toMatch(/^inventaris\.xlsx: Excel workbook, \d+ rows$/);
    expect(await dialog.getByLabel('Field for column A (Naam)').inputValue()).toBe('name');
    expect(await seriousAxeViolations(page, 'dialog[open]')).toEqual([]);
    await page.screenshot({ path: join(SCREENSHOTS, 'import-preview-xlsx-en.png') });

    // The explanation sheet has no channels: the core says so and the preview stays on the first sheet.
    await sheet.selectOption('Toelichting');
    await expect
      .poll(() => dialog.getByRole('alert').textContent())
      .toBe("Something went wrong: The file (sheet 'Toelichting') has a header row (row 1) but no rows of channels below it.");
    expect(await sheet.inputValue()).toBe('Kanalen');
    expect(await dialog.locator('.import-file-summary').textContent()).toMatch(/^inventaris\.xlsx: Excel workbook/);
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect.poll(() => dialog.isVisible()).toBe(false);
    await page.getByLabel('Language').selectOption('nl');
  });
});
