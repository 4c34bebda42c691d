import type { BrowserContext, Page, Worker } from '@playwright/test';
import { collectConsoleErrors, type ExtensionApi } from '../fixtures';

declare const chrome: ExtensionApi;

/**
 * Tabs and stored data as the extension sees them, for every spec: opening a fixture page, finding
 * its tab id from the service worker, reading the offers the background stored.
 */

/** Opens `url` in a new page, collecting its console errors from the start. */
export async function openFixturePage(
  context: BrowserContext,
  url: string,
  waitUntil: 'load' | 'domcontentloaded' = 'load',
): Promise<{ page: Page; consoleErrors: string[] }> {
  const page = await context.newPage();
  const consoleErrors = collectConsoleErrors(page);
  await page.goto(url, { waitUntil });
  return { page, consoleErrors };
}

async function tabIds(worker: Worker): Promise<number[]> {
  return worker.evaluate(async () =>
    (await chrome.tabs.query({})).flatMap((tab) => (tab.id === undefined ? [] : [tab.id])),
  );
}

/**
 * Opens `url` in a new tab and returns the page with its tab id. Without the "tabs" permission the
 * extension cannot see tab URLs, so the new tab is found as the one id that was not there before.
 */
export async function openTab(
  context: BrowserContext,
  worker: Worker,
  url: string,
): Promise<{ page: Page; tabId: number }> {
  const before = new Set(await tabIds(worker));
  const page = await context.newPage();
  await page.goto(url);
  const added = (await tabIds(worker)).filter((id) => !before.has(id));
  if (added.length !== 1 || added[0] === undefined)
    throw new Error(`Expected one new tab for ${url}, found ${added.length}`);
  return { page, tabId: added[0] };
}

/**
 * The tab id of `page`, as the real popup finds it (`tabs.query({ active: true, … })`): the page
 * is brought to the front, since without the "tabs" permission tab addresses are hidden.
 */
export async function tabIdOf(worker: Worker, page: Page): Promise<number> {
  await page.bringToFront();
  const id = await worker.evaluate(async () => {
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    return tab?.id;
  });
  if (id === undefined) throw new Error('the service worker sees no active tab');
  return id;
}

/** The tab showing `url` on a host the extension may read (its address is visible there). */
export async function tabIdShowing(worker: Worker, url: string): Promise<number> {
  const id = await worker.evaluate(
    async (u) => (await chrome.tabs.query({})).find((t) => t.url === u)?.id,
    url,
  );
  if (id === undefined) throw new Error(`no tab shows ${url}`);
  return id;
}

export interface StoredField {
  value: unknown;
  source: string;
  readAt: string;
}
export interface StoredOffer {
  key: string;
  network: string;
  offerId: string;
  adminHost: string;
  fields: Record<string, StoredField | undefined>;
}

/** The offers the background stored, by key (`network/offerId`). */
export async function storedOffers(worker: Worker): Promise<Record<string, StoredOffer>> {
  return worker.evaluate(async () => {
    const { affiseOffers } = await chrome.storage.local.get('affiseOffers');
    return (affiseOffers ?? {}) as Record<string, StoredOffer>;
  });
}

export async function storedOffer(worker: Worker, key: string): Promise<StoredOffer | null> {
  return (await storedOffers(worker))[key] ?? null;
}
