import type { BrowserContext, Page, Worker } from '@playwright/test';
import { type ExtensionApi, expect } from '../fixtures';

declare const chrome: ExtensionApi;

/**
 * Page object for "Show me where it is": the popup opened in a tab for a target tab (`?tab=`), and
 * the target page in pick mode. Clicks and key presses are real input events.
 */

export async function serviceWorkerOf(context: BrowserContext): Promise<Worker> {
  return (
    context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension:')) ??
    (await context.waitForEvent('serviceworker'))
  );
}

export async function openPopupFor(context: BrowserContext, worker: Worker, tabId: number) {
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${new URL(worker.url()).host}/popup.html?tab=${tabId}`);
  await expect(popup.locator('[data-section="teach"]')).toBeVisible();
  return popup;
}

export async function taughtFields(worker: Worker, host: string): Promise<string[]> {
  return worker.evaluate(async (h) => {
    const { taughtLocators } = await chrome.storage.local.get('taughtLocators');
    return Object.keys((taughtLocators as Record<string, object> | undefined)?.[h] ?? {});
  }, host);
}

/** Starts pick mode for `field` from the popup's "Fields on this page" and waits until it is on. */
export async function startPick(popup: Page, page: Page, field: string): Promise<void> {
  await popup.locator('#pb-teach-field').selectOption(field);
  await popup.locator('[data-section="teach"] .pb-row [data-action="show-me-where"]').click();
  await expect(popup.locator('[data-teach-message]')).toContainText('click');
  await page.bringToFront();
  // One bar at a time: the previous pick's result is gone once this one listens.
  await expect(pickStatus(page)).toHaveCount(1);
  await expect(pickStatus(page)).toContainText('click the');
}

/** What pick mode tells the user (its bar lives in an open shadow root). */
export function pickStatus(page: Page) {
  return page.locator('[data-postbridge-pick] p[role="status"]');
}

/** Teaches `field` by clicking the element `selector` names, and waits until it is stored. */
export async function teachByClick(
  popup: Page,
  page: Page,
  worker: Worker,
  host: string,
  field: string,
  selector: string,
): Promise<void> {
  await startPick(popup, page, field);
  await page.locator(selector).first().hover();
  await expect(page.locator('[data-postbridge-pick] .box')).toBeVisible();
  await page.locator(selector).first().click();
  await expect(pickStatus(page)).toContainText('from now on');
  await expect
    .poll(() => taughtFields(worker, host), { message: `${field} is stored` })
    .toContain(field);
}
