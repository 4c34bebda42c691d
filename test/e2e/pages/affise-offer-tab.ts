import type { BrowserContext, Page, Worker } from '@playwright/test';
import { z } from 'zod/mini';
import { OfferSchema } from '../../../lib/affise/offer';
import { EXPECTED_OFFERS } from '../../fixtures/affise/expected-offers';
import { collectConsoleErrors, type ExtensionApi, expect, type FixtureServer } from '../fixtures';

declare const chrome: ExtensionApi;

export const ALL_TABS = EXPECTED_OFFERS['offer-all-tabs.html'];

async function tabIds(worker: Worker): Promise<number[]> {
  return worker.evaluate(async () =>
    (await chrome.tabs.query({})).flatMap((tab) => (tab.id === undefined ? [] : [tab.id])),
  );
}

/**
 * Opens the offer-all-tabs fixture as an Affise offer page and waits until the content script has
 * stored the offer. Without the "tabs" permission the extension cannot see tab URLs, so the tab is
 * found as the one id that was not there before.
 */
export async function openAllTabsOffer(
  context: BrowserContext,
  fixtureServer: FixtureServer,
  worker: Worker,
): Promise<{ page: Page; tabId: number }> {
  const offer = ALL_TABS.offer;
  const before = new Set(await tabIds(worker));
  const page = await context.newPage();
  await page.goto(
    fixtureServer.url('/affise/offer-all-tabs.html', { host: ALL_TABS.host, https: true }),
  );
  const added = (await tabIds(worker)).filter((id) => !before.has(id));
  if (added.length !== 1 || added[0] === undefined) throw new Error('Expected one new tab');
  // A content script on a loaded machine (2 shared cores) can take several seconds to report.
  await expect
    .poll(
      async () => {
        const stored = await worker.evaluate(
          async () => (await chrome.storage.local.get('affiseOffers')).affiseOffers ?? {},
        );
        const offers = z.record(z.string(), OfferSchema).parse(stored);
        return offers[`${offer?.network}/${offer?.offerId}`]?.fields.goals?.value.length ?? 0;
      },
      { timeout: 15_000 },
    )
    .toBe(offer?.goals?.length);
  return { page, tabId: added[0] };
}

/** The popup page working on `tabId`, as a tab (Playwright cannot drive the real popup window). */
export async function openPopupOn(
  context: BrowserContext,
  extensionId: string,
  tabId: number,
  query = '',
): Promise<{ page: Page; consoleErrors: string[] }> {
  const page = await context.newPage();
  const consoleErrors = collectConsoleErrors(page);
  await page.setViewportSize({ width: 800, height: 600 });
  await page.goto(`chrome-extension://${extensionId}/popup.html?tab=${tabId}${query}`);
  await expect(page.locator('tr[data-goal]').first()).toBeVisible();
  return { page, consoleErrors };
}
