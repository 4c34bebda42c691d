import type { BrowserContext, Page, Worker } from '@playwright/test';
import { z } from 'zod/mini';
import { OfferSchema } from '../../../lib/affise/offer';
import { ALL_TABS } from '../../fixtures/affise/all-tabs-mapping';
import {
  collectConsoleErrors,
  type ExtensionApi,
  expect,
  type FixtureServer,
  test,
} from '../fixtures';
import { openTab } from './extension-tabs';

declare const chrome: ExtensionApi;

export { ALL_TABS };

/**
 * Opens the offer-all-tabs fixture (install + 2 event goals) as an Affise offer page in a new tab
 * and waits until the content script has stored the offer.
 */
export async function openAllTabsOffer(
  context: BrowserContext,
  fixtureServer: FixtureServer,
  worker: Worker,
): Promise<{ page: Page; tabId: number }> {
  const offer = ALL_TABS.offer;
  const opened = await openTab(
    context,
    worker,
    fixtureServer.url('/affise/offer-all-tabs.html', { host: ALL_TABS.host, https: true }),
  );
  await expect
    .poll(
      async () => {
        const stored = await worker.evaluate(
          async () => (await chrome.storage.local.get('affiseOffers')).affiseOffers ?? {},
        );
        const offers = z.record(z.string(), OfferSchema).parse(stored);
        return offers[`${offer?.network}/${offer?.offerId}`]?.fields.goals?.value.length ?? 0;
      },
      // The content script reads on load; on a busy machine storing it takes a few seconds.
      { message: 'the Affise content script stores the fixture offer', timeout: 15_000 },
    )
    .toBe(offer?.goals?.length);
  return opened;
}

/**
 * Tests that start on the offer-all-tabs fixture: the `affise` fixture is its tab, opened and
 * read (the offer stored) before the test body runs.
 */
export const testOnOffer = test.extend<{ affise: { page: Page; tabId: number } }>({
  affise: async ({ context, fixtureServer, serviceWorker }, use) => {
    await use(await openAllTabsOffer(context, fixtureServer, serviceWorker));
  },
});

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
