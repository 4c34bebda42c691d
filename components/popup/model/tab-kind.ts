import { isEncodingToolPage } from '@/lib/adjust/encoding-tool-origin';
import { hostnameOf, isAdminHost } from '@/lib/affise/admin-host';
import { offerIdFromUrl } from '@/lib/affise/offer-id-from-url';
import { splitUrl } from '@/lib/url/split-url';

/**
 * What the tab the popup works on shows, which decides the one next action it offers:
 * `affise-tracking` an Affise offer with its Tracking URL field on screen, `affise-offer` another
 * part of an Affise offer, `adjust-tool` Adjust's Encoding tool, `adjust-other` another Adjust
 * page, `other` anything else (or an address the extension may not see).
 */
export type TabKind = 'affise-offer' | 'affise-tracking' | 'adjust-tool' | 'adjust-other' | 'other';

/**
 * The kind from the tab's address alone (`affise-tracking` needs a look into the page). `hasOffer`:
 * the background holds an offer read in this tab, which makes any address an Affise offer page
 * (custom admin domains included).
 */
export function tabKindOf(
  url: string | null,
  hasOffer: boolean,
  adminHosts: readonly string[],
): TabKind {
  if (hasOffer) return 'affise-offer';
  const split = url ? splitUrl(url) : null;
  if (!url || !split) return 'other';
  const host = hostnameOf(split.host);
  if (isEncodingToolPage(url)) return 'adjust-tool';
  if (host === 'adjust.com' || host.endsWith('.adjust.com')) return 'adjust-other';
  if (isAdminHost(host, adminHosts) && offerIdFromUrl(url) !== null) return 'affise-offer';
  return 'other';
}

/** The buttons of the "Next step" area. */
export type PageActionId = 'fill-in-adjust' | 'fill-this-page' | 'apply-to-offer' | 'read-page';

export interface NextActions {
  primary: PageActionId;
  /** Other actions that work on this tab, less prominent. */
  secondary: PageActionId[];
}

/**
 * The one next action for the tab, and the others that can work there. "Fill in Adjust" opens the
 * Encoding tool in another tab, so it works from anywhere once there is a link; "Fill this page"
 * only on the tool, "Apply to offer" only on an Affise offer.
 */
export function nextActions(kind: TabKind): NextActions {
  switch (kind) {
    case 'affise-tracking':
      return { primary: 'apply-to-offer', secondary: ['fill-in-adjust'] };
    case 'affise-offer':
      return { primary: 'fill-in-adjust', secondary: ['apply-to-offer'] };
    case 'adjust-tool':
      return { primary: 'fill-this-page', secondary: [] };
    case 'adjust-other':
      return { primary: 'fill-in-adjust', secondary: [] };
    case 'other':
      return { primary: 'read-page', secondary: ['fill-in-adjust'] };
  }
}
