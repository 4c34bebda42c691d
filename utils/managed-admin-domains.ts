import { browser } from 'wxt/browser';
import { HostnameSchema } from '@/lib/affise/admin-host';

/**
 * What company policy sets under `keys` (utils/managed-setup.ts), as stored: Chrome's managed
 * storage or, in Firefox, the add-on's "3rdparty" policy. Null where there is none.
 */
export async function readManagedStorage(
  keys: readonly ('adminDomains' | 'taughtLocators')[],
): Promise<Record<string, unknown> | null> {
  try {
    // Throws in Firefox when no policy names this add-on, and where managed storage is missing.
    return await browser.storage.managed.get([...keys]);
  } catch {
    return null;
  }
}

/** The admin domains the company's setup lists; what is not a host name is reported and skipped. */
export function parseManagedAdminDomains(value: unknown): {
  adminDomains: string[];
  problems: string[];
} {
  const problems: string[] = [];
  const adminDomains: string[] = [];
  for (const item of Array.isArray(value) ? value : []) {
    const parsed = HostnameSchema.safeParse(item);
    if (parsed.success) adminDomains.push(parsed.data);
    else
      problems.push(
        `Your company's setup lists ${JSON.stringify(item).slice(0, 80)} as an admin domain, which is not a host name; it was ignored.`,
      );
  }
  return { adminDomains, problems };
}

/**
 * The user's custom admin domains and the company's, without repeats. Kept apart from the rest of
 * the managed setup so the popup, which needs only this, does not load the taught-field parser.
 */
export async function effectiveAdminDomains(local: readonly string[]): Promise<string[]> {
  const raw = await readManagedStorage(['adminDomains']);
  const managed = raw ? parseManagedAdminDomains(raw.adminDomains).adminDomains : [];
  return [...new Set([...local, ...managed])];
}
