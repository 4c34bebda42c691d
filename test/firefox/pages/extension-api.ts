import type { Page } from 'puppeteer-core';
import { z } from 'zod/mini';
import { type Offer, OfferSchema } from '../../../lib/affise/offer';
import type { ExtensionApi } from '../../e2e/fixtures';
import type { FirefoxSession } from '../launch-firefox';
import { openExtensionPage } from './extension-page';
import { until } from './until';

// The WebExtension API as code passed to page.evaluate sees it inside an extension page.
declare const browser: ExtensionApi;

const OffersSchema = z.record(z.string(), OfferSchema);
const TabOfferReplySchema = z.object({
  ok: z.literal(true),
  data: z.object({ offer: z.nullable(z.object({ key: z.string() })) }),
});

/**
 * An extension page the test keeps open to call WebExtension APIs as the add-on: Firefox exposes
 * no target for the background page, and preload scripts do not reach extension pages.
 */
export class ExtensionApiPage {
  private constructor(readonly page: Page) {}

  static async open(session: FirefoxSession): Promise<ExtensionApiPage> {
    // options.html does nothing on its own at load besides rendering.
    return new ExtensionApiPage(await openExtensionPage(session, 'options.html'));
  }

  /** Ids of all open tabs (without the "tabs" permission the add-on cannot see their URLs). */
  tabIds(): Promise<number[]> {
    return this.page.evaluate(async () =>
      (await browser.tabs.query({})).flatMap((tab) => (tab.id === undefined ? [] : [tab.id])),
    );
  }

  /** The Affise offers the background has stored, by key (`network/offerId`). */
  async storedOffers(): Promise<Record<string, Offer>> {
    const stored = await this.page.evaluate(
      async () => (await browser.storage.local.get('affiseOffers')).affiseOffers ?? {},
    );
    return OffersSchema.parse(stored);
  }

  /** Waits until the background has stored offer `key` with `goalCount` goals. */
  waitForStoredOffer(key: string, goalCount: number): Promise<Offer> {
    return until(`offer ${key} with ${goalCount} goals in storage`, async () => {
      const offer = (await this.storedOffers())[key];
      return offer?.fields.goals?.value.length === goalCount ? offer : undefined;
    });
  }

  /**
   * Waits until the background knows that tab `tabId` shows offer `key` (the content script's scan
   * of that very tab arrived), as the popup asks it with `getTabOffer`. An offer stored by an
   * earlier visit would not prove that.
   */
  waitForTabOffer(tabId: number, key: string): Promise<true> {
    return until(`the background to know tab ${tabId} shows offer ${key}`, async () => {
      const reply = TabOfferReplySchema.safeParse(
        await this.sendMessage({ type: 'getTabOffer', tabId }),
      );
      return reply.success && reply.data.data.offer?.key === key;
    });
  }

  sendMessage(message: unknown): Promise<unknown> {
    return this.page.evaluate((sent) => browser.runtime.sendMessage(sent), message);
  }

  grantedOrigins(): Promise<string[]> {
    return this.page.evaluate(async () => (await browser.permissions.getAll()).origins ?? []);
  }

  /** What a user does in about:addons → Permissions, through the API Firefox offers add-ons. */
  revokeOrigins(origins: string[]): Promise<boolean> {
    return this.page.evaluate((list) => browser.permissions.remove({ origins: list }), origins);
  }

  /** Runs a trivial script in tab `tabId`; returns the error message, or null when it ran. */
  scriptingError(tabId: number): Promise<string | null> {
    return this.page.evaluate(async (id) => {
      try {
        await browser.scripting.executeScript({ target: { tabId: id }, func: () => true });
        return null;
      } catch (error) {
        return error instanceof Error ? error.message : String(error);
      }
    }, tabId);
  }

  /** Fetches `url` from this extension page (no-cors: the add-on has no host permission for it). */
  fetchFromExtension(url: string): Promise<void> {
    return this.page.evaluate(async (target) => {
      await fetch(target, { mode: 'no-cors' }).catch(() => undefined);
    }, url);
  }

  clearStorage(): Promise<void> {
    return this.page.evaluate(async () => {
      await browser.storage.local.clear();
      await browser.storage.session.clear();
    });
  }
}
