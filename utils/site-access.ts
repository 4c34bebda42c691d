import { browser } from 'wxt/browser';
import { missingOrigins, requiredOrigins } from '@/lib/extension/site-access';

/**
 * The manifest's sites (host permissions, content-script matches) the user has not granted.
 * Read from `permissions.getAll()`, not `permissions.contains()`: Chrome's `contains` answers false
 * for a site only content scripts declare even while they run there; `getAll` lists both browsers'
 * granted patterns as the manifest spells them (checked on Chromium 156 and Firefox ESR 153).
 */
export async function missingSiteAccess(): Promise<string[]> {
  const granted = (await browser.permissions.getAll()).origins ?? [];
  return missingOrigins(requiredOrigins(browser.runtime.getManifest()), granted);
}

/**
 * Asks the browser for `origins`. Must be the first thing a click handler awaits: browsers accept
 * permissions.request only inside the user's gesture.
 */
export function requestSiteAccess(origins: string[]): Promise<boolean> {
  return browser.permissions.request({ origins });
}

/** Calls `onChange` whenever the user grants or takes away a permission; returns the unsubscribe. */
export function watchPermissions(onChange: () => void): () => void {
  browser.permissions.onAdded.addListener(onChange);
  browser.permissions.onRemoved.addListener(onChange);
  return () => {
    browser.permissions.onAdded.removeListener(onChange);
    browser.permissions.onRemoved.removeListener(onChange);
  };
}
