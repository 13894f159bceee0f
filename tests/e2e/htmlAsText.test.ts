import ExcelJS from 'exceljs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { paragraphTexts, readDocx } from '../helpers/docxPackage';
import { api, openApp, type RunningApp } from './browserMode';

/**
 * Text that looks like HTML or script, typed by a partner into every user text the app shows,
 * stays text: on every page (grid, details, charts and their tooltips, costs, review, export)
 * and in every export (.xlsx, .csv, .docx). Nothing runs (window.__xss stays unset), no dialog
 * opens, and the page asks nothing of any server but its own 127.0.0.1 origin.
 */

const IMG = '<img src=x onerror="window.__xss=1">';
const SCRIPT = '<script>window.__xss=2</script>';
const SVG = '"><svg onload="window.__xss=3">';

/** One text per field, each naming its field so a failure says where. */
const TEXT = {
  organisation: `Dienst ${IMG}`,
  organisationNotes: `Organisatienotitie ${SCRIPT}`,
  person: `Persoon ${SVG}`,
  personRole: `Rol ${IMG}`,
  channel: `Kanaal ${IMG}`,
  handle: `@handle${SVG}`,
  audience: `Doelgroep ${SCRIPT}`,
  purpose: `Doel ${SVG}`,
  notes: `Notitie ${IMG} & co`,
  campaign: `Campagne ${SCRIPT}`,
  campaignDescription: `Campagnebeschrijving ${IMG}`,
  cost: `Kost ${SVG}`,
  supplier: `Leverancier ${IMG}`,
  reference: `Ref ${SCRIPT}`,
  costNotes: `Kostennotitie ${SVG}`,
  budgetNotes: `Budgetnotitie ${IMG}`,
  view: `Weergave ${SCRIPT}`,
  noteTitle: `Titel ${IMG}`,
  noteArticle: `Artikel ${SVG}`,
  recommendation: `Aanbeveling ${SCRIPT}`,
  dismissal: `Reden ${IMG}`,
} as const;

/** A link that breaks out of its attribute if it is ever written into HTML by hand. */
const SNEAKY_URL = 'https://www.mechelen.be/"><svg/onload=window.__xss=5>';

const RESULTS = join(__dirname, '..', '..', 'test-results');

function isoDaysAgo(days: number): string {
  return new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);
}

async function openPage(page: Page, name: string) {
  await page.getByRole('link', { name, exact: true }).click();
  await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent(), { timeout: 15_000 }).toBe(name);
}

/** The literal text is on the page, as text. */
async function expectVisibleText(page: Page, text: string, where: string) {
  await expect
    .poll(() => page.getByText(text, { exact: false }).count(), { timeout: 15_000, message: `${where}: ${text}` })
    .toBeGreaterThan(0);
}

async function expectNothingRan(page: Page, where: string) {
  expect(await page.evaluate(() => (window as unknown as { __xss?: unknown }).__xss), where).toBeUndefined();
  // Rendered as HTML, these would exist as elements; as text they never do.
  expect(await page.locator('img[src="x"], script:text("__xss"), svg[onload]').count(), where).toBe(0);
  expect(await page.locator('[onerror], [onload]').count(), where).toBe(0);
}

async function download(app: RunningApp, exportId: string): Promise<Buffer> {
  const response = await fetch(`${app.origin}/api/exports/${exportId}`, { headers: { 'X-Kanalenregister-Token': app.token } });
  expect(response.status).toBe(200);
  return Buffer.from(await response.arrayBuffer());
}

describe('HTML- and script-looking text is shown and exported as text', () => {
  let app: RunningApp;
  let page: Page;
  let close: (() => Promise<void>) | undefined;
  let channelId: string;
  const dialogs: string[] = [];
  const requests: string[] = [];
  const pageErrors: string[] = [];

  beforeAll(async () => {
    ({ app, page, close } = await openApp({
      viewport: { width: 1400, height: 1000 },
      beforeGoto: (p) => {
        p.on('dialog', (dialog) => {
          dialogs.push(dialog.message());
          void dialog.dismiss();
        });
        p.on('request', (request) => requests.push(request.url()));
        p.on('pageerror', (error) => pageErrors.push(error.message));
      },
      register: 'Voorbeeld Mechelen 2014.sqlite',
    }));

    // A register of its own, filled through the API as a partner's data would arrive.
    await api(app, 'register.create', { path: join(app.dataDir, 'html-als-tekst.sqlite') });
    const organisation = await api<{ id: string }>(app, 'organisations.create', {
      fields: { name: TEXT.organisation, kind: 'stadsdienst', notes: TEXT.organisationNotes },
    });
    const person = await api<{ id: string }>(app, 'people.create', {
      fields: { name: TEXT.person, role: TEXT.personRole, organisationId: organisation.id },
    });
    const channel = await api<{ id: string }>(app, 'channels.create', {
      fields: {
        kind: 'social',
        platform: 'facebook',
        name: TEXT.channel,
        handle: TEXT.handle,
        url: SNEAKY_URL,
        audience: TEXT.audience,
        purpose: TEXT.purpose,
        notes: TEXT.notes,
        organisationId: organisation.id,
        responsiblePersonId: person.id,
        status: 'active',
      },
    });
    channelId = channel.id;
    // A second channel without anyone responsible, so the review has a finding to decide on.
    const second = await api<{ id: string }>(app, 'channels.create', {
      fields: { kind: 'social', platform: 'instagram', name: `Tweede ${SCRIPT}`, organisationId: organisation.id },
    });
    for (const [days, count] of [
      [300, 100],
      [200, 140],
      [100, 180],
      [20, 240],
    ] as const) {
      await api(app, 'snapshots.save', {
        date: isoDaysAgo(days),
        entries: [
          { channelId, metric: 'likes', count },
          { channelId: second.id, metric: 'followers', count: count / 2 },
        ],
      });
    }
    await api(app, 'campaigns.save', {
      fields: {
        name: TEXT.campaign,
        description: TEXT.campaignDescription,
        startDate: isoDaysAgo(180),
        endDate: isoDaysAgo(150),
        channelIds: [channelId],
      },
    });
    const year = Number(isoDaysAgo(20).slice(0, 4));
    await api(app, 'costs.create', {
      fields: {
        channelId,
        description: TEXT.cost,
        supplier: TEXT.supplier,
        reference: TEXT.reference,
        notes: TEXT.costNotes,
        category: 'advertising',
        amountCents: 12_345,
        startDate: isoDaysAgo(20),
        recurrence: 'once',
      },
    });
    await api(app, 'budgets.create', {
      fields: { year, channelId, category: 'advertising', amountCents: 50_000, notes: TEXT.budgetNotes },
    });
    await api(app, 'views.save', { fields: { name: TEXT.view, definition: { search: 'Kanaal' } } });
    const template = await api<Record<string, unknown>>(app, 'exports.noteTemplate.get', {});
    await api(app, 'exports.noteTemplate.save', { note: { ...template, title: TEXT.noteTitle, articles: [TEXT.noteArticle] } });
    const review = await api<{ findings: Array<{ id: string; subjectKey: string }> }>(app, 'review.run', {});
    const mine = review.findings.filter((finding) => finding.subjectKey === channelId || finding.subjectKey === second.id);
    expect(mine.length, 'the review finds something about the two channels').toBeGreaterThanOrEqual(2);
    await api(app, 'review.decide', { findingId: mine[0]!.id, state: 'accepted', recommendation: TEXT.recommendation });
    await api(app, 'review.decide', { findingId: mine[1]!.id, state: 'dismissed', reason: TEXT.dismissal });
    await page.reload();
    await page.locator('.register-name', { hasText: 'html-als-tekst.sqlite' }).waitFor({ timeout: 15_000 });
  });

  afterAll(async () => {
    await close?.();
  });

  it('refuses a javascript: (or any non-http) link through the API', async () => {
    for (const url of [
      'javascript:window.__xss=4',
      'JAVASCRIPT:alert(1)',
      'data:text/html,<script>window.__xss=4</script>',
      'file:///etc/passwd',
    ]) {
      await expect(
        api(app, 'channels.create', { fields: { kind: 'website', platform: 'website', name: 'Link', url } }),
        url,
      ).rejects.toThrow(/http:\/\/ of https:\/\//);
      await expect(api(app, 'channels.update', { id: channelId, patch: { url } }), url).rejects.toThrow(
        /http:\/\/ of https:\/\//,
      );
    }
  });

  it('Kanalen: the grid, the saved view and the details panel show the texts as typed', async () => {
    await openPage(page, 'Kanalen');
    for (const text of [TEXT.channel, TEXT.organisation, TEXT.person]) await expectVisibleText(page, text, 'Kanalen');
    expect(await page.locator('option', { hasText: TEXT.view }).count()).toBe(1);
    await page.getByText(TEXT.channel, { exact: true }).first().click();
    await page.keyboard.press('Control+Enter');
    const panel = page.locator('aside.detail-panel');
    await panel.waitFor({ timeout: 15_000 });
    const panelText = await panel.textContent();
    for (const text of [TEXT.channel, TEXT.audience, TEXT.purpose, TEXT.notes]) expect(panelText, 'details').toContain(text);
    // The link, if shown as one, is the address as typed: attribute-escaped, never markup.
    for (const href of await page
      .locator('a[href^="https://www.mechelen.be/"]')
      .evaluateAll((links) => links.map((l) => l.getAttribute('href'))))
      expect(href).toBe(SNEAKY_URL);
    await expectNothingRan(page, 'Kanalen');
    await page.keyboard.press('Escape');
  });

  it('Organisaties and Personen', async () => {
    await openPage(page, 'Organisaties');
    await expectVisibleText(page, TEXT.organisation, 'Organisaties');
    await expectNothingRan(page, 'Organisaties');
    await openPage(page, 'Personen');
    await expectVisibleText(page, TEXT.person, 'Personen');
    await expectNothingRan(page, 'Personen');
  });

  it('Tellingen', async () => {
    await openPage(page, 'Tellingen');
    await expectVisibleText(page, TEXT.channel, 'Tellingen');
    await expectNothingRan(page, 'Tellingen');
  });

  it('Groei: the chart legend, its points table and the campaign (the charts draw no tooltip)', async () => {
    await openPage(page, 'Groei');
    await page.getByLabel('Kanalen zoeken').fill('Kanaal');
    const box = page.getByRole('checkbox', { name: /^Kanaal / });
    await expect.poll(() => box.count(), { timeout: 15_000 }).toBe(1);
    await box.check();
    const chart = page.locator('section.chart-section').first();
    await expect.poll(() => chart.locator('.recharts-line').count(), { timeout: 15_000 }).toBeGreaterThan(0);
    expect(await chart.textContent(), 'legend and table').toContain(TEXT.channel);
    // The charts draw no tooltip of their own (each has a table of its points instead): moving over
    // the plot must still run nothing, and the points table names the channel.
    const surface = chart.locator('svg.recharts-surface').first();
    const area = (await surface.boundingBox())!;
    for (let step = 1; step < 20; step += 1) await page.mouse.move(area.x + (area.width * step) / 20, area.y + area.height / 2);
    expect(await chart.locator('.chart-legend, .recharts-legend-wrapper').first().textContent(), 'legend').toContain(
      TEXT.channel,
    );
    await expectVisibleText(page, TEXT.campaign, 'Groei: campaigns');
    await page.screenshot({ path: join(RESULTS, 'html-as-text-growth.png') });
    await expectNothingRan(page, 'Groei');
  });

  it('Kosten: the lines, the overview, the budgets and the charts', async () => {
    await openPage(page, 'Kosten');
    await expectVisibleText(page, TEXT.cost, 'Kosten: lines');
    await expectVisibleText(page, TEXT.supplier, 'Kosten: lines');
    for (const tab of ['Overzicht', 'Budgetten', 'Grafieken']) {
      await page.getByRole('tab', { name: tab }).click();
      await page.waitForTimeout(300);
      await expectNothingRan(page, `Kosten: ${tab}`);
    }
    await page.getByRole('tab', { name: 'Budgetten' }).click();
    await expectVisibleText(page, TEXT.budgetNotes, 'Kosten: budgets');
    await page.getByRole('tab', { name: 'Overzicht' }).click();
    await expectVisibleText(page, TEXT.channel, 'Kosten: overview');
    await expectNothingRan(page, 'Kosten');
  });

  it('Nazicht: findings, the accepted recommendation and the dismissal reason', async () => {
    await openPage(page, 'Nazicht');
    await page
      .getByRole('group', { name: 'Tonen' })
      .getByRole('radio', { name: /^Alle \(\d+\)$/ })
      .check();
    for (const text of [TEXT.channel, `Tweede ${SCRIPT}`, TEXT.recommendation, TEXT.dismissal]) {
      await expectVisibleText(page, text, 'Nazicht');
    }
    await expectNothingRan(page, 'Nazicht');
  });

  it('Export: the saved view and the note texts', async () => {
    await openPage(page, 'Export');
    await page.getByRole('radio', { name: 'Een opgeslagen weergave', exact: true }).check();
    await expect.poll(() => page.locator('option', { hasText: TEXT.view }).count(), { timeout: 15_000 }).toBe(1);
    // The Word note's texts come from the register's template, into the form's fields (values, not markup).
    await page.getByRole('radio', { name: /Word/ }).first().check();
    await expect
      .poll(
        () =>
          page
            .locator('textarea, input')
            .evaluateAll((fields) => fields.map((field) => (field as HTMLInputElement).value).join('\n')),
        { timeout: 15_000 },
      )
      .toContain(TEXT.noteTitle);
    await expectNothingRan(page, 'Export');
  });

  it("nothing ran, no dialog opened, every request stayed on the app's own origin", async () => {
    await expectNothingRan(page, 'end');
    expect(dialogs).toEqual([]);
    expect(pageErrors).toEqual([]);
    const foreign = requests.filter(
      (url) => !url.startsWith(`${app.origin}/`) && !url.startsWith(`blob:${app.origin}/`) && !url.startsWith('data:'),
    );
    expect(foreign).toEqual([]);
    // An <img src=x> rendered as HTML would have asked the server for /x.
    expect(requests.filter((url) => new URL(url).pathname === '/x')).toEqual([]);
    expect(requests.length).toBeGreaterThan(10);
  });

  it('the .xlsx export holds every text as a text cell, as typed', async () => {
    const prepared = await api<{ exportId: string }>(app, 'exports.prepare', {
      format: 'xlsx',
      from: isoDaysAgo(365),
      to: isoDaysAgo(0),
    });
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await download(app, prepared.exportId)) as unknown as ArrayBuffer);
    const cells: unknown[] = [];
    book.eachSheet((sheet) => sheet.eachRow((row) => row.eachCell((cell) => cells.push(cell.value))));
    const texts = cells.filter((value): value is string => typeof value === 'string');
    // The handle starts with @: written with the formula-injection apostrophe, the rest as typed.
    const expected = [TEXT.channel, TEXT.organisation, TEXT.person, `'${TEXT.handle}`, TEXT.cost, TEXT.supplier];
    expect(
      expected.filter((text) => !texts.includes(text)),
      'xlsx',
    ).toEqual([]);
    // The recommendation sheet writes it as a sentence.
    expect(texts.some((text) => text.includes(TEXT.recommendation))).toBe(true);
    expect(cells.some((value) => typeof value === 'object' && value !== null && 'formula' in value)).toBe(false);
  });

  it('the .csv exports hold them as quoted text', async () => {
    for (const table of ['channels', 'costLines'] as const) {
      const prepared = await api<{ exportId: string }>(app, 'exports.prepare', {
        format: 'csv',
        csv: { table },
        from: isoDaysAgo(365),
        to: isoDaysAgo(0),
      });
      const csv = (await download(app, prepared.exportId)).toString('utf8');
      const expected =
        table === 'channels'
          ? [TEXT.channel, TEXT.organisation, TEXT.person, `'${TEXT.handle}`, SNEAKY_URL]
          : [TEXT.cost, TEXT.supplier];
      for (const text of expected) {
        const written = /[";\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
        expect(csv, `csv ${table}: ${text}`).toContain(written);
      }
    }
  });

  it('the .docx note holds them as text, and its growth chart renders', async () => {
    const prepared = await api<{ exportId: string }>(app, 'exports.prepare', {
      format: 'docx',
      from: isoDaysAgo(365),
      to: isoDaysAgo(0),
      docx: { variant: 'note', includeChart: true },
    });
    const bytes = await download(app, prepared.exportId);
    const { document } = await readDocx(bytes);
    const text = paragraphTexts(document).join('\n');
    for (const expected of [
      TEXT.channel,
      TEXT.organisation,
      TEXT.person,
      `Tweede ${SCRIPT}`,
      TEXT.noteTitle,
      TEXT.noteArticle,
      TEXT.recommendation,
    ]) {
      expect(text, `docx: ${expected}`).toContain(expected);
    }
    // The chart is in the note as a PNG (the SVG with the names rendered without breaking).
    expect(bytes.includes(Buffer.from('word/media/'))).toBe(true);
  });
});
