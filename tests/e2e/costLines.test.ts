import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApp, seriousAxeViolations } from './browserMode';
import { pasteInto } from './clipboard';
import { cells, choosePeriod, clean, openTab, readable, row, table } from './costsPage';

const SCREENSHOTS = join(__dirname, '..', '..', 'test-results');
const MECHELENBON = /^Mechelenbon t\.w\.v\. 60 euro/;

const grid = (page: Page) => page.locator('table.cost-grid');
/** The grid's cost lines (not the empty line that adds one). */
const costRows = (page: Page) => grid(page).locator('tbody tr:not(.new-row):not(.spacer)');
const costCell = (page: Page, description: RegExp, column: string) =>
  grid(page)
    .locator('tbody tr', { has: page.locator('th.name-cell', { hasText: description }) })
    .locator(`.col-${column}`);
const footer = (page: Page) => page.locator('.cost-lines .table-status');

/** "Nieuwe kost" puts the focus on the empty last line. */
async function focusNewLine(page: Page) {
  await page.getByRole('button', { name: 'Nieuwe kost', exact: true }).click();
  await expect.poll(() => page.evaluate(() => document.activeElement?.closest('tr')?.classList.contains('new-row'))).toBe(true);
}

describe('the cost lines on the Kosten page', () => {
  let page: Page;
  let close: (() => Promise<void>) | undefined;

  beforeAll(async () => {
    ({ page, close } = await openApp({ viewport: { width: 1500, height: 950 } }));
    await page.locator('.table-status', { hasText: '44 kanalen' }).waitFor({ timeout: 15_000 });
    await page.getByRole('link', { name: 'Kosten', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Kosten' }).waitFor();
    await footer(page)
      .filter({ hasText: /^1 kostenlijn · som: €\s60,00$/ })
      .waitFor({ timeout: 15_000 });
  });

  afterAll(async () => {
    await close?.();
  });

  it("shows the sample's Mechelenbon prize on the city's Facebook page", async () => {
    expect(await costRows(page).count()).toBe(1);
    expect(await readable(costCell(page, MECHELENBON, 'amountCents'))).toBe('€ 60,00');
    expect(await readable(costCell(page, MECHELENBON, 'category'))).toBe('Prijzen en acties');
    expect(await readable(costCell(page, MECHELENBON, 'channelId'))).toBe('Stadsbestuur Mechelen (Facebook)');
    expect(await readable(costCell(page, MECHELENBON, 'organisationId'))).toMatch(/via kanaal$/);
    expect(await readable(costCell(page, MECHELENBON, 'startDate'))).toBe('31/12/2013');
  });

  it('enters a cost line by keyboard only in the new line, and saves it with Enter once complete', async () => {
    await focusNewLine(page);
    await page.keyboard.type('Hosting Mechelen.be 2014');
    await page.keyboard.press('Tab');
    // A select cell: typing picks the channel whose name starts so.
    await page.keyboard.type('Mechelen.be');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab'); // Organisatie stays empty: the line belongs to the channel.
    await page.keyboard.type('Hosting');
    await page.keyboard.press('Tab');
    await page.keyboard.type('1.234,56');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab'); // Btw incl. stays unknown.
    // Still without a date, the line says what it needs.
    await expect.poll(() => readable(page.locator('.draft-status'))).toMatch(/nog in te vullen: Datum\./);
    await page.keyboard.type('01/03/2014');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab'); // Einddatum stays empty.
    await page.keyboard.type('Jaarlijks');
    await page.keyboard.press('Enter');

    const line = /^Hosting Mechelen\.be 2014$/;
    await expect.poll(() => readable(costCell(page, line, 'amountCents'))).toBe('€ 1.234,56');
    expect(await readable(costCell(page, line, 'channelId'))).toBe('Mechelen.be (Website)');
    expect(await readable(costCell(page, line, 'category'))).toBe('Hosting');
    expect(await readable(costCell(page, line, 'startDate'))).toBe('01/03/2014');
    expect(await readable(costCell(page, line, 'recurrence'))).toBe('Jaarlijks');
    expect(await readable(costCell(page, line, 'vatIncluded'))).toBe('Onbekend');
    await expect.poll(() => readable(footer(page))).toBe('2 kostenlijnen · som (elke lijn één keer): € 1.294,56');
    expect(await readable(page.locator('.draft-status'))).toBe('Kost toegevoegd.');
  });

  it('refuses a bad amount in the cell with the reason, and keeps the saved one', async () => {
    const line = /^Hosting Mechelen\.be 2014$/;
    await costCell(page, line, 'amountCents').click();
    await page.keyboard.type('12,3456');
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.locator('.cost-grid .cell-error').textContent())
      .toBe('Een bedrag heeft hoogstens twee cijfers na de komma.');
    expect(await seriousAxeViolations(page, 'table.cost-grid')).toEqual([]);
    await page.keyboard.press('Escape');
    await expect.poll(() => readable(costCell(page, line, 'amountCents'))).toBe('€ 1.234,56');
  });

  it('pastes a block past the end as new lines, lists the bad one with its line and column, and undoes it as one step', async () => {
    await focusNewLine(page);
    await pasteInto(
      page,
      [
        'Boosting zomeractie\tBibliotheek Mechelen\t\tAdvertenties / boosting\t150,00\tja\t15/07/2014',
        'Domeinnaam 2014\tUitinmechelen.be\t\tDomeinnaam\t12,10\tnee\t01/01/2014',
        'Kapotte regel\tMechelen.be\t\tHosting\t12,3456\t\t01/02/2014',
        '',
      ].join('\r\n'),
    );
    const report = page.locator('.cost-lines .report-warning');
    await expect.poll(() => readable(report)).toContain('0 kostenlijnen bijgewerkt, 2 toegevoegd');
    const problems = await report.locator('li').allTextContents();
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^Regel 3, Bedrag: .*12,3456.*hoogstens twee cijfers na de komma\.$/);
    await expect.poll(() => readable(footer(page))).toBe('4 kostenlijnen · som (elke lijn één keer): € 1.456,66');
    expect(await readable(costCell(page, /^Boosting zomeractie$/, 'vatIncluded'))).toBe('Ja');
    expect(await readable(costCell(page, /^Domeinnaam 2014$/, 'channelId'))).toBe('Uitinmechelen.be (Website)');

    await page.locator('table.cost-grid td.active, table.cost-grid th.active').first().focus();
    await page.keyboard.press('Control+z');
    await expect.poll(() => readable(footer(page))).toBe('2 kostenlijnen · som (elke lijn één keer): € 1.294,56');
    expect(await costCell(page, /^Boosting zomeractie$/, 'amountCents').count()).toBe(0);
  });

  it('shows what was typed and pasted in the overview and the chart, and follows the undo', async () => {
    const grid2014 = async () => {
      await openTab(page, 'Grafieken');
      await choosePeriod(page, 2014, 2014);
      const byCategory = table(page, 'Kosten per jaar en per categorie');
      await byCategory.waitFor();
      return {
        headers: (await byCategory.locator('thead th').allTextContents()).map(clean),
        year: await cells(row(byCategory, '2014')),
        overviewTotal: await (async () => {
          await openTab(page, 'Overzicht');
          return (await cells(row(table(page, 'Kosten per jaar, met het budget'), '2014')))[0];
        })(),
      };
    };
    const backToLines = async () => {
      await openTab(page, 'Kostenlijnen');
      await grid(page).locator('th.name-cell').first().click();
    };

    // Redo the paste the test above undid: the two pasted lines are back.
    await grid(page).locator('th.name-cell').first().click();
    await page.keyboard.press('Control+y');
    await expect.poll(() => readable(footer(page))).toBe('4 kostenlijnen · som (elke lijn één keer): € 1.456,66');

    // 2014 by hand: boosting € 150,00 and the domain name € 12,10 are one-off; the hosting typed by
    // keyboard is € 1.234,56 a year from 01/03/2014, spread over 365 days: March to December 2014 are
    // 306 of them, 123456 x 306 / 365 = 103499,8 cents -> € 1.035,00 after rounding the months.
    const withPaste = await grid2014();
    expect(withPaste.headers).toEqual(['Jaar', 'Hosting', 'Domeinnaam', 'Advertenties / boosting', 'Totaal']);
    expect(withPaste.year).toEqual(['€ 1.035,00', '€ 12,10', '€ 150,00', '€ 1.197,10']);
    expect(withPaste.overviewTotal).toBe('€ 1.197,10');

    await backToLines();
    await page.keyboard.press('Control+z');
    await expect.poll(() => readable(footer(page))).toBe('2 kostenlijnen · som (elke lijn één keer): € 1.294,56');
    const afterUndo = await grid2014();
    expect(afterUndo.headers).toEqual(['Jaar', 'Hosting', 'Totaal']);
    expect(afterUndo.year).toEqual(['€ 1.035,00', '€ 1.035,00']);
    expect(afterUndo.overviewTotal).toBe('€ 1.035,00');
    await backToLines();
  });

  it('filters by category and year, and sorts by a column in the core', async () => {
    await page.getByLabel('Categorie', { exact: true }).selectOption({ label: 'Prijzen en acties' });
    await expect.poll(() => costRows(page).count()).toBe(1);
    expect(await costCell(page, MECHELENBON, 'amountCents').count()).toBe(1);
    await page.getByLabel('Categorie', { exact: true }).selectOption('');
    // The yearly hosting runs from March 2014; the prize fell on the last day of 2013.
    await page.getByLabel('Jaar', { exact: true }).fill('2014');
    await expect.poll(() => readable(footer(page))).toBe('1 kostenlijn · som: € 1.234,56');
    await page.getByLabel('Jaar', { exact: true }).fill('');
    await expect.poll(() => costRows(page).count()).toBe(2);

    const amounts = () => costRows(page).locator('.col-amountCents').allTextContents();
    await grid(page).getByRole('button', { name: 'Bedrag' }).click();
    await expect.poll(async () => (await amounts()).map((t) => t.replace(/\s+/g, ' '))).toEqual(['€ 60,00', '€ 1.234,56']);
    await grid(page)
      .getByRole('button', { name: /^Bedrag/ })
      .click();
    await expect.poll(async () => (await amounts()).map((t) => t.replace(/\s+/g, ' '))).toEqual(['€ 1.234,56', '€ 60,00']);
    expect(await grid(page).locator('th[aria-sort="descending"]').textContent()).toMatch(/^Bedrag/);
  });

  it('deletes the selected line as one step, and brings it back with Ctrl+Z', async () => {
    const line = /^Hosting Mechelen\.be 2014$/;
    await grid(page).locator('th.name-cell', { hasText: line }).click();
    await page.keyboard.press('Shift+Space');
    await expect.poll(() => page.getByText('1 geselecteerd').count()).toBe(1);
    await page.getByRole('button', { name: 'Verwijderen', exact: true }).click();
    await expect.poll(() => readable(footer(page))).toBe('1 kostenlijn · som: € 60,00');
    await page.locator('table.cost-grid td.active, table.cost-grid th.active').first().focus();
    await page.keyboard.press('Control+z');
    await expect.poll(() => readable(footer(page))).toBe('2 kostenlijnen · som (elke lijn één keer): € 1.294,56');
  });

  it('passes axe on the page and its screenshot is taken', async () => {
    // The paste report went away when the tabs were switched above; the grid alone is on screen.
    expect(await page.locator('.cost-lines .report-warning').count()).toBe(0);
    mkdirSync(SCREENSHOTS, { recursive: true });
    await page.screenshot({ path: join(SCREENSHOTS, 'costs-lines.png') });
    expect(await seriousAxeViolations(page)).toEqual([]);
  });

  it("shows the Mechelenbon line in the detail panel of the city's Facebook page", async () => {
    await page.getByRole('link', { name: 'Kanalen', exact: true }).click();
    await page.getByLabel('Zoeken', { exact: true }).fill('Stadsbestuur');
    const facebookRow = page
      .locator('table.channel-grid tbody tr', { has: page.locator('.col-platform', { hasText: 'Facebook' }) })
      .filter({ has: page.locator('th.name-cell', { hasText: /^Stadsbestuur Mechelen$/ }) });
    await facebookRow.locator('th.name-cell').click();
    await page.keyboard.press('Control+Enter');
    const panel = page.getByRole('complementary', { name: /Details: Stadsbestuur Mechelen/ });
    const costs = panel.getByRole('table', { name: 'Kostenlijnen van dit kanaal' });
    await expect.poll(() => costs.locator('tbody tr').count()).toBe(1);
    const cells = (await costs.locator('tbody tr').first().locator('th, td').allTextContents()).map((t) =>
      t.replace(/\s+/g, ' '),
    );
    expect(cells).toEqual(['31/12/2013', expect.stringMatching(MECHELENBON), 'Prijzen en acties', '€ 60,00', 'Eenmalig']);
    const sum = await costs.locator('tfoot').locator('th, td').allTextContents();
    expect(sum.map((t) => t.replace(/\s+/g, ' '))).toEqual(['Som (elke lijn één keer)', '€ 60,00', '']);
    expect(await panel.getByRole('link', { name: 'Naar de pagina Kosten' }).getAttribute('href')).toBe('#/kosten');
    expect(await seriousAxeViolations(page, 'aside.detail-panel')).toEqual([]);
  });
});
