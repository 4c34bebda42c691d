import type { Page } from 'puppeteer-core';

// What the Encoding-tool fixtures expose for tests (see the comment at the top of each fixture).
declare const window: { fixtureLog?: string[] };

/** The Adjust Encoding-tool fixtures (test/fixtures/adjust/), read the way a user reads them. */
export class EncodingToolPage {
  constructor(readonly page: Page) {}

  /** The links under "Generated URLs", one per line, as the page's own script computed them. */
  generatedLinks(): Promise<string[]> {
    return this.page.evaluate(() => {
      const out = document.querySelector('#generated, .o2');
      const text = out instanceof HTMLTextAreaElement ? out.value : (out?.textContent ?? '');
      return text
        .split('\n')
        .map((line) => line.trim())
        .filter((line) => line !== '');
    });
  }

  /** Events the page observed (`input:install`, `change:links`, `ignored:…`, …). */
  observedEvents(): Promise<string[]> {
    return this.page.evaluate(() => window.fixtureLog ?? []);
  }
}
