/**
 * Which sites the add-on needs standing access to, and how to say that one is missing.
 *
 * "Users can grant or revoke host permissions on an ad hoc basis. Therefore, most browsers treat
 * host_permissions as optional" — in Firefox this covers the hosts of `host_permissions` and of
 * `content_scripts`, and an extension should check with `permissions.contains` and ask with
 * `permissions.request`:
 * https://developer.mozilla.org/en-US/docs/Mozilla/Add-ons/WebExtensions/manifest.json/host_permissions
 * Without that access the Affise reader does not run when an offer page opens.
 */

/** The part of a manifest that names sites. */
export interface ManifestSites {
  host_permissions?: readonly string[];
  content_scripts?: readonly { matches?: readonly string[] }[];
}

/** Host permissions and content-script matches, each once, in manifest order. */
export function requiredOrigins(manifest: ManifestSites): string[] {
  const patterns = [
    ...(manifest.host_permissions ?? []),
    ...(manifest.content_scripts ?? []).flatMap((script) => script.matches ?? []),
  ];
  return [...new Set(patterns)];
}

/** The patterns of `required` that `granted` does not list (browsers list them as declared). */
export function missingOrigins(required: readonly string[], granted: readonly string[]): string[] {
  const have = new Set(granted);
  return required.filter((pattern) => !have.has(pattern));
}

/** `*://*.affise.com/*` → `*.affise.com`; a pattern without a host part is returned as it is. */
export function siteOf(pattern: string): string {
  return /^[^:]+:\/\/([^/]+)\//.exec(pattern)?.[1] ?? pattern;
}

/**
 * The sites of `patterns` with the narrower ones left out (`help.adjust.com` is inside
 * `*.adjust.com`), so the user reads each site once.
 */
export function distinctSites(patterns: readonly string[]): string[] {
  const sites = [...new Set(patterns.map(siteOf))];
  return sites.filter(
    (site) =>
      !sites.some(
        (other) => other !== site && other.startsWith('*.') && site.endsWith(other.slice(1)),
      ),
  );
}

/** The sentence the popup shows when some of `missing` (match patterns) are not granted. */
export function describeMissingAccess(missing: readonly string[]): string {
  const sites = distinctSites(missing).join(', ');
  return `Postbridge is not allowed on ${sites} in this browser, so it cannot read offers or fill pages there by itself.`;
}

/**
 * What a browser's "no access" failure of scripting.executeScript means for the user, or null for
 * any other failure. Firefox says "Missing host permission for the tab"; Chrome "Cannot access
 * contents of the page …" (or "… of url …").
 */
export function describeNoAccessFailure(browserMessage: string): string | null {
  if (!/missing host permission|cannot access contents of/i.test(browserMessage)) return null;
  return 'Postbridge is not allowed to read this page: open Postbridge from its toolbar button while the page is shown, or allow it on this site (“Allow access” in the popup), then try again.';
}
