import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, openApp, seriousAxeViolations, type RunningApp } from './browserMode';
import { documentParagraphs } from './docxText';

const RESULTS = join(__dirname, '..', '..', 'test-results');
const OWNER = 'Els Peeters (e2e)';
const RECOMMENDATION = 'Maanrock.be verhuist naar mechelen.be/maanrock (aanbeveling uit e2e)';
const REASON = 'Het account wordt in 2015 heropgestart (reden uit e2e).';

/** A rule's section on the page, by its heading ("Eigen domeinnaam (1)"). */
const ruleSection = (page: Page, title: string) =>
  page
    .locator('section.review-group')
    .filter({ has: page.getByRole('heading', { level: 3, name: new RegExp(`^${title} \\(\\d+\\)$`) }) });

/** One finding, by the channel (and platform) that names it. */
const finding = (scope: Locator, title: string) =>
  scope.locator('li.review-finding').filter({ has: scope.page().getByRole('heading', { level: 4, name: title, exact: true }) });

const pageStatus = (page: Page) => page.locator('.review-status');

async function show(page: Page, filter: string) {
  await page
    .getByRole('group', { name: 'Tonen' })
    .getByRole('radio', { name: new RegExp(`^${filter} \\(\\d+\\)$`) })
    .check();
}

describe('the Nazicht page on the 2014 sample: findings, decisions, and the recommendations in the college note', () => {
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
    // The sample names nobody: someone to own a recommendation.
    await api(app, 'people.create', { fields: { name: OWNER } });
  });

  afterAll(async () => {
    await close?.();
  });

  it('finds what a reader of the 2014 decision finds, each rule with its policy quote', async () => {
    await page.getByRole('link', { name: 'Nazicht', exact: true }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent(), { timeout: 15_000 }).toBe('Nazicht');
    await page.getByRole('heading', { level: 2, name: 'Bevindingen', exact: true }).waitFor({ timeout: 30_000 });
    expect(await page.locator('.review-reference').textContent()).toMatch(/^Peildatum: \d{2}\/\d{2}\/\d{4}$/);

    const defunct = ruleSection(page, 'Platform bestaat niet meer');
    const googlePlus = await defunct.locator('.review-channels li').allTextContents();
    expect(googlePlus).toHaveLength(7);
    for (const line of googlePlus) expect(line).toContain('Google+');
    expect(await defunct.locator('blockquote').count()).toBe(1);
    expect((await defunct.locator('blockquote').textContent())!.length).toBeGreaterThan(20);

    const twitter = finding(ruleSection(page, 'Slapend kanaal'), 'Toerisme Mechelen (Twitter / X)');
    expect(await twitter.count()).toBe(1);

    const maanrock = finding(ruleSection(page, 'Eigen domeinnaam'), 'Maanrock.be (Website)');
    expect(await maanrock.locator('.review-message').textContent()).toContain('maanrock.be');
    expect(await maanrock.getByRole('link', { name: /http:\/\/maanrock\.be/ }).getAttribute('href')).toBe('http://maanrock.be');

    // The counts per rule: a chart with its table.
    const counts = page.getByRole('table', { name: 'Aantal bevindingen per regel en per toestand' });
    expect(await counts.getByRole('rowheader', { name: 'Platform bestaat niet meer' }).count()).toBe(1);
  });

  it('accepts a finding with an owner, a due date and its own wording', async () => {
    const maanrock = finding(ruleSection(page, 'Eigen domeinnaam'), 'Maanrock.be (Website)');
    await maanrock.getByRole('button', { name: 'Aanvaarden (Maanrock.be (Website))' }).click();
    const form = maanrock.getByRole('group', { name: 'Aanvaarden als aanbeveling' });
    await form.getByLabel('Eigenaar', { exact: true }).selectOption({ label: OWNER });
    await form.getByLabel('Tegen', { exact: true }).fill('31/12/2014');
    await form.getByLabel('Aanbeveling', { exact: true }).fill(RECOMMENDATION);
    await maanrock.screenshot({ path: join(RESULTS, 'review-accept.png') });
    expect(await seriousAxeViolations(page, 'form.review-form')).toEqual([]);
    await form.getByRole('button', { name: 'Aanbeveling aanvaarden' }).click();
    await expect.poll(() => pageStatus(page).textContent(), { timeout: 15_000 }).toContain(': Aanvaard.');

    await show(page, 'Aanvaard');
    const accepted = finding(ruleSection(page, 'Eigen domeinnaam'), 'Maanrock.be (Website)');
    await expect.poll(() => accepted.count()).toBe(1);
    const facts = await accepted.locator('.review-facts').textContent();
    expect(facts).toContain(OWNER);
    expect(facts).toContain('31/12/2014');
    expect(facts).toContain(RECOMMENDATION);
  });

  it('asks a reason to dismiss, and shows the dismissed finding under "Afgewezen"', async () => {
    await show(page, 'Open');
    const twitter = finding(ruleSection(page, 'Slapend kanaal'), 'Toerisme Mechelen (Twitter / X)');
    await twitter.getByRole('button', { name: 'Afwijzen (Toerisme Mechelen (Twitter / X))' }).click();
    await twitter.getByRole('button', { name: 'Afwijzen', exact: true }).click();
    expect(await twitter.getByRole('alert').textContent()).toBe('Geef een reden op om af te wijzen.');
    await twitter.getByLabel('Reden', { exact: true }).fill(REASON);
    await twitter.getByRole('button', { name: 'Afwijzen', exact: true }).click();
    await expect.poll(() => pageStatus(page).textContent(), { timeout: 15_000 }).toContain(': Afgewezen.');
    await expect.poll(() => finding(ruleSection(page, 'Slapend kanaal'), 'Toerisme Mechelen (Twitter / X)').count()).toBe(0);

    await show(page, 'Afgewezen');
    const dismissed = finding(ruleSection(page, 'Slapend kanaal'), 'Toerisme Mechelen (Twitter / X)');
    await expect.poll(() => dismissed.count()).toBe(1);
    expect(await dismissed.locator('.review-facts').textContent()).toContain(REASON);
  });

  it('changes a channel status from a finding, and undoes it', async () => {
    await show(page, 'Aanvaard');
    const status = () =>
      finding(ruleSection(page, 'Eigen domeinnaam'), 'Maanrock.be (Website)').getByLabel('Status van Maanrock.be');
    const before = await status().inputValue();
    await status().focus();
    await status().selectOption('to_remove');
    await expect.poll(() => pageStatus(page).textContent(), { timeout: 15_000 }).toBe('Status van Maanrock.be gewijzigd.');
    await expect.poll(() => status().inputValue()).toBe('to_remove');
    // The select keeps the focus: the finding stays where it was.
    expect(await status().evaluate((element) => element === document.activeElement)).toBe(true);
    await page.getByRole('button', { name: 'Ongedaan maken', exact: true }).click();
    await expect.poll(() => status().inputValue(), { timeout: 15_000 }).toBe(before);
  });

  it('groups by organisation, passes axe, and is photographed', async () => {
    await show(page, 'Alle');
    await page.getByRole('radio', { name: 'Per organisatie', exact: true }).check();
    expect(await page.getByRole('heading', { level: 3, name: /^Geen organisatie \(\d+\)$/ }).count()).toBe(1);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.getByRole('radio', { name: 'Per regel', exact: true }).check();
    await show(page, 'Open');
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: join(RESULTS, 'review-page.png'), fullPage: false });
  });

  it('saves the settings: a rule switched off leaves the page, and undo brings it back', async () => {
    const notReviewed = () => page.getByRole('heading', { level: 3, name: /^Te herzien \(\d+\)$/ }).count();
    expect(await notReviewed()).toBe(1);
    await page.locator('.review-settings-box summary').click();
    const form = page.locator('form.review-settings');
    expect(await form.getByLabel('Slapend na (maanden zonder activiteit of groei)').inputValue()).toBe('6');
    expect(await form.getByLabel('Domeinen van de stad (één per regel)').inputValue()).toContain('mechelen.be');
    await form.getByRole('checkbox', { name: 'Te herzien', exact: true }).uncheck();
    await page.screenshot({ path: join(RESULTS, 'review-settings.png'), fullPage: false });
    expect(await seriousAxeViolations(page, 'form.review-settings')).toEqual([]);
    await form.getByRole('button', { name: 'Instellingen bewaren' }).click();
    await expect.poll(() => pageStatus(page).textContent(), { timeout: 15_000 }).toContain('Instellingen bewaard');
    await expect.poll(notReviewed).toBe(0);

    await page.getByRole('button', { name: 'Ongedaan maken', exact: true }).click();
    await expect.poll(notReviewed, { timeout: 15_000 }).toBe(1);
    expect(await pageStatus(page).textContent()).toBe('');
  });

  it('drafts the Besluit articles on the Export page and puts the accepted recommendation in the note', async () => {
    await page.getByRole('link', { name: 'Export', exact: true }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent(), { timeout: 15_000 }).toBe('Export');
    await page.getByRole('radio', { name: 'Word-collegenota (.docx)', exact: true }).check();
    const notes = page.getByRole('group', { name: 'Teksten van de collegenota' });
    await notes.getByLabel('Artikel 1', { exact: true }).waitFor({ timeout: 15_000 });
    const before = await notes.locator('.article').count();
    await notes.getByRole('button', { name: 'Artikels opstellen uit aanbevelingen' }).click();
    await expect.poll(() => notes.locator('.article').count(), { timeout: 15_000 }).toBeGreaterThan(before);
    const drafted = await notes.getByLabel(`Artikel ${before + 1}`, { exact: true }).inputValue();
    await page.getByRole('group', { name: 'Besluit', exact: true }).screenshot({ path: join(RESULTS, 'review-articles.png') });
    expect(drafted).toContain('Maanrock');
    // The focus is on the first drafted article, ready to be edited.
    expect(await page.evaluate(() => (document.activeElement as HTMLTextAreaElement | null)?.value)).toBe(drafted);

    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: 30_000 }),
      page.getByRole('button', { name: 'Exporteren', exact: true }).click(),
    ]);
    const path = join(RESULTS, 'review-note.docx');
    await download.saveAs(path);
    const paragraphs = await documentParagraphs(path);
    const text = paragraphs.join('\n');
    expect(text).toContain(drafted.slice(0, 40));
    // The accepted recommendation, in its own words, under "Aanbevelingen" (before the Besluit).
    const heading = paragraphs.indexOf('Aanbevelingen');
    const recommendation = paragraphs.findIndex((p) => p.includes(RECOMMENDATION) && p.includes(OWNER));
    expect(heading).toBeGreaterThan(-1);
    expect(recommendation).toBeGreaterThan(heading);
    expect(recommendation).toBeLessThan(paragraphs.indexOf('Besluit'));
    expect(text).not.toContain(REASON);
  });
  it("keeps the review's facts as hidden channel columns, typed as dd/mm/jjjj and shown in the details", async () => {
    await page.getByRole('link', { name: 'Kanalen', exact: true }).click();
    await page.getByLabel('Zoeken', { exact: true }).fill('Maanrock');
    const row = page.locator('table.channel-grid tbody tr', { has: page.locator('th.name-cell', { hasText: /^Maanrock\.be$/ }) });
    await row.waitFor({ timeout: 15_000 });
    const headers = () => page.locator('table.channel-grid thead tr').first().locator('th').allTextContents();
    expect(await headers()).not.toContain('Laatst nagekeken');

    await page.getByRole('button', { name: 'Kolommen…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Kolommen tonen en ordenen' });
    for (const column of ['Laatst nagekeken', 'Ooit gepost']) {
      await dialog.getByRole('checkbox', { name: column, exact: true }).check();
    }
    await dialog.getByRole('button', { name: 'Sluiten' }).click();
    expect(await headers()).toEqual(expect.arrayContaining(['Laatst nagekeken', 'Ooit gepost']));

    await row.locator('.col-reviewedOn').click();
    await page.keyboard.type('2/9/2014');
    await page.keyboard.press('Enter');
    await expect.poll(() => row.locator('.col-reviewedOn').textContent()).toBe('02/09/2014');

    await row.locator('.col-reviewedOn').click();
    await page.keyboard.type('31/02/2014');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('.cell-error').textContent()).toContain('"31/02/2014" is geen datum (dd/mm/jjjj).');
    await page.keyboard.press('Escape');
    await expect.poll(() => row.locator('.col-reviewedOn').textContent()).toBe('02/09/2014');

    await row.locator('.col-hasPosted').click();
    await page.keyboard.press('Enter');
    await page.getByRole('combobox', { name: /Ooit gepost van Maanrock\.be bewerken/ }).selectOption('no');
    await page.keyboard.press('Enter');
    await expect.poll(() => row.locator('.col-hasPosted').textContent()).toBe('Nee');

    await row.locator('th.name-cell').click();
    await page.keyboard.press('Control+Enter');
    const panel = page.getByRole('complementary', { name: /Details: Maanrock\.be/ });
    const fields = await panel.locator('.detail-fields').textContent();
    expect(fields).toContain('Laatst nagekeken02/09/2014');
    expect(fields).toContain('Ooit gepostNee');
    expect(fields).toContain('Wachtwoorden centraalOnbekend');
    await expect.poll(() => panel.locator('.history-list').textContent()).toContain('Laatst nagekeken');
    expect(await seriousAxeViolations(page, 'aside.detail-panel')).toEqual([]);
  });
});
