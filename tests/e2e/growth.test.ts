import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApp, seriousAxeViolations } from './browserMode';

const ROOT = join(__dirname, '..', '..');
const CLI = join(ROOT, 'dist', 'main', 'cli.cjs');
const SCREENSHOTS = join(__dirname, '..', '..', 'test-results');

function cli(args: string[], dataDir: string) {
  const run = spawnSync(process.execPath, [CLI, ...args, '--data-dir', dataDir], { encoding: 'utf8' });
  if (run.status !== 0)
    throw new Error(`kanalenregister ${args.join(' ')} failed (${run.status}):\n${run.stdout}\n${run.stderr}`);
  return run.stdout;
}

const growthSection = (page: Page, heading: string | RegExp) =>
  page.locator('section.chart-section', { has: page.getByRole('heading', { level: 2, name: heading }) });

async function pickChannel(page: Page, search: string, label: RegExp) {
  await page.getByLabel('Kanalen zoeken').fill(search);
  const box = page.getByRole('checkbox', { name: label });
  await expect.poll(() => box.count(), { timeout: 15_000 }).toBe(1);
  await box.check();
}

async function setCustomPeriod(page: Page, from: string, to: string) {
  await page.getByLabel('Periode', { exact: true }).selectOption('custom');
  await page.getByLabel('Van', { exact: true }).fill(from);
  await page.getByLabel('Tot en met', { exact: true }).fill(to);
}

describe('the Groei page on the sample with demonstration history', () => {
  let scratch: string;
  let page: Page;
  let close: (() => Promise<void>) | undefined;
  const consoleErrors: string[] = [];

  beforeAll(async () => {
    scratch = mkdtempSync(join(tmpdir(), 'kanalenregister-growth-'));
    const db = join(scratch, 'demo.sqlite');
    const dataDir = join(scratch, 'cli-data');
    cli(['load-sample', '--db', db], dataDir);
    cli(['load-demo', '--db', db], dataDir);
    ({ page, close } = await openApp({
      args: ['--db', db],
      viewport: { width: 1400, height: 1000 },
      acceptDownloads: true,
      beforeGoto: (opened) =>
        opened.on('console', (message) => {
          if (message.type() === 'error') consoleErrors.push(message.text());
        }),
      register: 'demo.sqlite',
    }));
    mkdirSync(SCREENSHOTS, { recursive: true });
  });

  afterAll(async () => {
    await close?.();
    if (scratch) rmSync(scratch, { recursive: true, force: true });
  });

  it('marks the register as fictitious, in the register bar and on the page', async () => {
    expect(await page.locator('.register-bar .badge-fictitious').textContent()).toBe('Fictief (demo)');
    await page.getByRole('link', { name: 'Groei', exact: true }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Groei');
    await expect.poll(() => page.locator('.fictitious-notice').textContent()).toContain('Fictieve demonstratiegegevens');
    expect(await page.locator('.growth-empty').textContent()).toBe('Kies hierboven een of meer kanalen om de grafieken te zien.');
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.screenshot({ path: join(SCREENSHOTS, 'growth-empty.png') });
  });

  it('draws two channels with the campaign bands and the table of the figures', async () => {
    await pickChannel(page, 'Stadsbestuur', /^Stadsbestuur Mechelen Facebook/);
    await pickChannel(page, 'Stad Mechelen', /^Stad Mechelen Twitter \/ X/);
    await setCustomPeriod(page, '01/01/2013', '02/09/2014');

    const chart = growthSection(page, 'Volgers door de tijd');
    await expect.poll(() => chart.locator('.recharts-line').count(), { timeout: 15_000 }).toBe(2);
    // Both campaigns of 2013 as named bands.
    await expect.poll(() => chart.locator('.recharts-reference-area').count()).toBe(2);
    // Each band carries its campaign's name in the drawing itself (so the exported file has it too).
    const svgText = await chart.locator('svg.recharts-surface').first().textContent();
    expect(svgText).toContain('Zomeractie Cavalcadefiguren');
    expect(svgText).toContain('Meneer en Mevrouw Mechelenbon');
    expect(await chart.locator('.chart-legend').textContent()).toContain('campagne:');
    expect(await chart.locator('.chart-notice').textContent()).toBe('Fictieve demonstratiegegevens');

    // The table beside the chart: one row per channel, first and last count in nl-BE.
    const table = chart.locator('table.chart-table').first();
    expect(await table.locator('caption').textContent()).toContain('01/01/2013 tot en met 02/09/2014');
    const rows = table.locator('tbody tr');
    expect(await rows.count()).toBe(2);
    expect(await rows.locator('th').allTextContents()).toEqual([
      'Stadsbestuur Mechelen (Facebook)',
      'Stad Mechelen (Twitter / X)',
    ]);
    expect(await rows.first().locator('td').nth(2).textContent()).toMatch(/^3\.107 \(02\/09\/2014\)$/);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await chart.scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SCREENSHOTS, 'growth-lines.png'), fullPage: true });
    await chart.screenshot({ path: join(SCREENSHOTS, 'growth-lines-chart.png') });

    // Every point, by date, on request.
    await chart.getByText('Alle punten van de grafiek in een tabel').click();
    const points = chart.locator('.chart-points table tbody tr');
    await expect.poll(() => points.count()).toBeGreaterThan(20);
    expect(await points.first().locator('th').textContent()).toMatch(/^\d{2}\/\d{2}\/\d{4}$/);
  });

  it('switches to indexed (start = 100)', async () => {
    await page.getByLabel('geïndexeerd (start = 100)').check();
    const chart = growthSection(page, 'Volgers door de tijd, geïndexeerd (start = 100)');
    await expect.poll(() => chart.count(), { timeout: 15_000 }).toBe(1);
    expect(await chart.locator('svg.recharts-surface').first().textContent()).toContain('Index (start = 100)');
    const firstPoint = chart.locator('.chart-points table tbody tr').first().locator('td').first();
    await expect.poll(() => firstPoint.textContent()).toBe('100,0');
    await chart.screenshot({ path: join(SCREENSHOTS, 'growth-indexed-chart.png') });
  });

  it('shows the growth per month as bars with its table', async () => {
    const bars = growthSection(page, /^Groei per (maand|kwartaal)$/);
    await expect.poll(() => bars.locator('.recharts-bar-rectangle').count(), { timeout: 15_000 }).toBeGreaterThan(10);
    const table = bars.locator('table.chart-table');
    expect(await table.locator('thead th').allTextContents()).toEqual([
      'Maand',
      'Stadsbestuur Mechelen (Facebook)',
      'Stad Mechelen (Twitter / X)',
    ]);
    expect(await table.locator('tbody th').first().textContent()).toBe('01/2013');
    await bars.getByLabel('Groei per', { exact: true }).selectOption('quarter');
    await expect.poll(() => table.locator('tbody th').first().textContent()).toBe('K1 2013');
    await bars.screenshot({ path: join(SCREENSHOTS, 'growth-bars-chart.png') });
    await bars.getByLabel('Groei per', { exact: true }).selectOption('month');
  });

  it('compares with the previous period, with arrows and words for screen readers', async () => {
    await page.getByLabel('vergelijk met de vorige periode').check();
    const compare = growthSection(page, 'Vergelijking met de vorige periode');
    const rows = compare.locator('tbody tr');
    await expect.poll(() => rows.count(), { timeout: 15_000 }).toBe(2);
    expect(await compare.locator('caption').textContent()).toContain('01/01/2013 tot en met 02/09/2014');
    await compare.screenshot({ path: join(SCREENSHOTS, 'growth-compare-long.png') });

    // 2013 against 2012: the demonstration history covers both.
    await page.getByLabel('Tot en met', { exact: true }).fill('31/12/2013');
    await expect
      .poll(() => compare.locator('caption').textContent(), { timeout: 15_000 })
      .toBe('01/01/2013 tot en met 31/12/2013 tegenover de vorige periode van even lang (02/01/2012 tot en met 31/12/2012)');
    const change = rows.first().locator('td').nth(4);
    expect(await change.textContent()).toMatch(/^(▲ stijging: \+|▼ daling: −|= gelijk: )[\d.]+$/);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await compare.screenshot({ path: join(SCREENSHOTS, 'growth-compare.png') });
  });

  it('shows the effect of a campaign per channel', async () => {
    const campaigns = page.locator('section.campaigns-section');
    await campaigns.scrollIntoViewIfNeeded();
    const names = await campaigns.locator('tbody th').allTextContents();
    expect(names.some((name) => name.includes('Cavalcade'))).toBe(true);
    await campaigns.getByRole('button', { name: /^Effect tonen van .*Cavalcade/ }).click();
    const effect = campaigns.locator('table.effect-table');
    await expect.poll(() => effect.locator('tbody tr').count(), { timeout: 15_000 }).toBeGreaterThan(0);
    expect(await effect.locator('caption').textContent()).toMatch(/^Groei tijdens .*Cavalcade/);
    await campaigns.screenshot({ path: join(SCREENSHOTS, 'growth-campaigns.png') });
  });

  it('exports the chart as PNG and SVG', async () => {
    const chart = growthSection(page, /^Volgers door de tijd/);
    const [png] = await Promise.all([
      page.waitForEvent('download'),
      chart.getByRole('button', { name: /^Exporteer als PNG/ }).click(),
    ]);
    expect(png.suggestedFilename()).toMatch(/^groei-volgers-geindexeerd-2013-01-01-2013-12-31\.png$/);
    const pngPath = join(SCREENSHOTS, 'growth-export.png');
    await png.saveAs(pngPath);
    const pngBytes = readFileSync(pngPath);
    expect(pngBytes.subarray(1, 4).toString('ascii')).toBe('PNG');
    expect(pngBytes.length).toBeGreaterThan(10_000);

    const [svg] = await Promise.all([
      page.waitForEvent('download'),
      chart.getByRole('button', { name: /^Exporteer als SVG/ }).click(),
    ]);
    expect(svg.suggestedFilename()).toMatch(/\.svg$/);
    const svgPath = join(SCREENSHOTS, 'growth-export.svg');
    await svg.saveAs(svgPath);
    const markup = readFileSync(svgPath, 'utf8');
    expect(markup).toMatch(/^<\?xml/);
    expect(markup).toContain('Fictieve demonstratiegegevens');
    expect(markup).toContain('Stadsbestuur Mechelen (Facebook)');
    expect(markup).toContain('Cavalcade');
    expect(markup).not.toContain('<script');
    await expect.poll(() => chart.locator('.chart-status').textContent()).toContain('.svg');
  });

  it('adds, edits and deletes a campaign in an accessible dialog', async () => {
    const campaigns = page.locator('section.campaigns-section');
    await campaigns.getByRole('button', { name: 'Campagne toevoegen…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Campagne toevoegen' });
    await expect.poll(() => dialog.isVisible()).toBe(true);
    expect(await seriousAxeViolations(page, 'dialog[open]')).toEqual([]);

    // Refused while incomplete: the end before the start.
    await dialog.getByLabel('Naam', { exact: true }).fill('Zomer 2014: <b>Maanrock</b>');
    await dialog.getByLabel('Begindatum').fill('31/07/2014');
    await dialog.getByLabel('Einddatum').fill('01/07/2014');
    await dialog.getByRole('button', { name: 'Opslaan' }).click();
    await expect.poll(() => dialog.locator('.field-error').allTextContents()).toContain('De einddatum ligt vóór de begindatum.');
    await dialog.getByLabel('Begindatum').fill('01/07/2014');
    await dialog.getByLabel('Einddatum').fill('31/07/2014');
    await dialog.getByLabel('Beschrijving').fill('Maanrock op de Grote Markt.');
    await dialog.getByLabel('Kanalen zoeken').fill('Stadsbestuur');
    await dialog.getByRole('checkbox', { name: /^Stadsbestuur Mechelen Facebook/ }).check();
    await page.screenshot({ path: join(SCREENSHOTS, 'growth-campaign-dialog.png') });
    // By keyboard: Enter in a text field submits the form.
    await dialog.getByLabel('Naam', { exact: true }).press('Enter');
    await expect.poll(() => dialog.isVisible()).toBe(false);
    await expect
      .poll(() => campaigns.locator('.entity-status').textContent())
      .toBe('Campagne Zomer 2014: <b>Maanrock</b> opgeslagen.');
    const row = campaigns.locator('tbody tr', { hasText: 'Maanrock' });
    expect(await row.locator('th').textContent()).toBe('Zomer 2014: <b>Maanrock</b>');
    expect(await campaigns.locator('tbody b').count()).toBe(0);
    expect(await row.locator('td').first().textContent()).toBe('01/07/2014 – 31/07/2014');

    await row.getByRole('button', { name: /bewerken$/ }).click();
    const edit = page.getByRole('dialog', { name: 'Campagne bewerken' });
    await expect.poll(() => edit.getByLabel('Naam', { exact: true }).inputValue()).toBe('Zomer 2014: <b>Maanrock</b>');
    await expect.poll(() => edit.locator('.checklist-chosen li').count()).toBe(1);
    await edit.getByLabel('Naam', { exact: true }).fill('Maanrock 2014');
    await edit.getByRole('button', { name: 'Opslaan' }).click();
    await expect.poll(() => campaigns.locator('tbody th', { hasText: 'Maanrock 2014' }).count()).toBe(1);

    await campaigns.getByRole('button', { name: 'Maanrock 2014 verwijderen' }).click();
    const confirm = page.getByRole('dialog', { name: 'Campagne verwijderen' });
    await expect.poll(() => confirm.isVisible()).toBe(true);
    await confirm.getByRole('button', { name: 'Verwijderen' }).click();
    await expect.poll(() => campaigns.locator('tbody th', { hasText: 'Maanrock 2014' }).count()).toBe(0);
    expect(await campaigns.locator('.entity-status').textContent()).toBe('Campagne Maanrock 2014 verwijderd.');
  });

  it('charts the channels of an organisation', async () => {
    await page.getByLabel('per organisatie').check();
    await page.getByRole('checkbox', { name: /^Toerisme Mechelen/ }).check();
    const chart = growthSection(page, /^Volgers door de tijd/);
    const rows = chart.locator('table.chart-table').first().locator('tbody th');
    await expect.poll(() => rows.allTextContents(), { timeout: 15_000 }).toContain('Toerisme Mechelen (Twitter / X)');
    expect(await rows.allTextContents()).toContain('Toerisme Mechelen (Facebook)');
    expect(await seriousAxeViolations(page, '.growth-controls')).toEqual([]);
  });

  it('charts a whole platform, shows gaps as gaps, and bridges them only when asked', async () => {
    await page.getByLabel('per platform').check();
    await page.getByRole('checkbox', { name: 'Facebook', exact: true }).check();
    await page.getByLabel('Periode', { exact: true }).selectOption('all');
    const chart = growthSection(page, /^Volgers door de tijd/);
    await expect.poll(() => chart.locator('.recharts-line').count(), { timeout: 15_000 }).toBeGreaterThan(5);
    const lines = await chart.locator('.recharts-line').count();
    await chart.screenshot({ path: join(SCREENSHOTS, 'growth-platform-gaps.png') });

    await page.getByLabel(/^gaten overbruggen/).check();
    await expect
      .poll(() => chart.locator('.chart-legend').textContent(), { timeout: 15_000 })
      .toContain('overbrugd (geïnterpoleerd)');
    expect(await chart.locator('.recharts-line').count()).toBeGreaterThan(lines);
    await chart.screenshot({ path: join(SCREENSHOTS, 'growth-platform-bridged.png') });
    const details = chart.locator('details.chart-details');
    if (!(await details.getAttribute('open'))) await details.locator('summary').click();
    await expect.poll(() => chart.locator('.chart-points td', { hasText: '(geïnterpoleerd)' }).count()).toBeGreaterThan(0);
    expect(await chart.locator('.chart-points').textContent()).toContain('* geïnterpoleerde waarde');
    await details.locator('summary').click();
    await page.getByLabel(/^gaten overbruggen/).uncheck();
  });

  it('broke no rule of the content security policy (no inline styles or scripts, no requests)', () => {
    expect(consoleErrors).toEqual([]);
  });

  it('reads in English too', async () => {
    await page.getByLabel('Taal').selectOption('en');
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Growth');
    expect(await page.locator('.fictitious-notice strong').textContent()).toBe('Fictitious demonstration data');
    expect(await page.locator('.register-bar .badge-fictitious').textContent()).toBe('Fictitious (demo)');
    await expect.poll(() => growthSection(page, /^Growth per month/).count()).toBe(1);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.screenshot({ path: join(SCREENSHOTS, 'growth-english.png') });
    await page.getByLabel('Language').selectOption('nl');
  });
});

describe('the Groei page on the real 2014 sample (one count per channel)', () => {
  let page: Page;
  let close: (() => Promise<void>) | undefined;

  beforeAll(async () => {
    ({ page, close } = await openApp({ viewport: { width: 1400, height: 1000 }, register: 'Voorbeeld Mechelen 2014.sqlite' }));
    mkdirSync(SCREENSHOTS, { recursive: true });
  });

  afterAll(async () => {
    await close?.();
  });

  it('is not marked fictitious, draws the single counts as dots and says growth needs two counts', async () => {
    await page.getByRole('link', { name: 'Groei', exact: true }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Groei');
    expect(await page.locator('.register-bar .badge-fictitious').count()).toBe(0);
    await pickChannel(page, 'Stadsbestuur', /^Stadsbestuur Mechelen Facebook/);
    const chart = growthSection(page, 'Volgers door de tijd');
    await expect.poll(() => chart.locator('svg.recharts-surface circle').count(), { timeout: 15_000 }).toBe(1);
    expect(await page.locator('.fictitious-notice').count()).toBe(0);
    expect(await chart.locator('.chart-notice').count()).toBe(0);
    expect(await chart.locator('tbody tr td').nth(1).textContent()).toBe('3.107 (02/09/2014)');
    const bars = growthSection(page, /^Groei per maand/);
    expect(await bars.locator('.chart-empty').textContent()).toMatch(/^Nog geen groei te berekenen/);
    expect(await bars.locator('tbody td').first().textContent()).toBe('onbekend');
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.screenshot({ path: join(SCREENSHOTS, 'growth-sample-single-count.png'), fullPage: true });
  });
});
