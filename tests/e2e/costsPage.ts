import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';

/** Reading the Kosten page the way a user does: by tab, caption and row header. */

/** Cell text as read: nl-BE puts a no-break space between "€" and the amount. */
export const clean = (text: string | null) =>
  (text ?? '')
    .replace(/[\u00a0\u202f]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

/** A locator's text as read (see clean). */
export const readable = async (locator: Locator) => clean(await locator.textContent());

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A table by (the start of) its caption. */
export const table = (page: Page, caption: string) =>
  page.locator('table', { has: page.locator('caption', { hasText: caption }) });

/** A body or footer row by its row header. */
export const row = (scope: Locator, header: string) =>
  scope.locator('tbody tr, tfoot tr', {
    has: scope.page().locator('th[scope="row"]', { hasText: new RegExp(`^${escape(header)}$`) }),
  });

export const cells = async (locator: Locator) => (await locator.locator('td').allTextContents()).map(clean);

export async function openTab(page: Page, name: string | RegExp) {
  await page.getByRole('tab', { name }).click();
  await expect.poll(() => page.getByRole('heading', { level: 2 }).first().textContent()).toMatch(name);
}

/** The period every section is read for; waits until the overview answered for it. */
export async function choosePeriod(page: Page, from: number, to: number) {
  await page.getByLabel('Van jaar', { exact: true }).fill(String(from));
  await page.getByLabel('Tot en met jaar', { exact: true }).fill(String(to));
  await expect.poll(() => page.locator('.costs-status').textContent()).toBe('');
}
