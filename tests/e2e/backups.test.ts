import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BackupInfo } from '../../shared/domain/backups';
import type { ChannelList } from '../../shared/domain/channel';
import type { RegisterState } from '../../shared/domain/register';
import { api, launchChromium, seriousAxeViolations, startApp, type RunningApp } from './browserMode';

const SCREENSHOTS = join(__dirname, '..', '..', 'test-results');
const VIEWPORT = { width: 1400, height: 900 };
const CHANGED_HANDLE = '@na-de-reservekopie';

const sha256 = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');
const registerName = (page: Page) => page.locator('.register-name');
const tableStatus = (page: Page) => page.locator('.table-status');
const backupsDialog = (page: Page) => page.getByRole('dialog', { name: 'Reservekopieën en herstellen' });

/** The handle of "Bibliotheek Mechelen" in the register the app has open, read over the API. */
async function libraryHandle(app: RunningApp): Promise<string | null> {
  const list = await api<ChannelList>(app, 'channels.list', { search: 'Bibliotheek Mechelen' });
  const row = list.rows.find((r) => r.name === 'Bibliotheek Mechelen');
  if (!row) throw new Error('Bibliotheek Mechelen is not in the register');
  return row.handle;
}

/**
 * Starts browser mode with a data folder of our own (the last --data-dir wins over startApp's),
 * so backups made in one run are still there in the next.
 */
function startWithDataDir(dataDir: string, db?: string) {
  return startApp(['--data-dir', dataDir, ...(db ? ['--db', db] : [])]);
}

describe('backups and restore in the UI', () => {
  let browser: Browser;
  let scratch: string;

  beforeAll(async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    browser = await launchChromium();
    scratch = mkdtempSync(join(tmpdir(), 'kanalenregister-backups-e2e-'));
  });

  afterAll(async () => {
    await browser?.close();
    if (scratch) rmSync(scratch, { recursive: true, force: true });
  });

  it('makes a backup on demand, checks the register, and restores the backup into a new file', async () => {
    const app = await startApp();
    const page = await browser.newPage({ viewport: VIEWPORT });
    try {
      await page.goto(app.url);
      await registerName(page).filter({ hasText: 'Voorbeeld Mechelen 2014' }).waitFor({ timeout: 15_000 });
      const state = await api<RegisterState>(app, 'register.current', {});
      const original = state.current!;
      expect(original.access).toBe('read-write');
      await expect.poll(() => tableStatus(page).textContent(), { timeout: 15_000 }).toBe(`${original.channelCount} kanalen`);

      const opener = page.getByRole('button', { name: 'Reservekopieën…' });
      await opener.click();
      const dialog = backupsDialog(page);
      await expect.poll(() => dialog.isVisible()).toBe(true);
      // Focus is inside the modal dialog.
      expect(await page.evaluate(() => document.activeElement?.closest('dialog') !== null)).toBe(true);

      await dialog.getByRole('button', { name: 'Nu een reservekopie maken' }).click();
      await expect.poll(() => dialog.getByRole('status').first().textContent()).toContain('Reservekopie gemaakt op');
      const manualRow = dialog.locator('tbody tr', { hasText: 'Handmatig' });
      await expect.poll(() => manualRow.count()).toBe(1);
      const cells = await manualRow.locator('th, td').allTextContents();
      expect(cells[0]).toMatch(/^\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}$/);
      expect(cells[1]).toBe('Handmatig');
      expect(cells[2]).toMatch(/^\d+(,\d)? (kB|MB)$/);
      expect(cells[3]).toBe(String(original.channelCount));
      const listed = await api<BackupInfo[]>(app, 'backups.list', {});
      expect(listed.filter((b) => b.reason === 'manual').map((b) => b.channelCount)).toEqual([original.channelCount]);
      expect(await dialog.locator('table caption').textContent()).toContain(original.fileName);

      await dialog.getByRole('button', { name: 'Register controleren' }).click();
      await expect
        .poll(() => dialog.locator('.integrity-result').textContent(), { timeout: 20_000 })
        .toMatch(/^Het register is in orde: volledige controle zonder problemen/);
      expect(await seriousAxeViolations(page, 'dialog[open]')).toEqual([]);
      await page.screenshot({ path: join(SCREENSHOTS, 'backups-dialog.png') });

      // Esc closes the dialog and the focus goes back to the button that opened it.
      await page.keyboard.press('Escape');
      await expect.poll(() => dialog.isVisible()).toBe(false);
      expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Reservekopieën…');

      // A change after the backup: the restored copy must not have it, the open file must keep it.
      const library = (await api<ChannelList>(app, 'channels.list', { search: 'Bibliotheek Mechelen' })).rows.find(
        (r) => r.name === 'Bibliotheek Mechelen',
      )!;
      await api(app, 'channels.update', { id: library.id, patch: { handle: CHANGED_HANDLE } });
      expect(await libraryHandle(app)).toBe(CHANGED_HANDLE);

      await opener.click();
      await expect.poll(() => manualRow.count()).toBe(1);
      // Cancelling the question puts the focus back on the row's button.
      await manualRow.getByRole('button', { name: /^Herstellen…/ }).click();
      const question = dialog.getByRole('region', { name: /^Reservekopie van .* herstellen\?$/ });
      await expect.poll(() => question.isVisible()).toBe(true);
      const questionText = await question.textContent();
      expect(questionText).toContain('nieuw bestand');
      // The name the copy will get, in the core's pattern (the minute is the moment of the restore).
      expect(questionText).toMatch(/„Voorbeeld Mechelen 2014 \(hersteld \d{4}-\d{2}-\d{2} \d{2}u\d{2}\)\.sqlite”/);
      expect(questionText).toContain(`Het geopende register ${original.fileName} wordt nooit overschreven`);
      expect(questionText).toContain(`De kopie bevat ${original.channelCount} kanalen.`);
      expect(await seriousAxeViolations(page, 'dialog[open]')).toEqual([]);
      await page.screenshot({ path: join(SCREENSHOTS, 'backups-restore-confirm.png') });
      await question.getByRole('button', { name: 'Annuleren' }).click();
      await expect.poll(() => page.evaluate(() => document.activeElement?.textContent ?? '')).toMatch(/^Herstellen…/);

      await manualRow.getByRole('button', { name: /^Herstellen…/ }).click();
      await question.getByRole('button', { name: 'Herstellen als nieuw bestand' }).click();
      await expect.poll(() => dialog.isVisible(), { timeout: 15_000 }).toBe(false);

      // The app is on the new file, which has the backup's contents.
      await expect.poll(() => registerName(page).textContent(), { timeout: 15_000 }).toContain('(hersteld ');
      await expect.poll(() => tableStatus(page).textContent()).toBe(`${original.channelCount} kanalen`);
      const restored = (await api<RegisterState>(app, 'register.current', {})).current!;
      expect(restored.path).not.toBe(original.path);
      expect(restored.fileName).toMatch(/^Voorbeeld Mechelen 2014 \(hersteld \d{4}-\d{2}-\d{2} \d{2}u\d{2}\)\.sqlite$/);
      expect(restored.registerId).toBe(original.registerId);
      expect(await libraryHandle(app)).not.toBe(CHANGED_HANDLE);
      await page.getByLabel('Zoeken', { exact: true }).fill('Bibliotheek Mechelen');
      await expect.poll(() => tableStatus(page).textContent()).toBe('1 kanaal');
      expect(await page.locator('table.channel-grid tbody').textContent()).not.toContain(CHANGED_HANDLE);

      // The file that was open still has the change.
      await api(app, 'register.open', { path: original.path });
      expect(await libraryHandle(app)).toBe(CHANGED_HANDLE);
    } finally {
      await page.close();
      await app.stop();
    }
  });

  it('offers the latest good backup of a damaged register and restores it as a new file', async () => {
    const dataDir = join(scratch, 'damaged-data');
    mkdirSync(dataDir);
    // A first run makes the sample and a backup of it while it is fine.
    let app = await startWithDataDir(dataDir);
    let file: string;
    let backup: BackupInfo;
    try {
      file = (await api<RegisterState>(app, 'register.current', {})).current!.path;
      backup = await api<BackupInfo>(app, 'backups.create', {});
    } finally {
      await app.stop();
    }
    // Then its second page is overwritten with garbage, as a dying disk or a bad copy would.
    const bytes = readFileSync(file);
    const pageSize = bytes.readUInt16BE(16);
    for (let i = pageSize; i < 2 * pageSize; i += 1) bytes[i] = (i * 7919) & 0xff;
    writeFileSync(file, bytes);
    const damagedHash = sha256(file);

    app = await startWithDataDir(dataDir, file);
    const page = await browser.newPage({ viewport: VIEWPORT });
    try {
      await page.goto(app.url);
      await expect
        .poll(() => page.getByRole('alert').first().textContent(), { timeout: 15_000 })
        .toMatch(/beschadigd|kan niet gelezen/);
      const state = await api<RegisterState>(app, 'register.current', {});
      expect(state.current).toBeNull();
      expect(state.recovery?.backups.map((b) => b.id)).toContain(backup.id);
      const latest = state.recovery!.backups[0]!;
      const offer = page.getByRole('region', { name: 'Herstellen uit een reservekopie' });
      await expect
        .poll(() => offer.textContent())
        .toContain(`De laatste goede reservekopie is van ${formatLocal(latest.createdAt)} (${latest.channelCount} kanalen).`);
      expect(await seriousAxeViolations(page, 'main')).toEqual([]);
      await page.screenshot({ path: join(SCREENSHOTS, 'recovery.png') });

      // "Alle reservekopieën bekijken…" lists the backups of the file that failed, without an integrity check.
      await offer.getByRole('button', { name: 'Alle reservekopieën bekijken…' }).click();
      const dialog = backupsDialog(page);
      await expect.poll(() => dialog.locator('tbody tr').count()).toBe(state.recovery!.backups.length);
      expect(await dialog.getByRole('button', { name: 'Register controleren' }).count()).toBe(0);
      expect(await seriousAxeViolations(page, 'dialog[open]')).toEqual([]);
      await dialog.getByRole('button', { name: 'Sluiten' }).click();
      await expect.poll(() => dialog.isVisible()).toBe(false);

      await offer.getByRole('button', { name: 'Herstellen als nieuw bestand' }).click();
      await expect.poll(() => registerName(page).textContent(), { timeout: 15_000 }).toContain('(hersteld ');
      await expect.poll(() => tableStatus(page).textContent(), { timeout: 15_000 }).toBe(`${latest.channelCount} kanalen`);
      expect(await page.getByRole('alert').count()).toBe(0);
      const restored = (await api<RegisterState>(app, 'register.current', {})).current!;
      expect(restored.path).not.toBe(file);
      expect(restored.access).toBe('read-write');
    } finally {
      await page.close();
      await app.stop();
    }
    // The damaged file was never written to.
    expect(sha256(file)).toBe(damagedHash);
  });

  it('opens a register held on another laptop read-only, says who holds it, and refuses edits', async () => {
    const dataDir = join(scratch, 'locked-data');
    mkdirSync(dataDir);
    let app = await startWithDataDir(dataDir);
    let file: string;
    try {
      file = (await api<RegisterState>(app, 'register.current', {})).current!.path;
    } finally {
      await app.stop();
    }
    const now = new Date();
    const openedAt = new Date(now.getTime() - 25 * 60_000).toISOString();
    const lockFile = `${file}.lock`;
    const lock = JSON.stringify({
      user: 'an.peeters',
      host: 'LAPTOP-STADHUIS-7',
      pid: 4242,
      openedAt,
      heartbeatAt: now.toISOString(),
      sessionId: 'e2e-other-laptop',
    });
    writeFileSync(lockFile, lock);
    const before = sha256(file);

    app = await startWithDataDir(dataDir, file);
    const page = await browser.newPage({ viewport: VIEWPORT });
    try {
      await page.goto(app.url);
      const banner = page.locator('.read-only-banner');
      await expect
        .poll(() => banner.textContent(), { timeout: 15_000 })
        .toBe(
          `Alleen lezen: dit register is geopend door an.peeters op LAPTOP-STADHUIS-7 sinds ${formatLocal(openedAt)}. ` +
            'Wijzigingen worden niet bewaard. Sluit het daar, of open een reservekopie.',
        );
      expect(await banner.getAttribute('role')).toBe('status');
      const state = await api<RegisterState>(app, 'register.current', {});
      expect(state.current?.access).toBe('read-only');
      expect(state.current?.lockHolder).toMatchObject({ user: 'an.peeters', host: 'LAPTOP-STADHUIS-7' });
      await expect
        .poll(() => tableStatus(page).textContent(), { timeout: 15_000 })
        .toBe(`${state.current!.channelCount} kanalen`);
      expect(await seriousAxeViolations(page, '.read-only-banner')).toEqual([]);
      await page.screenshot({ path: join(SCREENSHOTS, 'read-only-banner.png') });

      // An edit in the grid fails with the server's read-only message, in the cell.
      await page.getByLabel('Zoeken', { exact: true }).fill('Bibliotheek Mechelen');
      await expect.poll(() => tableStatus(page).textContent()).toBe('1 kanaal');
      const handleCell = page
        .locator('table.channel-grid tbody tr', { has: page.locator('th.name-cell', { hasText: /^Bibliotheek Mechelen$/ }) })
        .locator('.col-handle');
      await handleCell.click();
      await page.keyboard.type('@alleen-lezen');
      await page.keyboard.press('Enter');
      await expect
        .poll(() => page.locator('.cell-error').textContent(), { timeout: 10_000 })
        .toMatch(/an\.peeters.*LAPTOP-STADHUIS-7/);
      await page.keyboard.press('Escape');

      // The language switch changes the banner too.
      await page.getByLabel('Taal').selectOption('en');
      await expect
        .poll(() => banner.textContent())
        .toMatch(/^Read only: this register is open by an\.peeters on LAPTOP-STADHUIS-7 since /);
      await page.getByLabel('Language').selectOption('nl');
    } finally {
      await page.close();
      await app.stop();
    }
    // Nothing was written, and the other laptop's lock is still its own.
    expect(sha256(file)).toBe(before);
    expect(readFileSync(lockFile, 'utf8')).toBe(lock);
  });

  it('warns about a register in a synced folder until the warning is hidden for this session', async () => {
    const app = await startApp();
    const page = await browser.newPage({ viewport: VIEWPORT });
    try {
      const synced = join(scratch, 'Dropbox', 'Kanalen.sqlite');
      mkdirSync(join(scratch, 'Dropbox'));
      const info = await api<{ warnings: Array<{ code: string; message: string; messageEn: string }> }>(app, 'register.create', {
        path: synced,
      });
      const warning = info.warnings.find((w) => w.code === 'synced-folder')!;
      expect(warning).toBeDefined();
      await page.goto(app.url);
      const note = page.getByRole('note', { name: 'Let op waar dit register staat:' });
      await expect.poll(() => note.textContent(), { timeout: 15_000 }).toContain(warning.message);
      expect(await seriousAxeViolations(page, '.storage-warnings')).toEqual([]);
      await page.getByLabel('Taal').selectOption('en');
      await expect.poll(() => page.locator('.storage-warnings').textContent()).toContain(warning.messageEn);
      await page.getByLabel('Language').selectOption('nl');

      await note.getByRole('button', { name: 'Verbergen' }).click();
      await expect.poll(() => page.locator('.storage-warnings').count()).toBe(0);
      // Hidden for this session: a reload keeps it hidden; the register is still in the synced folder.
      await page.reload();
      await page.locator('.register-name', { hasText: 'Kanalen.sqlite' }).waitFor({ timeout: 15_000 });
      expect(await page.locator('.storage-warnings').count()).toBe(0);
    } finally {
      await page.close();
      await app.stop();
    }
  });
});

/** dd/mm/jjjj uu:mm in this machine's time zone, as the page shows it (the page runs in the same zone). */
function formatLocal(iso: string): string {
  const date = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(date.getDate())}/${pad(date.getMonth() + 1)}/${date.getFullYear()} ${pad(date.getHours())}:${pad(date.getMinutes())}`;
}
