import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import sample from '../../resources/sample/mechelen-2014.json';
import { api, openApp, seriousAxeViolations, type RunningApp } from './browserMode';

const SCREENSHOTS = join(__dirname, '..', '..', 'test-results');

/** Organisation rows (not the group headings). */
const orgRows = (page: Page) => page.locator('table.org-table tbody tr:not(.group-row)');
const orgRow = (page: Page, name: string) =>
  page.locator('table.org-table tbody tr', { has: page.locator('th[scope="row"]', { hasText: new RegExp(`^(└ )?${name}$`) }) });
const personRow = (page: Page, name: string) =>
  page.locator('table.people-table tbody tr', { has: page.locator('th[scope="row"]', { hasText: new RegExp(`^${name}$`) }) });
const focusedText = (page: Page) => page.evaluate(() => document.activeElement?.textContent ?? '');
const focusedLabel = (page: Page) =>
  page.evaluate(() => {
    const active = document.activeElement as HTMLInputElement | null;
    return active?.labels?.[0]?.textContent ?? active?.textContent ?? '';
  });

describe('organisations and people pages', () => {
  let app: RunningApp;
  let page: Page;
  let close: (() => Promise<void>) | undefined;

  beforeAll(async () => {
    ({ app, page, close } = await openApp({
      viewport: { width: 1400, height: 900 },
      register: 'Voorbeeld Mechelen 2014.sqlite',
    }));
    mkdirSync(SCREENSHOTS, { recursive: true });
  });

  afterAll(async () => {
    await close?.();
  });

  it('shows the sample organisations as a tree: Stad Mechelen with its departments, then the partner projects', async () => {
    await page.getByRole('link', { name: 'Organisaties' }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Organisaties');
    await expect.poll(() => orgRows(page).count(), { timeout: 15_000 }).toBe(sample.organisations.length);
    expect(await page.locator('.page-header .muted').textContent()).toBe('20 organisaties');

    const names = await orgRows(page).locator('th[scope="row"]').allTextContents();
    expect(names[0]).toBe('Stad Mechelen');
    const departments = sample.organisations.filter((o) => 'parent' in o && o.parent === 'stad').map((o) => `└ ${o.name}`);
    expect(new Set(names.slice(1, 1 + departments.length))).toEqual(new Set(departments));
    expect(await page.locator('table.org-table tbody th[scope="rowgroup"]').allTextContents()).toEqual([
      'Stad en stadsdiensten (14)',
      'Partnerprojecten (6)',
    ]);

    const stadChannels = sample.channels.filter((c) => c.organisation === 'stad').length;
    expect(await orgRow(page, 'Stad Mechelen').locator('td').allTextContents()).toEqual([
      'Stadsdienst',
      '—bovenste niveau',
      String(stadChannels),
      sample.organisations[0]!.notes,
      'Bewerken Stad MechelenVerwijderen Stad Mechelen',
    ]);
    expect(await orgRow(page, 'Bibliotheek Mechelen').locator('td').nth(1).textContent()).toBe('Stad Mechelen');
    expect(await orgRow(page, 'Project Wolf').locator('td').first().textContent()).toBe('Partnerproject');

    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.screenshot({ path: join(SCREENSHOTS, 'organisations.png') });
  });

  it('adds an organisation by keyboard and puts the focus on its row', async () => {
    await page.getByLabel('Naam', { exact: true }).focus();
    await page.keyboard.type('Dienst Digitale Communicatie');
    await page.keyboard.press('Tab'); // kind: Stadsdienst stays
    expect(await focusedLabel(page)).toBe('Soort');
    await page.keyboard.press('Tab');
    expect(await focusedLabel(page)).toBe('Valt onder');
    await page.keyboard.press('ArrowDown'); // the first organisation in tree order: Stad Mechelen
    await page.keyboard.press('Tab');
    expect(await focusedText(page)).toBe('Toevoegen');
    await page.keyboard.press('Enter');

    await expect.poll(() => orgRows(page).count()).toBe(sample.organisations.length + 1);
    await expect.poll(() => focusedText(page)).toBe('└ Dienst Digitale Communicatie');
    expect(await page.locator('.entity-status').textContent()).toBe('Organisatie “Dienst Digitale Communicatie” toegevoegd.');
    expect(await orgRow(page, 'Dienst Digitale Communicatie').locator('td').nth(1).textContent()).toBe('Stad Mechelen');
    expect(await page.getByLabel('Naam', { exact: true }).inputValue()).toBe('');
  });

  it('refuses an empty name beside the field', async () => {
    await page.getByRole('button', { name: 'Toevoegen' }).click();
    await expect.poll(() => page.getByRole('alert').first().textContent()).toBe('Geef een naam op.');
    expect(await page.getByLabel('Naam', { exact: true }).getAttribute('aria-invalid')).toBe('true');
    await expect.poll(() => focusedLabel(page)).toBe('Naam');
  });

  it('renames it in the edit dialog, by keyboard', async () => {
    await orgRow(page, 'Dienst Digitale Communicatie').locator('th').focus();
    await page.keyboard.press('Tab');
    expect(await focusedText(page)).toBe('Bewerken Dienst Digitale Communicatie');
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Organisatie bewerken' });
    await expect.poll(() => dialog.isVisible()).toBe(true);
    await expect.poll(() => focusedLabel(page)).toBe('Naam');
    // The parent list leaves out the organisation itself.
    const parentOptions = await dialog.getByLabel('Valt onder').locator('option').allTextContents();
    expect(parentOptions.some((o) => o.includes('Dienst Digitale Communicatie'))).toBe(false);
    expect(parentOptions.length).toBe(sample.organisations.length + 1);
    expect(await seriousAxeViolations(page, 'dialog[open]')).toEqual([]);
    await page.screenshot({ path: join(SCREENSHOTS, 'organisation-edit.png') });

    await page.keyboard.press('Control+A');
    await page.keyboard.type('Team Digitale Communicatie');
    await page.keyboard.press('Enter');
    await expect.poll(() => dialog.isVisible()).toBe(false);
    await expect.poll(() => orgRow(page, 'Team Digitale Communicatie').count()).toBe(1);
    await expect.poll(() => focusedText(page)).toBe('Bewerken Team Digitale Communicatie');
    expect(await orgRow(page, 'Dienst Digitale Communicatie').count()).toBe(0);
  });

  it('shows why an organisation with channels cannot be deleted', async () => {
    await page.getByRole('button', { name: 'Verwijderen Bibliotheek Mechelen' }).click();
    const dialog = page.getByRole('dialog', { name: 'Organisatie verwijderen' });
    await expect.poll(() => dialog.isVisible()).toBe(true);
    expect(await focusedText(page)).toBe('Annuleren');
    await dialog.getByRole('button', { name: 'Verwijderen' }).click();
    await expect
      .poll(() => dialog.getByRole('alert').textContent())
      .toBe(
        'Er ging iets mis: Organisatie "Bibliotheek Mechelen" kan niet verwijderd worden: 1 kanaal hoort er nog bij. Verplaats of verwijder die eerst.',
      );
    await page.screenshot({ path: join(SCREENSHOTS, 'organisation-delete-refused.png') });
    await dialog.getByRole('button', { name: 'Sluiten' }).click();
    await expect.poll(() => dialog.isVisible()).toBe(false);
    expect(await orgRows(page).count()).toBe(sample.organisations.length + 1);
  });

  it('deletes the new organisation and moves the focus to the row in its place', async () => {
    const names = await orgRows(page).locator('th[scope="row"]').allTextContents();
    const next = names[names.indexOf('└ Team Digitale Communicatie') + 1];
    await page.getByRole('button', { name: 'Verwijderen Team Digitale Communicatie' }).click();
    const dialog = page.getByRole('dialog', { name: 'Organisatie verwijderen' });
    await dialog.getByRole('button', { name: 'Verwijderen' }).click();
    await expect.poll(() => orgRows(page).count()).toBe(sample.organisations.length);
    await expect.poll(() => focusedText(page)).toBe(next);
    expect(await page.locator('.entity-status').textContent()).toBe('Organisatie “Team Digitale Communicatie” verwijderd.');
  });

  it('reads in English', async () => {
    await page.getByLabel('Taal').selectOption('en');
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Organisations');
    expect(await page.locator('table.org-table tbody th[scope="rowgroup"]').first().textContent()).toBe(
      'City and city departments (14)',
    );
    expect(await orgRow(page, 'Stad Mechelen').locator('td').first().textContent()).toBe('City department');
    await page.getByLabel('Language').selectOption('nl');
  });

  it('adds a person, checking the e-mail address beside the field', async () => {
    await page.getByRole('link', { name: 'Personen' }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Personen');
    await expect
      .poll(() => page.locator('table.people-table tbody td').first().textContent())
      .toBe('Nog geen personen. Voeg er hierboven een toe.');
    const form = page.locator('form.entity-add-form');
    await form.getByLabel('Naam').fill('An Peeters');
    await form.getByLabel('E-mail').fill('an.peeters@');
    await form.getByLabel('Telefoon').fill('015 29 76 54');
    await form.getByLabel('Organisatie').selectOption({ label: 'Stad Mechelen' });
    await form.getByLabel('Rol').fill('Webmaster');
    await form.getByLabel('Rol').press('Enter');
    await expect.poll(() => form.getByLabel('E-mail').getAttribute('aria-invalid')).toBe('true');
    await expect.poll(() => focusedLabel(page)).toBe('E-mail');
    expect(await form.locator('.field-error').textContent()).toBe('E-mail heeft een ongeldig formaat (email).');

    await page.keyboard.press('End');
    await page.keyboard.type('mechelen.be');
    await page.keyboard.press('Enter');
    await expect.poll(() => personRow(page, 'An Peeters').count()).toBe(1);
    await expect.poll(() => focusedText(page)).toBe('An Peeters');
    expect(await personRow(page, 'An Peeters').locator('td').allTextContents()).toEqual([
      'an.peeters@mechelen.be',
      '015 29 76 54',
      'Stad Mechelen',
      'Webmaster',
      'In dienst',
      '0',
      'Bewerken An PeetersVerwijderen An Peeters',
    ]);

    await form.getByLabel('Naam').fill('Tijdelijke Stagiair');
    await form.getByLabel('Naam').press('Enter');
    await expect.poll(() => personRow(page, 'Tijdelijke Stagiair').count()).toBe(1);
    expect(await page.locator('.page-header .muted').textContent()).toBe('2 personen, waarvan 0 uit dienst');
  });

  it('marks a person as uit dienst in the edit dialog', async () => {
    await page.getByRole('button', { name: 'Bewerken An Peeters' }).click();
    const dialog = page.getByRole('dialog', { name: 'Persoon bewerken' });
    await expect.poll(() => dialog.isVisible()).toBe(true);
    expect(await dialog.getByLabel('In dienst').isChecked()).toBe(true);
    expect(await seriousAxeViolations(page, 'dialog[open]')).toEqual([]);
    await dialog.getByLabel('In dienst').focus();
    await page.keyboard.press('Space');
    expect(await dialog.getByLabel('In dienst').isChecked()).toBe(false);
    await page.screenshot({ path: join(SCREENSHOTS, 'person-edit.png') });
    await dialog.getByRole('button', { name: 'Opslaan' }).click();
    await expect.poll(() => dialog.isVisible()).toBe(false);
    await expect.poll(() => personRow(page, 'An Peeters').locator('td').nth(4).textContent()).toBe('Uit dienst');
    expect(await page.locator('.entity-status').textContent()).toBe('An Peeters bewaard en uit dienst gezet.');
    expect(await page.locator('.page-header .muted').textContent()).toBe('2 personen, waarvan 1 uit dienst');
  });

  it('counts the channels a person is responsible for, and refuses to delete while there are any', async () => {
    const people = await api<Array<{ id: string; name: string }>>(app, 'people.list', {});
    const an = people.find((p) => p.name === 'An Peeters')!;
    const channels = await api<{ rows: Array<{ id: string }> }>(app, 'channels.list', { search: 'Bibliotheek' });
    // api() throws when the update is refused, so reaching the next line is the check.
    await api(app, 'channels.update', { id: channels.rows[0]!.id, patch: { responsiblePersonId: an.id } });

    await page.getByRole('link', { name: 'Kanalen' }).click();
    await page.getByRole('link', { name: 'Personen' }).click();
    await expect.poll(() => personRow(page, 'An Peeters').locator('td').nth(5).textContent()).toBe('1');

    await page.getByRole('button', { name: 'Verwijderen An Peeters' }).click();
    const dialog = page.getByRole('dialog', { name: 'Persoon verwijderen' });
    await dialog.getByRole('button', { name: 'Verwijderen' }).click();
    await expect
      .poll(() => dialog.getByRole('alert').textContent())
      .toBe(
        'Er ging iets mis: An Peeters kan niet verwijderd worden: nog verantwoordelijk voor 1 kanaal. Duid eerst iemand anders aan, of zet de persoon op niet actief.',
      );
    await dialog.getByRole('button', { name: 'Sluiten' }).click();

    await page.getByRole('button', { name: 'Verwijderen Tijdelijke Stagiair' }).click();
    await dialog.getByRole('button', { name: 'Verwijderen' }).click();
    await expect.poll(() => personRow(page, 'Tijdelijke Stagiair').count()).toBe(0);
    await expect.poll(() => focusedText(page)).toBe('An Peeters');
  });

  it('has no serious or critical accessibility violations on the people page', async () => {
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.screenshot({ path: join(SCREENSHOTS, 'people.png') });
  });
});
