import { readFileSync } from 'node:fs';
import type { BrowserContext, Locator, Page, Worker } from '@playwright/test';
import { z } from 'zod/mini';
import { OfferSchema } from '../../../lib/affise/offer';
import { EXPECTED_OFFERS } from '../../fixtures/affise/expected-offers';
import { collectConsoleErrors, type ExtensionApi, expect, type FixtureServer } from '../fixtures';

declare const chrome: ExtensionApi;

export const OFFER_FIXTURE = EXPECTED_OFFERS['offer-all-tabs.html'];

/** Where the extension opens Adjust's Encoding tool; host-resolver rules bring it to the fixture. */
export const ENCODING_TOOL_PATH = '/en/partner/encoding-tool';

/** Serves test/fixtures/adjust/encoding-tool.html at the Encoding tool's real address. */
export function serveEncodingTool(server: FixtureServer): void {
  const html = readFileSync(
    new URL('../../fixtures/adjust/encoding-tool.html', import.meta.url),
    'utf8',
  );
  server.route(ENCODING_TOOL_PATH, {
    headers: { 'content-type': 'text/html; charset=utf-8' },
    body: html,
  });
}

async function tabIds(worker: Worker): Promise<number[]> {
  return worker.evaluate(async () =>
    (await chrome.tabs.query({})).flatMap((tab) => (tab.id === undefined ? [] : [tab.id])),
  );
}

/** Opens `url` in a new tab; the tab id is the one that was not there before. */
export async function openTab(context: BrowserContext, worker: Worker, url: string) {
  const before = new Set(await tabIds(worker));
  const page = await context.newPage();
  await page.goto(url);
  const added = (await tabIds(worker)).filter((id) => !before.has(id));
  if (added.length !== 1 || added[0] === undefined)
    throw new Error(`Expected one new tab for ${url}, found ${added.length}`);
  return { page, tabId: added[0] };
}

/** The Affise offer fixture (install + 2 event goals) in a tab, once the background stored it. */
export async function openAffiseOffer(
  context: BrowserContext,
  server: FixtureServer,
  worker: Worker,
) {
  const offer = OFFER_FIXTURE.offer;
  const url = server.url('/affise/offer-all-tabs.html', { host: OFFER_FIXTURE.host, https: true });
  const opened = await openTab(context, worker, url);
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
  return opened;
}

/**
 * The popup as a user drives it, counting what the user does: opening the popup, each click, and
 * each field typed into (one action however many keys) are one action each.
 */
export class PopupPage {
  actions = 0;
  readonly consoleErrors: string[];

  private constructor(readonly page: Page) {
    this.consoleErrors = collectConsoleErrors(page);
  }

  /** Opens popup.html for `tabId` at popup size (800 × 600): the user's first action. */
  static async open(
    context: BrowserContext,
    extensionId: string,
    query: { tab?: number; theme?: 'light' | 'dark' },
  ): Promise<PopupPage> {
    const page = await context.newPage();
    const popup = new PopupPage(page);
    await page.setViewportSize({ width: 800, height: 600 });
    const search = new URLSearchParams();
    if (query.tab !== undefined) search.set('tab', String(query.tab));
    if (query.theme) search.set('theme', query.theme);
    popup.actions++;
    await page.goto(`chrome-extension://${extensionId}/popup.html?${search}`);
    await expect(page.locator('[data-section="offer"]')).toBeVisible();
    await expect(page.locator('[data-section="next-step"]')).toBeVisible();
    return popup;
  }

  async click(target: Locator): Promise<void> {
    this.actions++;
    await target.click();
  }

  /** A key press where the focus is (e.g. Ctrl+V onto the page, Enter on a focused button). */
  async press(key: string): Promise<void> {
    this.actions++;
    await this.page.keyboard.press(key);
  }

  /** Clicks into a field and types `text` as keystrokes. */
  async type(target: Locator, text: string): Promise<void> {
    this.actions++;
    await target.click();
    await target.press('ControlOrMeta+a');
    await this.page.keyboard.type(text);
  }

  token(goal: string): Locator {
    return this.page.getByLabel(`Adjust event token, goal ${goal}`);
  }

  get finalLink(): Locator {
    return this.page.locator('[data-output="link"] [data-output-text]');
  }

  get copyLink(): Locator {
    return this.page.locator('[data-output="link"] button[data-copy]');
  }

  get primaryAction(): Locator {
    return this.page.locator('[data-section="next-step"] .pb-primary');
  }

  async clipboard(): Promise<string> {
    return this.page.evaluate(() => navigator.clipboard.readText());
  }

  /** Fails unless `target` is inside the 800 × 600 viewport without scrolling. */
  async expectOnFirstScreen(target: Locator, what: string): Promise<void> {
    const scrolled = await this.page.evaluate(() => window.scrollY);
    expect(scrolled, 'the page must not have scrolled').toBe(0);
    const box = await target.boundingBox();
    expect(box, `${what} is rendered`).not.toBeNull();
    if (!box) return;
    expect(box.y, `${what} starts inside the viewport`).toBeGreaterThanOrEqual(0);
    expect(
      box.y + box.height,
      `${what} ends above y = 600 (it ends at ${box.y + box.height})`,
    ).toBeLessThanOrEqual(600);
    expect(box.x + box.width, `${what} ends left of x = 800`).toBeLessThanOrEqual(800);
  }
}
