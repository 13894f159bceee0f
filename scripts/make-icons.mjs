// Renders resources/icons/icon.svg to the PNG sizes electron-builder and Linux desktops use.
// Run after editing the SVG: `node scripts/make-icons.mjs` (needs Chromium, as the e2e tests do).
import { chromium } from 'playwright-core';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const dir = join(dirname(fileURLToPath(import.meta.url)), '..', 'resources', 'icons');
const svg = readFileSync(join(dir, 'icon.svg'), 'utf8');
mkdirSync(join(dir, 'linux'), { recursive: true });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu'],
});
for (const size of [512, 256, 128, 64, 32, 16]) {
  const page = await browser.newPage({ viewport: { width: size, height: size } });
  await page.setContent(
    `<html><body style="margin:0;background:transparent">${svg.replace('width="512" height="512"', `width="${size}" height="${size}"`)}</body></html>`,
  );
  const png = await page.screenshot({ omitBackground: true });
  writeFileSync(join(dir, 'linux', `${size}x${size}.png`), png);
  if (size === 512) writeFileSync(join(dir, 'icon.png'), png);
  await page.close();
}
await browser.close();
