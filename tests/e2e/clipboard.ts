import type { Page } from 'playwright-core';

/**
 * Pastes text into the focused element as Excel's clipboard would hand it over (tab-separated
 * cells, CRLF lines). Headless Chromium has no real clipboard to read, so the paste event the
 * grids listen for is dispatched with the data on it.
 */
export async function pasteInto(page: Page, text: string) {
  await page.evaluate((data) => {
    const transfer = new DataTransfer();
    transfer.setData('text/plain', data);
    document.activeElement!.dispatchEvent(
      new ClipboardEvent('paste', { clipboardData: transfer, bubbles: true, cancelable: true }),
    );
  }, text);
}
