import type { Page } from 'puppeteer-core';
import type { FirefoxSession } from '../launch-firefox';
import type { ExtensionApiPage } from './extension-api';

export interface WebTab {
  page: Page;
  /** The WebExtension tab id, for `popup.html?tab=<id>`. */
  tabId: number;
}

/**
 * Opens `url` in a new tab. Without the "tabs" permission the add-on cannot see tab URLs, so the
 * tab is found as the one id that was not there before.
 */
export async function openWebTab(
  session: FirefoxSession,
  api: ExtensionApiPage,
  url: string,
): Promise<WebTab> {
  const before = new Set(await api.tabIds());
  const page = await session.browser.newPage();
  await page.goto(url, { waitUntil: 'load' });
  const added = (await api.tabIds()).filter((id) => !before.has(id));
  const [tabId] = added;
  if (added.length !== 1 || tabId === undefined) {
    throw new Error(`Expected one new tab for ${url}, found ${added.length}`);
  }
  return { page, tabId };
}
