import type { Page } from 'puppeteer-core';
import type { FirefoxSession } from '../launch-firefox';
import { openExtensionPage } from './extension-page';
import { findByName } from './find-by-name';
import { until } from './until';

/** Names of options.html (components/options/) the suite uses, in one place. */
export const OPTIONS_NAMES = {
  domainField: 'Admin domain',
  addDomain: 'Add domain',
  /** AdminDomainsSection: one list item per custom domain, with its access badge. */
  domainItem: (domain: string) => `[data-domain="${domain}"]`,
  notice: '.po-notice',
} as const;

export class OptionsPage {
  private constructor(readonly page: Page) {}

  static async open(session: FirefoxSession): Promise<OptionsPage> {
    return new OptionsPage(await openExtensionPage(session, 'options.html'));
  }

  /** Types `domain` and presses "Add domain"; Firefox then shows its permission prompt. */
  async addAdminDomain(domain: string): Promise<void> {
    await (await findByName(this.page, 'textbox', OPTIONS_NAMES.domainField)).type(domain);
    await (await findByName(this.page, 'button', OPTIONS_NAMES.addDomain)).click();
  }

  /** The text of the domain's list item (its name and access state), once it is listed. */
  domainEntry(domain: string): Promise<string> {
    return until(`${domain} in the list of custom domains`, () =>
      this.page.evaluate(
        (selector) =>
          document.querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim() || undefined,
        OPTIONS_NAMES.domainItem(domain),
      ),
    );
  }

  /** The page's last notice, once there is one. */
  notice(): Promise<string> {
    return until('a notice on the options page', () =>
      this.page.evaluate(
        (selector) =>
          document.querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim() || undefined,
        OPTIONS_NAMES.notice,
      ),
    );
  }
}
