import { browser } from 'wxt/browser';
import type { Scenario } from '@/lib/dry-run/scenario';
import { scenarioFromOffer } from '@/lib/dry-run/scenario-from-offer';
import { dryRunDraftStore, scenarioBasis } from '@/utils/dry-run-drafts';
import { rememberShownRun } from '@/utils/dry-run-shown';

/** The full-tab page's own draft key, apart from the popup's per-offer drafts. */
export const DRY_RUN_PAGE_KEY = 'dryrun-page';

/**
 * Opens dryrun.html in a tab with the popup's scenario and result, so a long scenario can be
 * edited with room. The page starts from the sample scenario, so the draft carries the sample's
 * basis: the page then shows no "offer changed" notice for it.
 */
export async function openDryRunPage(scenario: Scenario, runId: string | null): Promise<void> {
  await dryRunDraftStore.save(DRY_RUN_PAGE_KEY, {
    scenario,
    basis: scenarioBasis(scenarioFromOffer(null, null)),
    updatedAt: Date.now(),
  });
  if (runId) await rememberShownRun(DRY_RUN_PAGE_KEY, runId);
  await browser.tabs.create({ url: browser.runtime.getURL('/dryrun.html') });
}

export async function openOptionsPage(): Promise<void> {
  await browser.runtime.openOptionsPage();
}
