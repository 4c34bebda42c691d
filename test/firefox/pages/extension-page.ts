import type { Page } from 'puppeteer-core';
import type { FirefoxSession } from '../launch-firefox';
import { until } from './until';

/**
 * Opens `moz-extension://<uuid>/<path>` in a new tab and waits until the document has loaded.
 * The navigation promise is left alone: Firefox sends no load event for extension pages
 * (bug 1755014), so it would only time out.
 */
export async function openExtensionPage(session: FirefoxSession, path: string): Promise<Page> {
  const url = session.extensionUrl(path);
  const page = await session.browser.newPage();
  page.goto(url).catch(() => undefined);
  await until(`${url} to load`, () =>
    page.evaluate(
      (expected) => location.href === expected && document.readyState === 'complete',
      url,
    ),
  );
  return page;
}

/** The text of every h1–h3 on the page, in order: proof that the app rendered. */
export function headings(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('h1, h2, h3')].map(
      (heading) => heading.textContent?.replace(/\s+/g, ' ').trim() ?? '',
    ),
  );
}
