import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import sample from '../../resources/sample/mechelen-2014.json';
import { api, openApp, seriousAxeViolations, type RunningApp } from './browserMode';
import { cells, choosePeriod, clean, openTab, row, table } from './costsPage';

const SCREENSHOTS = join(__dirname, '..', '..', 'test-results');
const STADSBESTUUR = 'Stadsbestuur Mechelen (Facebook)';

/** "€ 1.234,56" -> 123456 (the test's own reading of what the page shows). */
function cents(text: string): number {
  const match = /^(-?)€ ?([\d.]+),(\d{2})$/.exec(clean(text));
  if (!match) throw new Error(`not an amount: ${text}`);
  return (match[1] ? -1 : 1) * (Number(match[2]!.replace(/\./g, '')) * 100 + Number(match[3]));
}

/** Column index (among the td cells) of a header, counting the row header as column 0. */
async function columnOf(scope: Locator, header: string) {
  const headers = (await scope.locator('thead th').allTextContents()).map(clean);
  const index = headers.findIndex((text) => text.startsWith(header));
  if (index < 1) throw new Error(`no column ${header} in ${headers.join(' | ')}`);
  return index - 1;
}

const YEARS = 'Kosten per jaar, met het budget';
const CATEGORIES = 'Kosten per categorie';
const ORGANISATIONS = 'Kosten per organisatie';
const PLATFORMS = 'Kosten per platform';
const CHANNELS = 'Kosten per kanaal';
const CHART_CATEGORIES = 'Kosten per jaar en per categorie';
const CHART_BUDGET = 'Budget voor het hele register tegenover';

async function openCosts(page: Page) {
  await page.getByRole('link', { name: 'Kosten', exact: true }).click();
  await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent(), { timeout: 15_000 }).toBe('Kosten');
}

describe('the Kosten page: overviews, budgets, charts and channels without known cost', () => {
  let app: RunningApp;
  let page: Page;
  let close: (() => Promise<void>) | undefined;
  const liveChannels = sample.channels.filter((channel) => !('status' in channel) || channel.status !== 'removed').length;

  beforeAll(async () => {
    ({ app, page, close } = await openApp({
      viewport: { width: 1400, height: 1000 },
      register: 'Voorbeeld Mechelen 2014.sqlite',
    }));
    mkdirSync(SCREENSHOTS, { recursive: true });
  });

  afterAll(async () => {
    await close?.();
  });

  it('opens on the cost lines, with the sections as keyboard tabs', async () => {
    await openCosts(page);
    const tabs = page.getByRole('tab');
    await expect.poll(() => tabs.count()).toBe(5);
    expect(await page.getByRole('tab', { selected: true }).textContent()).toBe('Kostenlijnen');
    // Arrow keys move along the tabs and show each one.
    await page.getByRole('tab', { selected: true }).focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => page.getByRole('tab', { selected: true }).textContent()).toBe('Overzicht');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Overzicht');
    expect(clean(await page.getByRole('tabpanel').getByRole('heading', { level: 2 }).textContent())).toBe('Overzicht');
    await page.keyboard.press('End');
    await expect.poll(() => page.getByRole('tab', { selected: true }).textContent()).toMatch(/^Kosten onbekend/);
  });

  it('shows the sample’s € 60,00 prize in 2013 per year, category, organisation, platform and channel', async () => {
    await openTab(page, 'Overzicht');
    await choosePeriod(page, 2013, 2014);

    const years = table(page, YEARS);
    expect(await cells(row(years, '2013'))).toEqual(['€ 60,00', 'geen budget', '—']);
    expect((await cells(row(years, '2014')))[0]).toBe('€ 0,00');
    expect(clean(await page.locator('.costs-total').textContent())).toBe('Gekende kosten van 2013 tot en met 2014: € 60,00.');

    expect(await cells(row(table(page, CATEGORIES), 'Prijzen en acties'))).toEqual(['€ 60,00', '100,0 %']);
    expect(await table(page, CATEGORIES).locator('tbody tr').count()).toBe(1);
    expect(await cells(row(table(page, ORGANISATIONS), 'Stad Mechelen'))).toEqual(['€ 60,00', '€ 0,00', '€ 60,00']);
    expect(await cells(row(table(page, PLATFORMS), 'Facebook'))).toEqual(['€ 60,00', '€ 0,00', '€ 60,00']);

    const channels = table(page, CHANNELS);
    const stadsbestuur = await cells(row(channels, STADSBESTUUR));
    // Direct, allocated, total; 3.107 likes counted on 02/09/2014; 6000 cents / 3107 likes = 1,93 -> 2 cents.
    // The sample has one count per channel: nothing gained, so no cost per gained follower.
    expect(stadsbestuur).toEqual([
      'Stad Mechelen',
      '€ 60,00',
      '€ 0,00',
      '€ 60,00',
      '3.107 likes (02/09/2014)',
      '0',
      '€ 0,02',
      'geen groei',
    ]);
    expect(await channels.locator('tbody tr').count()).toBe(1);

    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.screenshot({ path: join(SCREENSHOTS, 'costs-overview.png'), fullPage: true });
  });

  it('lists every other channel under "Kosten onbekend", saying why', async () => {
    await openTab(page, /^Kosten onbekend/);
    const expected = liveChannels - 1;
    expect(await page.getByRole('tab', { selected: true }).textContent()).toBe(`Kosten onbekend (${expected})`);
    const unknown = table(page, 'Kanalen zonder gekende kosten');
    expect(await unknown.locator('tbody tr').count()).toBe(expected);
    expect(clean(await page.locator('.costs-unknown-count').textContent())).toBe(`${expected} kanalen zonder gekende kosten.`);
    expect(await page.locator('.costs-unknown').textContent()).toContain('Het college vroeg een overzicht van de gekende kosten');
    // The Facebook page has its cost; the city's dormant Google+ page of the same name has none.
    const stadsbestuur = row(unknown, 'Stadsbestuur Mechelen');
    expect(await stadsbestuur.count()).toBe(1);
    expect((await cells(stadsbestuur))[0]).toBe('Google+');
    expect(await seriousAxeViolations(page)).toEqual([]);
  });

  it('adds a budget for 2013 in a labelled form, with the difference, as one undo step', async () => {
    await openTab(page, 'Budgetten');
    await choosePeriod(page, 2013, 2014);
    await expect
      .poll(() => page.locator('.costs-budgets .costs-empty').textContent())
      .toBe('Nog geen budgetten in deze periode.');

    await page.getByRole('button', { name: 'Budget toevoegen' }).click();
    const dialog = page.getByRole('dialog', { name: 'Budget toevoegen' });
    await dialog.getByLabel('Jaar', { exact: true }).fill('2013');
    expect(await dialog.getByLabel('Hele register').isChecked()).toBe(true);
    // A wrong amount is refused at its field, in Dutch, and nothing is saved.
    await dialog.getByLabel('Bedrag (€)').fill('1.000,005');
    await dialog.getByRole('button', { name: 'Opslaan' }).click();
    const amount = dialog.getByLabel('Bedrag (€)');
    await expect.poll(() => amount.getAttribute('aria-invalid')).toBe('true');
    expect(await dialog.locator('.field-error').textContent()).toBe('Een bedrag heeft hoogstens twee cijfers na de komma.');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-invalid'))).toBe('true');
    expect(await seriousAxeViolations(page)).toEqual([]);
    await dialog.screenshot({ path: join(SCREENSHOTS, 'costs-budget-form.png') });

    await amount.fill('100,00');
    await dialog.getByRole('button', { name: 'Opslaan' }).click();
    const budgets = table(page, 'Budgetten van 2013 tot en met 2014');
    const budget = row(budgets, '2013');
    await expect.poll(() => budget.count(), { timeout: 15_000 }).toBe(1);
    await expect
      .poll(async () => (await cells(budget)).slice(0, 5))
      .toEqual(['Hele register', 'Alle categorieën', '€ 100,00', '€ 60,00', '+ € 40,00 onder budget']);
    expect(clean(await page.locator('.costs-budgets .entity-status').textContent())).toBe(
      'Budget 2013, Hele register, Alle categorieën toegevoegd.',
    );
    // The focus is on the new row's edit button: Ctrl+Z there undoes the whole addition.
    expect(clean(await page.evaluate(() => document.activeElement?.textContent ?? null))).toBe(
      'Bewerken budget 2013 Hele register',
    );
    expect(await seriousAxeViolations(page)).toEqual([]);

    await page.screenshot({ path: join(SCREENSHOTS, 'costs-budgets.png') });

    await page.keyboard.press('Control+z');
    await expect.poll(() => budget.count(), { timeout: 15_000 }).toBe(0);
    await page.locator('.costs-budgets .hint').first().click();
    await page.keyboard.press('Control+y');
    await expect.poll(() => budget.count(), { timeout: 15_000 }).toBe(1);

    // Edited down to € 50,00 it is overspent, said in words; undo puts the € 100,00 back.
    await budget.getByRole('button', { name: 'Bewerken budget 2013 Hele register' }).click();
    const edit = page.getByRole('dialog', { name: 'Budget bewerken' });
    expect(await edit.getByLabel('Bedrag (€)').inputValue()).toBe('100,00');
    await edit.getByLabel('Bedrag (€)').fill('50');
    expect(clean(await edit.locator('.hint', { hasText: 'Wordt bewaard als' }).textContent())).toBe('Wordt bewaard als € 50,00.');
    await edit.getByRole('button', { name: 'Opslaan' }).click();
    await expect.poll(async () => (await cells(budget))[4], { timeout: 15_000 }).toBe('− € 10,00 over budget');
    expect(await budget.locator('.budget-over').count()).toBe(1);
    await page.keyboard.press('Control+z');
    await expect.poll(async () => (await cells(budget))[4], { timeout: 15_000 }).toBe('+ € 40,00 onder budget');

    // Deleting asks first; undo brings the budget back.
    await budget.getByRole('button', { name: 'Verwijderen budget 2013 Hele register' }).click();
    const confirm = page.getByRole('dialog', { name: 'Budget verwijderen' });
    expect(clean(await confirm.locator('p').first().textContent())).toBe(
      'Het budget 2013, Hele register, Alle categorieën verwijderen? Ongedaan maken (Ctrl+Z) zet het terug.',
    );
    await confirm.getByRole('button', { name: 'Verwijderen' }).click();
    await expect.poll(() => budget.count(), { timeout: 15_000 }).toBe(0);
    await page.keyboard.press('Control+z');
    await expect.poll(() => budget.count(), { timeout: 15_000 }).toBe(1);

    // A budget for one channel: picked by searching, compared with that channel's own cost.
    await page.getByRole('button', { name: 'Budget toevoegen' }).click();
    await dialog.getByLabel('Jaar', { exact: true }).fill('2013');
    await dialog.getByLabel('Eén kanaal').check();
    await dialog.getByRole('button', { name: 'Opslaan' }).click();
    expect(await dialog.locator('.field-error').first().textContent()).toBe('Kies het kanaal waarvoor het budget geldt.');
    await dialog.getByLabel('Kanalen zoeken').fill('Stadsbestuur');
    const facebook = dialog.getByRole('checkbox', { name: /^Stadsbestuur Mechelen Facebook/ });
    await expect.poll(() => facebook.count(), { timeout: 15_000 }).toBe(1);
    await facebook.check();
    await dialog.getByLabel('Bedrag (€)').fill('80');
    expect(await seriousAxeViolations(page)).toEqual([]);
    await dialog.screenshot({ path: join(SCREENSHOTS, 'costs-budget-channel.png') });
    await dialog.getByRole('button', { name: 'Opslaan' }).click();
    const channelBudget = budgets.locator('tbody tr', { hasText: 'Kanaal: Stadsbestuur Mechelen' });
    await expect.poll(() => channelBudget.count(), { timeout: 15_000 }).toBe(1);
    await expect
      .poll(async () => (await cells(channelBudget)).slice(0, 5))
      .toEqual(['Kanaal: Stadsbestuur Mechelen', 'Alle categorieën', '€ 80,00', '€ 60,00', '+ € 20,00 onder budget']);
    await page.keyboard.press('Control+z');
    await expect.poll(() => channelBudget.count(), { timeout: 15_000 }).toBe(0);

    // The overview's year row shows the same budget against the cost.
    await openTab(page, 'Overzicht');
    await expect
      .poll(async () => cells(row(table(page, YEARS), '2013')))
      .toEqual(['€ 60,00', '€ 100,00', '+ € 40,00 onder budget']);
  });

  it('draws cost per year by category and budget against actual, and both follow a new cost line', async () => {
    await openTab(page, 'Grafieken');
    const byCategory = page.locator('section.chart-section', {
      has: page.getByRole('heading', { name: 'Kosten per jaar, per categorie' }),
    });
    const budgetChart = page.locator('section.chart-section', {
      has: page.getByRole('heading', { name: 'Budget tegenover werkelijke kosten per jaar' }),
    });
    await expect.poll(() => byCategory.locator('.recharts-bar-rectangle').count(), { timeout: 15_000 }).toBeGreaterThan(0);
    expect(await byCategory.locator('.chart-box').getAttribute('aria-label')).toBe(
      'Kosten per jaar, per categorie. De cijfers staan in de tabel onder de grafiek.',
    );
    const categoryTable = table(page, CHART_CATEGORIES);
    expect((await categoryTable.locator('thead th').allTextContents()).map(clean)).toEqual([
      'Jaar',
      'Prijzen en acties',
      'Totaal',
    ]);
    expect(await cells(row(categoryTable, '2013'))).toEqual(['€ 60,00', '€ 60,00']);
    expect(await cells(row(table(page, CHART_BUDGET), '2013'))).toEqual(['€ 100,00', '€ 60,00', '+ € 40,00 onder budget']);
    expect(await budgetChart.locator('.recharts-bar-rectangle').count()).toBeGreaterThanOrEqual(2);
    // The value axis speaks nl-BE euro and reaches the tallest bar.
    const axisTop = async () => {
      // The value ticks are the euro ones (the others are the years).
      const ticks = (await byCategory.locator('.recharts-cartesian-axis-tick-value').allTextContents())
        .map(clean)
        .filter((tick) => !/^\d{4}$/.test(tick));
      expect(ticks.length).toBeGreaterThan(1);
      for (const tick of ticks) expect(tick).toMatch(/^€ \d{1,3}(\.\d{3})*(,\d+)?$/);
      return Math.max(...ticks.map((tick) => Number(tick.replace(/[€ .]/g, '').replace(',', '.'))));
    };
    expect(await axisTop()).toBeGreaterThanOrEqual(60);
    expect(await seriousAxeViolations(page)).toEqual([]);
    const before = await byCategory.locator('svg.recharts-surface').innerHTML();

    // A boosting invoice of € 123,45 on the Facebook page in March 2014, entered through the API.
    const channels = await api<{ rows: Array<{ id: string; name: string; platform: string }> }>(app, 'channels.list', {
      search: 'Stadsbestuur Mechelen',
    });
    const facebook = channels.rows.find((channel) => channel.platform === 'facebook')!;
    await api(app, 'costs.create', {
      fields: {
        channelId: facebook.id,
        description: 'Boosting lentecampagne',
        category: 'advertising',
        amountCents: 12345,
        startDate: '2014-03-01',
        recurrence: 'once',
      },
    });
    // The page reads the register again when it is opened anew.
    await page.reload();
    await openCosts(page);
    await openTab(page, 'Grafieken');
    await choosePeriod(page, 2013, 2014);

    await expect
      .poll(async () => (await categoryTable.locator('thead th').allTextContents()).map(clean))
      .toEqual(['Jaar', 'Advertenties / boosting', 'Prijzen en acties', 'Totaal']);
    expect(await cells(row(categoryTable, '2014'))).toEqual(['€ 123,45', '€ 0,00', '€ 123,45']);
    expect(await cells(row(table(page, CHART_BUDGET), '2014'))).toEqual(['geen budget', '€ 123,45', '—']);
    expect(await byCategory.locator('.chart-legend').textContent()).toContain('Advertenties / boosting');
    await expect.poll(() => byCategory.locator('svg.recharts-surface').innerHTML()).not.toBe(before);
    expect(await axisTop()).toBeGreaterThanOrEqual(123.45);
    await page.screenshot({ path: join(SCREENSHOTS, 'costs-charts.png'), fullPage: true });

    await openTab(page, 'Overzicht');
    await expect.poll(async () => (await cells(row(table(page, YEARS), '2014')))[0]).toBe('€ 123,45');
  });

  it('divides a shared cost over the organisation’s channels, labelled "toegewezen", adding up to the cent', async () => {
    const organisations = await api<Array<{ id: string; name: string }>>(app, 'organisations.list', {});
    const city = organisations.find((organisation) => organisation.name === 'Stad Mechelen')!;
    // € 100,00 for a CMS licence, shared by the city and its departments, in 2014.
    await api(app, 'costs.create', {
      fields: {
        organisationId: city.id,
        description: 'CMS-licentie',
        category: 'licence_tool',
        amountCents: 10_000,
        startDate: '2014-06-01',
        recurrence: 'once',
      },
    });
    await page.reload();
    await openCosts(page);
    await openTab(page, 'Overzicht');
    await choosePeriod(page, 2014, 2014);

    const channels = table(page, CHANNELS);
    // Not divided: the shared € 100,00 stands apart.
    await expect
      .poll(async () => clean(await page.locator('.costs-summary').textContent()))
      .toContain('€ 100,00 staat apart als gedeelde kost');
    expect(await cells(row(channels, 'Gedeelde kosten, niet toegewezen'))).toContain('€ 100,00');

    // The channels of Stad Mechelen and of its departments (the sample's own tree), whatever their status.
    const parentOf = new Map<string, string | undefined>(
      sample.organisations.map((organisation) => [organisation.key, 'parent' in organisation ? organisation.parent : undefined]),
    );
    const inCity = (key: string | undefined): boolean => key === 'stad' || (key !== undefined && inCity(parentOf.get(key)));
    const cityChannels = sample.channels.filter((channel) =>
      inCity('organisation' in channel ? channel.organisation : undefined),
    ).length;

    for (const mode of ['Gelijk over de kanalen', 'Naar aantal volgers']) {
      await page.getByLabel(mode).check();
      await expect.poll(() => row(channels, 'Gedeelde kosten, niet toegewezen').count(), { timeout: 15_000 }).toBe(0);
      const allocatedColumn = await columnOf(channels, 'Toegewezen');
      const allocated = await channels
        .locator('tbody tr')
        .evaluateAll((rows, column) => rows.map((r) => r.querySelectorAll('td')[column]?.textContent ?? ''), allocatedColumn);
      const parts = allocated.map(cents);
      expect(parts.reduce((sum, part) => sum + part, 0)).toBe(10_000);
      expect((await cells(row(channels, 'Totaal'))).slice(0, 3)).toEqual(['€ 123,45', '€ 100,00', '€ 223,45']);
      if (mode === 'Gelijk over de kanalen') {
        // 10.000 cents over the city's channels: everyone gets the floor or one cent more.
        const share = Math.floor(10_000 / cityChannels);
        expect(parts.filter((part) => part > 0)).toHaveLength(cityChannels);
        expect(parts.every((part) => part === share || part === share + 1)).toBe(true);
      }
      expect(clean(await page.locator('.costs-summary').textContent())).toContain('staan per kanaal als ‘toegewezen’');
      expect(await seriousAxeViolations(page)).toEqual([]);
    }
    await page.screenshot({ path: join(SCREENSHOTS, 'costs-overview-allocated.png'), fullPage: true });
  });
});
