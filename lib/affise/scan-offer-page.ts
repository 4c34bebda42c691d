import type { PageNode } from '../page/node';
import { findLabels, type LabelMatch } from './find-labels';
import { type FindValueContext, findValue } from './find-value';
import { offerIdFromUrl } from './offer-id-from-url';
import type { PageLabelField, PayoutField } from './page-labels';
import { headerCell, readPayoutRows } from './read-payout-rows';

/**
 * What an Affise page shows, as raw text found next to each label, before any validation. The
 * content script sends this to the background, which parses it with zod (`interpretOfferScan`):
 * keeping zod out of the content script keeps it small enough to load on every admin page.
 *
 * A field is null when its label (or a value beside it) is not on the page, and '' when the label
 * is there with an empty value.
 */
export interface OfferPageScan {
  url: string;
  offerIdInUrl: string | null;
  shownOfferId: string | null;
  title: string | null;
  trackingUrl: string | null;
  postbackUrl: string | null;
  /** null when the page shows no "Goal value" label (the Payouts tab is not rendered). */
  payoutRows: Partial<Record<PayoutField, string>>[] | null;
}

function ancestorSet(matches: readonly LabelMatch[]): Set<PageNode> {
  const set = new Set<PageNode>();
  for (const match of matches) {
    set.add(match.element);
    for (let node = match.element.parentNode; node && !set.has(node); node = node.parentNode)
      set.add(node);
  }
  return set;
}

/** The first value shown for a single-valued field; column headers (the offers list) are skipped. */
function firstValue(
  matches: readonly LabelMatch[],
  field: PageLabelField,
  context: FindValueContext,
): string | null {
  for (const match of matches) {
    if (match.entry.field !== field || headerCell(match.element)) continue;
    const hit = findValue(match.element, context);
    if (hit) return hit.text;
  }
  return null;
}

/**
 * Payout rows read from one page. Rows repeat a goal per country or device, and only
 * MAX_GOALS_PER_OFFER goals are kept, so a page with thousands of rows (a hostile one had 5,000)
 * costs no more than this to send and check (issue 10 §5).
 */
export const MAX_PAYOUT_ROWS = 1000;

export function scanOfferPage(root: PageNode, url: string): OfferPageScan {
  const { matches, controlsById } = findLabels(root);
  const labelled = ancestorSet(matches);
  const context: FindValueContext = { controlsById, isOtherField: (node) => labelled.has(node) };
  const payoutRows = matches.some((m) => m.entry.field === 'goalValue')
    ? readPayoutRows(matches, context)
        .slice(0, MAX_PAYOUT_ROWS)
        .map((row) =>
          Object.fromEntries(Object.entries(row).map(([field, hit]) => [field, hit?.text ?? ''])),
        )
    : null;
  return {
    url,
    offerIdInUrl: offerIdFromUrl(url),
    shownOfferId: firstValue(matches, 'offerId', context),
    title: firstValue(matches, 'title', context),
    trackingUrl: firstValue(matches, 'trackingUrl', context),
    postbackUrl: firstValue(matches, 'postbackUrl', context),
    payoutRows,
  };
}

/** Whether the scan can belong to one offer at all: worth sending to the background. */
export function scanNamesAnOffer(scan: OfferPageScan): boolean {
  return scan.offerIdInUrl !== null || /^\s*#?\d{1,12}\s*$/.test(scan.shownOfferId ?? '');
}
