import { browser } from 'wxt/browser';
import { requiredOrigins } from '@/lib/site-access';

/** The manifest's sites (host permissions, content-script matches) the user has not granted. */
export async function missingSiteAccess(): Promise<string[]> {
  const origins = requiredOrigins(browser.runtime.getManifest());
  const granted = await Promise.all(
    origins.map((origin) => browser.permissions.contains({ origins: [origin] })),
  );
  return origins.filter((_, index) => !granted[index]);
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
