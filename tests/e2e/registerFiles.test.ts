import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, seriousAxeViolations, startApp, type RunningApp } from './browserMode';

describe('register files in the UI', () => {
  let browser: Browser;
  let scratch: string;

  beforeAll(async () => {
    browser = await launchChromium();
    scratch = mkdtempSync(join(tmpdir(), 'kanalenregister-files-'));
  });

  afterAll(async () => {
    await browser?.close();
    rmSync(scratch, { recursive: true, force: true });
  });

  it('creates a new register, shows its path, and reopens the sample from the recent list', async () => {
    const app: RunningApp = await startApp();
    try {
      const page = await browser.newPage();
      await page.goto(app.url);
      await expect.poll(() => page.locator('.table-status').textContent(), { timeout: 15_000 }).toBe('44 kanalen');
      const samplePath = await page.locator('.register-path').textContent();

      await page.getByRole('button', { name: 'Nieuw…' }).click();
      const dialog = page.getByRole('dialog', { name: 'Nieuw register' });
      await expect.poll(() => dialog.isVisible()).toBe(true);
      expect(await seriousAxeViolations(page, 'dialog')).toEqual([]);
      const newPath = join(scratch, 'leeg register.sqlite');
      await dialog.getByLabel('Pad van het registerbestand').fill(newPath);
      await dialog.getByLabel('Pad van het registerbestand').press('Enter');

      await expect.poll(() => page.locator('.register-path').textContent()).toBe(newPath);
      await expect.poll(() => page.locator('.table-status').textContent()).toBe('0 kanalen');

      await page.getByRole('button', { name: 'Openen…' }).click();
      const openDialog = page.getByRole('dialog', { name: 'Register openen' });
      await openDialog.getByRole('button', { name: samplePath! }).click();
      await openDialog.getByRole('button', { name: 'Openen', exact: true }).click();
      await expect.poll(() => page.locator('.register-path').textContent()).toBe(samplePath);
      await expect.poll(() => page.locator('.table-status').textContent()).toBe('44 kanalen');

      // Creating over an existing file is refused; the open register stays open.
      await page.getByRole('button', { name: 'Nieuw…' }).click();
      await page.getByLabel('Pad van het registerbestand').fill(newPath);
      await page.getByRole('button', { name: 'Aanmaken' }).click();
      await expect.poll(() => page.getByRole('alert').textContent()).toContain('Er bestaat al een bestand');
      await page.getByRole('button', { name: 'Annuleren' }).click();
      await expect.poll(() => page.locator('.register-path').textContent()).toBe(samplePath);
    } finally {
      await app.stop();
    }
  });

  it('refuses a register written by a newer version, with a clear message, and leaves the file alone', async () => {
    const file = join(scratch, 'nieuwer.sqlite');
    const db = new Database(file);
    db.exec(`CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, checksum TEXT NOT NULL, applied_at TEXT NOT NULL);
             INSERT INTO schema_migrations VALUES (1, 'init', 'x', '2030-01-01'), (99, 'future', 'y', '2030-01-01');`);
    db.close();
    const before = createHash('sha256').update(readFileSync(file)).digest('hex');

    const app = await startApp(['--db', file]);
    try {
      const page = await browser.newPage();
      await page.goto(app.url);
      await expect
        .poll(() => page.getByRole('alert').textContent(), { timeout: 15_000 })
        .toContain('Dit register is gemaakt met een nieuwere versie van Kanalenregister (schema 99');
      expect(await page.locator('table.channel-grid').count()).toBe(0);
    } finally {
      await app.stop();
    }
    expect(createHash('sha256').update(readFileSync(file)).digest('hex')).toBe(before);
  });
});
