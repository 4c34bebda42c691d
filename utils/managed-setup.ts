import { browser } from 'wxt/browser';
import { parseTaughtLocators, type TaughtLocators } from '@/lib/teach/taught-locators';
import { parseManagedAdminDomains, readManagedStorage } from '@/utils/managed-admin-domains';

/**
 * Setup deployed by company policy: Chrome's managed storage (the `storage.managed_schema` in the
 * manifest, public/managed-schema.json) or, in Firefox, the same keys under the add-on's
 * "3rdparty" policy. Read-only: the options page shows these values as set by the company, and
 * they win over what a user taught on the same host and field.
 */
export interface ManagedSetup {
  adminDomains: string[];
  taughtLocators: TaughtLocators;
  problems: string[];
}

const EMPTY: ManagedSetup = { adminDomains: [], taughtLocators: {}, problems: [] };

export async function readManagedSetup(): Promise<ManagedSetup> {
  const raw = await readManagedStorage(['adminDomains', 'taughtLocators']);
  if (!raw) return EMPTY;
  const { adminDomains, problems } = parseManagedAdminDomains(raw.adminDomains);
  const taught = parseTaughtLocators(raw.taughtLocators);
  problems.push(...taught.problems.map((p) => `Your company's setup: ${p}`));
  return { adminDomains, taughtLocators: taught.value, problems };
}

/** Calls back when the company's setup changes (a policy update reaches a running browser). */
export function watchManagedSetup(callback: () => void): () => void {
  const listener = (_changes: unknown, area: string) => {
    if (area === 'managed') callback();
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
