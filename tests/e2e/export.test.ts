import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import sample from '../../resources/sample/mechelen-2014.json';
import { api, openApp, seriousAxeViolations, type RunningApp } from './browserMode';
import { documentParagraphs } from './docxText';

const RESULTS = join(__dirname, '..', '..', 'test-results');
const LIVE_CHANNELS = sample.channels.length;

async function openExportPage(page: Page) {
  await page.getByRole('link', { name: 'Export', exact: true }).click();
  await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent(), { timeout: 15_000 }).toBe('Export');
}

/** Clicks "Exporteren", waits for the browser's download, and keeps the file under test-results. */
async function exportAndDownload(page: Page, keepAs: string): Promise<{ path: string; bytes: Buffer; suggested: string }> {
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: 30_000 }),
    page.getByRole('button', { name: 'Exporteren', exact: true }).click(),
  ]);
  const path = join(RESULTS, keepAs);
  await download.saveAs(path);
  return { path, bytes: readFileSync(path), suggested: download.suggestedFilename() };
}

const status = (page: Page) => page.locator('.export-status');

async function setPeriod(page: Page, from: string, to: string) {
  await page.getByLabel('Van', { exact: true }).fill(from);
  await page.getByLabel('Tot en met', { exact: true }).fill(to);
}

describe('the Export page: Excel, Word and CSV through the page, downloaded in browser mode', () => {
  let app: RunningApp;
  let page: Page;
  let close: (() => Promise<void>) | undefined;

  beforeAll(async () => {
    ({ app, page, close } = await openApp({
      viewport: { width: 1400, height: 1000 },
      acceptDownloads: true,
      register: 'Voorbeeld Mechelen 2014.sqlite',
    }));
    mkdirSync(RESULTS, { recursive: true });
  });

  afterAll(async () => {
    await close?.();
  });

  it('shows the choices as labelled groups, with the last twelve months as the period, and passes axe', async () => {
    await openExportPage(page);
    for (const legend of ['Wat wil je maken?', 'Welke kanalen?', 'Periode', 'Werkmap']) {
      expect(await page.getByRole('group', { name: legend, exact: true }).count(), legend).toBe(1);
    }
    expect(await page.getByRole('radio', { name: 'Excel-werkmap (.xlsx)', exact: true }).isChecked()).toBe(true);
    expect(await page.getByRole('radio', { name: 'Alle kanalen', exact: true }).isChecked()).toBe(true);
    // "Wat ik zie" only exists once the Kanalen page handed a query over.
    expect(await page.getByRole('radio', { name: 'Wat ik zie in Kanalen', exact: true }).count()).toBe(0);
    await expect.poll(() => page.locator('.export-count').textContent()).toBe(`${LIVE_CHANNELS} kanalen`);
    const to = await page.getByLabel('Tot en met', { exact: true }).inputValue();
    const from = await page.getByLabel('Van', { exact: true }).inputValue();
    expect(to).toMatch(/^\d{2}\/\d{2}\/\d{4}$/);
    expect(from).toBe(`${to.slice(0, 6)}${Number(to.slice(6)) - 1}`);
    await page.screenshot({ path: join(RESULTS, 'export-page.png'), fullPage: true });
    expect(await seriousAxeViolations(page)).toEqual([]);
  });

  it('says what is wrong where it is wrong, and exports nothing', async () => {
    for (const sheet of ['Overzicht (alle kanalen)', 'Eén blad per platform', 'Groei (tellingen)', 'Kosten']) {
      await page.getByRole('checkbox', { name: sheet, exact: true }).uncheck();
    }
    await setPeriod(page, '31/12/2014', '01/01/2013');
    const toField = page.getByLabel('Tot en met', { exact: true });
    await expect.poll(() => toField.getAttribute('aria-invalid')).toBe('true');
    await page.getByRole('button', { name: 'Exporteren', exact: true }).click();
    const alerts = await page.getByRole('alert').allTextContents();
    expect(alerts).toContain('De einddatum ligt vóór de begindatum.');
    expect(alerts).toContain('Kies minstens één blad.');
    expect(await status(page).textContent()).toBe('');
  });

  it('exports the whole workbook, which exceljs reads back with real numbers', async () => {
    for (const sheet of ['Overzicht (alle kanalen)', 'Eén blad per platform', 'Groei (tellingen)', 'Kosten']) {
      await page.getByRole('checkbox', { name: sheet, exact: true }).check();
    }
    await setPeriod(page, '01/01/2013', '31/12/2014');
    const { path, suggested } = await exportAndDownload(page, 'export-e2e.xlsx');
    expect(suggested).toMatch(/\.xlsx$/);
    await expect.poll(() => status(page).textContent(), { timeout: 30_000 }).toContain(`${LIVE_CHANNELS} kanalen`);
    expect(await status(page).textContent()).toContain(`Gedownload: ${suggested}`);
    expect(await status(page).textContent()).toContain('bladen: Overzicht, één per platform, Groei (breed), Kosten');

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(path);
    const names = workbook.worksheets.map((sheet) => sheet.name);
    expect(names).toEqual(expect.arrayContaining(['Overzicht', 'Facebook', 'Groei', 'Kosten']));
    const values: unknown[] = [];
    workbook.getWorksheet('Overzicht')!.eachRow((row) => row.eachCell((cell) => values.push(cell.value)));
    expect(values).toContain('Stadsbestuur Mechelen');
    expect(values).toContain(3107);
    expect(values).not.toContain('3107');
  });

  it('exports the full college note with an article edited, added and moved in the form', async () => {
    await page.getByRole('radio', { name: 'Word-collegenota (.docx)', exact: true }).check();
    expect(await page.getByRole('radio', { name: 'Volledige collegenota', exact: true }).isChecked()).toBe(true);
    const notes = page.getByRole('group', { name: 'Teksten van de collegenota' });
    const first = notes.getByLabel('Artikel 1', { exact: true });
    await first.waitFor({ timeout: 15_000 });
    for (const label of [
      'Stad',
      'Orgaan',
      'Datum van de vergadering',
      'Titel van het agendapunt',
      'Voorgeschiedenis',
      'Juridische grond',
    ]) {
      expect(await notes.getByLabel(label, { exact: true }).count(), label).toBe(1);
    }
    expect(await notes.getByLabel('Stad', { exact: true }).inputValue()).toBe('Stad Mechelen');

    const edited = 'Het college neemt kennis van het kanalenoverzicht in bijlage (getest in e2e).';
    await first.fill(edited);
    const articleCount = await notes.locator('.article').count();
    await notes.getByRole('button', { name: 'Artikel toevoegen' }).click();
    // The new article's text area has the focus: type straight into it.
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('TEXTAREA');
    const added = 'De communicatiedienst houdt het register bij (toegevoegd in e2e).';
    await page.keyboard.type(added);
    // Move it to the top with the keyboard: the focus stays on its "Omhoog" button.
    await notes.getByRole('button', { name: `Omhoog (artikel ${articleCount + 1})` }).focus();
    for (let i = 0; i < articleCount; i++) await page.keyboard.press('Enter');
    await expect.poll(() => notes.getByLabel('Artikel 1', { exact: true }).inputValue()).toBe(added);
    expect(await notes.getByLabel('Artikel 2', { exact: true }).inputValue()).toBe(edited);
    expect(await page.getByRole('status').allTextContents()).toContain('Artikel verplaatst naar positie 1.');

    await page.screenshot({ path: join(RESULTS, 'export-note.png'), fullPage: true });
    expect(await seriousAxeViolations(page)).toEqual([]);

    const { bytes, suggested } = await exportAndDownload(page, 'export-e2e.docx');
    expect(suggested).toMatch(/\.docx$/);
    await expect.poll(() => status(page).textContent(), { timeout: 30_000 }).toContain('volledige collegenota, met grafiek');
    const paragraphs = await documentParagraphs(bytes);
    const text = paragraphs.join('\n');
    expect(text).toContain('Stadsbestuur Mechelen');
    const addedAt = paragraphs.findIndex((p) => p.includes(added));
    const editedAt = paragraphs.findIndex((p) => p.includes(edited));
    expect(addedAt).toBeGreaterThan(-1);
    expect(editedAt).toBeGreaterThan(addedAt);
  });

  it("saves the edited texts as the register's template", async () => {
    const notes = page.getByRole('group', { name: 'Teksten van de collegenota' });
    await notes.getByRole('button', { name: 'Bewaar als sjabloon' }).click();
    await expect.poll(() => notes.locator('.entity-status').textContent()).toContain('Bewaard als sjabloon');
    const template = await api<{ articles: string[] }>(app, 'exports.noteTemplate.get', {});
    expect(template.articles[0]).toBe('De communicatiedienst houdt het register bij (toegevoegd in e2e).');
  });

  it('exports the channels as CSV: UTF-8 with BOM, semicolons', async () => {
    await page.getByRole('radio', { name: 'CSV-bestand (.csv, puntkomma, voor Excel)', exact: true }).check();
    expect(await page.getByRole('radio', { name: 'Kanalen', exact: true }).isChecked()).toBe(true);
    const { bytes, suggested } = await exportAndDownload(page, 'export-e2e.csv');
    expect(suggested).toMatch(/\.csv$/);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes
      .toString('utf8')
      .slice(1)
      .split('\r\n')
      .filter((line) => line !== '');
    expect(lines[0]).toContain(';');
    expect(lines.length).toBe(LIVE_CHANNELS + 1);
    expect(lines.some((line) => line.includes('Stadsbestuur Mechelen'))).toBe(true);
    await expect.poll(() => status(page).textContent()).toContain('tabel Kanalen');
  });

  it('exports only what the Kanalen grid shows when opened from its toolbar', async () => {
    await page.getByRole('link', { name: 'Kanalen', exact: true }).click();
    await page.getByLabel('Zoeken', { exact: true }).fill('toerisme');
    // The grid's summary, once it counts the search result (not "Kanalen laden…", not the whole register).
    const shownCount = async () =>
      Number(/^(\d+) kanalen$/.exec((await page.locator('.table-status').textContent()) ?? '')?.[1] ?? NaN);
    await expect.poll(shownCount, { timeout: 15_000 }).toBeLessThan(LIVE_CHANNELS);
    const shown = await shownCount();
    expect(shown).toBeGreaterThan(1);
    expect(shown).toBeLessThan(LIVE_CHANNELS);

    await page.getByRole('button', { name: 'Exporteren…' }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Export');
    expect(await page.getByRole('radio', { name: 'Wat ik zie in Kanalen', exact: true }).isChecked()).toBe(true);
    await expect.poll(() => page.locator('.export-count').textContent()).toBe(`${shown} kanalen`);

    await page.getByRole('radio', { name: 'CSV-bestand (.csv, puntkomma, voor Excel)', exact: true }).check();
    const { bytes } = await exportAndDownload(page, 'export-e2e-toerisme.csv');
    const rows = bytes
      .toString('utf8')
      .slice(1)
      .split('\r\n')
      .filter((line) => line !== '')
      .slice(1);
    expect(rows.length).toBe(shown);
    for (const row of rows) expect(row.toLowerCase()).toContain('toerisme');
    expect(rows.some((row) => row.includes('Stadsbestuur Mechelen'))).toBe(false);
    await expect.poll(() => status(page).textContent()).toContain(`${shown} kanalen`);

    // "Alle kanalen" is still one click away.
    await page.getByRole('radio', { name: 'Alle kanalen', exact: true }).check();
    await expect.poll(() => page.locator('.export-count').textContent()).toBe(`${LIVE_CHANNELS} kanalen`);
  });
});
