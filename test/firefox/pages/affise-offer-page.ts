import type { Page } from 'puppeteer-core';

/** The Affise offer-edit fixtures (test/fixtures/affise/), as the admin panel shows them. */
export class AffiseOfferPage {
  constructor(readonly page: Page) {}

  /**
   * Shows the Tracking tab's panel, as the admin panel's tab switch does (the fixture has no
   * script of its own for it).
   */
  showTrackingTab(): Promise<void> {
    return this.page.evaluate(() => {
      const panel = document.querySelector<HTMLElement>('[role="tabpanel"][aria-label="Tracking"]');
      if (!panel) throw new Error('the fixture has no Tracking panel');
      panel.hidden = false;
    });
  }

  /** The value of the field labelled "Tracking URL". */
  trackingUrl(): Promise<string> {
    return this.page.evaluate(() => {
      const label = [...document.querySelectorAll('label')].find((candidate) =>
        candidate.textContent?.trim().startsWith('Tracking URL'),
      );
      const field = label?.htmlFor ? document.getElementById(label.htmlFor) : null;
      if (!(field instanceof HTMLInputElement || field instanceof HTMLTextAreaElement)) {
        throw new Error('no Tracking URL field');
      }
      return field.value;
    });
  }
}
