import { browser } from 'wxt/browser';
import { HostnameSchema } from '@/lib/affise/admin-host';
import { parseTaughtLocators, type TaughtLocators } from '@/lib/teach/taught-locators';

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
  let raw: Record<string, unknown>;
  try {
    // Throws in Firefox when no policy names this add-on, and where managed storage is missing.
    raw = await browser.storage.managed.get(['adminDomains', 'taughtLocators']);
  } catch {
    return EMPTY;
  }
  const problems: string[] = [];
  const adminDomains: string[] = [];
  for (const value of Array.isArray(raw.adminDomains) ? raw.adminDomains : []) {
    const parsed = HostnameSchema.safeParse(value);
    if (parsed.success) adminDomains.push(parsed.data);
    else
      problems.push(
        `Your company's setup lists ${JSON.stringify(value).slice(0, 80)} as an admin domain, which is not a host name; it was ignored.`,
      );
  }
  const taught = parseTaughtLocators(raw.taughtLocators);
  problems.push(...taught.problems.map((p) => `Your company's setup: ${p}`));
  return { adminDomains, taughtLocators: taught.value, problems };
}

/** The user's custom admin domains and the company's, without repeats. */
export async function effectiveAdminDomains(local: readonly string[]): Promise<string[]> {
  return [...new Set([...local, ...(await readManagedSetup()).adminDomains])];
}

/** Calls back when the company's setup changes (a policy update reaches a running browser). */
export function watchManagedSetup(callback: () => void): () => void {
  const listener = (_changes: unknown, area: string) => {
    if (area === 'managed') callback();
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
