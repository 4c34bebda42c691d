import type { Page } from 'puppeteer-core';
import type { ExtensionApi } from '../../e2e/fixtures';
import type { FirefoxSession } from '../launch-firefox';
import { openExtensionPage } from './extension-page';
import { findByName } from './find-by-name';
import { until } from './until';

/**
 * Every name the Firefox suite uses to find things in the popup, in one place: accessible names
 * (what a screen reader announces, as Playwright's getByRole/getByLabel see them) first, data
 * attributes only where the popup has no name for a thing. Adapt here when the popup's wording
 * changes; the tests assert on behaviour (the link built, the page filled), not on these words.
 */
// The WebExtension API as code passed to page.evaluate sees it inside an extension page.
declare const browser: ExtensionApi;

export const POPUP_NAMES = {
  readPage: 'Read this page',
  eventToken: (goal: string) => `Adjust event token, goal ${goal}`,
  /** The next step on Adjust's Encoding tool tab (NextStep.tsx). */
  fillEncodingTool: 'Fill this page',
  applyToOffer: 'Apply to offer',
  allowSiteAccess: 'Allow access',
  dryRunTab: 'Dry run',
  /** OfferSection: where the offer shown comes from (`tab`, `stored`, `none`). */
  offerOrigin: '[data-offer-origin]',
  /** Set by PopupApp once the stored draft and the tab's offer are known. */
  readyMark: 'postbridge:ready',
  /** ComparisonView: Adjust's output against Postbridge's link (`identical`, `equivalent`, …). */
  comparison: '[data-comparison]',
  /** HostAccessNotice: the add-on lacks site access. */
  siteAccessNotice: '[data-site-access]',
} as const;

export interface PopupOptions {
  /** The tab the popup acts on (`?tab=`); the popup opened from the toolbar uses the active tab. */
  tabId?: number;
  theme?: 'light' | 'dark';
}

export class PopupPage {
  private constructor(readonly page: Page) {}

  static async open(session: FirefoxSession, options: PopupOptions = {}): Promise<PopupPage> {
    const query = new URLSearchParams();
    if (options.tabId !== undefined) query.set('tab', String(options.tabId));
    if (options.theme) query.set('theme', options.theme);
    const page = await openExtensionPage(session, `popup.html?${query}`);
    const popup = new PopupPage(page);
    await until('the popup to be ready', () =>
      page.evaluate((mark) => performance.getEntriesByName(mark).length > 0, POPUP_NAMES.readyMark),
    );
    return popup;
  }

  /** Replaces a field's text by typing, as a user does. */
  async typeInto(name: string, text: string): Promise<void> {
    const field = await findByName(this.page, 'textbox', name);
    await field.evaluate((element) => {
      if (element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement) {
        element.focus();
        element.select();
      }
    });
    await field.type(text);
  }

  setEventToken(goal: string, token: string): Promise<void> {
    return this.typeInto(POPUP_NAMES.eventToken(goal), token);
  }

  async click(name: string): Promise<void> {
    await (await findByName(this.page, 'button', name)).click();
  }

  /** Every Adjust link the popup shows (fields and results), as text. */
  shownLinks(): Promise<string[]> {
    return this.page.evaluate(() =>
      [...document.querySelectorAll('code, textarea, input, output')]
        .map((element) =>
          element instanceof HTMLTextAreaElement || element instanceof HTMLInputElement
            ? element.value
            : (element.textContent ?? ''),
        )
        .map((text) => text.trim())
        .filter((text) => /^https:\/\/[^/]*adjust\.com\//.test(text)),
    );
  }

  /** Waits until the popup shows `link` (the engine's result) as one of its links. */
  waitForLink(link: string): Promise<true> {
    return until('the popup to show the built link', async () =>
      (await this.shownLinks()).includes(link),
    );
  }

  /** Presses the Encoding-tool button and returns the comparison verdict the popup shows. */
  async fillEncodingTool(): Promise<string> {
    await this.click(POPUP_NAMES.fillEncodingTool);
    return until(
      'the comparison with Adjust’s output',
      () =>
        this.page.evaluate((selector) => {
          const shown = document.querySelector(selector);
          if (shown) return shown.getAttribute('data-comparison') ?? '';
          const failure = document.querySelector('[data-action-failure]');
          if (failure) throw new Error(`The fill failed: ${failure.textContent}`);
          return undefined;
        }, POPUP_NAMES.comparison),
      15_000,
    );
  }

  /** Where the offer on screen comes from: `tab` (read in the target tab), `stored`, `none`. */
  offerOrigin(): Promise<string | null> {
    return this.page.evaluate(
      (selector) => document.querySelector(selector)?.getAttribute('data-offer-origin') ?? null,
      POPUP_NAMES.offerOrigin,
    );
  }

  /** Presses "Read this page" and waits until the read is over (the button is enabled again). */
  async readThisPage(): Promise<void> {
    const button = await findByName(this.page, 'button', POPUP_NAMES.readPage);
    await button.click();
    await until('the read to finish', () =>
      button.evaluate(
        (element) =>
          !element.hasAttribute('disabled') && element.getAttribute('aria-busy') !== 'true',
      ),
    );
  }

  /** Texts of everything the popup announces as an alert, or shows as a notice. */
  notices(): Promise<string[]> {
    return this.page.evaluate(() =>
      [...document.querySelectorAll('[role="alert"], [role="status"], .pb-notice')]
        .map((element) => element.textContent?.replace(/\s+/g, ' ').trim() ?? '')
        .filter((text) => text !== ''),
    );
  }

  /** The site-access notice: its state (`missing`, `granted`) and text, or null when none. */
  siteAccessNotice(): Promise<{ state: string; text: string } | null> {
    return this.page.evaluate((selector) => {
      const notice = document.querySelector(selector);
      if (!notice) return null;
      return {
        state: notice.getAttribute('data-site-access') ?? '',
        text: notice.textContent?.replace(/\s+/g, ' ').trim() ?? '',
      };
    }, POPUP_NAMES.siteAccessNotice);
  }

  /** Presses the notice's button, which asks Firefox for the missing sites. */
  allowSiteAccess(): Promise<void> {
    return this.click(POPUP_NAMES.allowSiteAccess);
  }

  /**
   * Closes the popup once what it wrote has landed. The popup writes every change at once; Firefox
   * fails a storage call still running when its page unloads ("Promise rejected after context
   * unloaded", "can't access dead object" in IndexedDB.sys.mjs), so a test that closes the page a
   * few milliseconds after typing would lose the last keystroke, which no person types that fast.
   */
  async close(): Promise<void> {
    await this.page.evaluate(async () => {
      const snapshot = async () => JSON.stringify(await browser.storage.local.get(null));
      let before = await snapshot();
      for (let round = 0; round < 20; round += 1) {
        await new Promise((resolve) => setTimeout(resolve, 150));
        const after = await snapshot();
        if (after === before) return;
        before = after;
      }
    });
    await this.page.close();
  }
}
