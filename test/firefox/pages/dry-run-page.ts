import type { Page } from 'puppeteer-core';
import type { FirefoxSession } from '../launch-firefox';
import { openExtensionPage } from './extension-page';
import { findByName } from './find-by-name';
import { until } from './until';

/** Names and markers of dryrun.html (components/dry-run/DryRunView.tsx), in one place. */
export const DRY_RUN_NAMES = {
  run: 'Run dry-run',
  result: '[data-testid="dry-run-result"]',
  /** One per request the emulator pretends to send; `data-hop` holds its kind. */
  hop: '.pbd-hop',
} as const;

export interface DryRunResult {
  /** The text of each hop of the timeline, in order. */
  hops: string[];
  /** The `data-hop` kind of each hop (`click`, `adjust-callback`, …). */
  kinds: string[];
}

export class DryRunPage {
  private constructor(readonly page: Page) {}

  static async open(session: FirefoxSession): Promise<DryRunPage> {
    const page = await openExtensionPage(session, 'dryrun.html');
    await until('the scenario editor', () =>
      page.evaluate(
        (name) => [...document.querySelectorAll('button')].some((b) => b.textContent === name),
        DRY_RUN_NAMES.run,
      ),
    );
    return new DryRunPage(page);
  }

  /** Runs the scenario shown (the sample on a fresh profile) and returns the timeline. */
  async run(): Promise<DryRunResult> {
    await (await findByName(this.page, 'button', DRY_RUN_NAMES.run)).click();
    return until('the dry-run result', () =>
      this.page.evaluate((names) => {
        const result = document.querySelector(names.result);
        const hops = [...(result?.querySelectorAll(names.hop) ?? [])];
        if (hops.length === 0) return undefined;
        return {
          hops: hops.map((hop) => hop.textContent?.replace(/\s+/g, ' ').trim() ?? ''),
          kinds: hops.map((hop) => hop.getAttribute('data-hop') ?? ''),
        };
      }, DRY_RUN_NAMES),
    );
  }
}
