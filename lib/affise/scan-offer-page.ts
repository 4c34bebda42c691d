import type { PageNode } from '../page/node';
import { findLabels, type LabelMatch } from './find-labels';
import { type FindValueContext, findValue, type ValueHit } from './find-value';
import { offerIdFromUrl } from './offer-id-from-url';
import type { PageLabelField, PayoutField } from './page-labels';
import { headerCell, readPayoutRows, singleRowCell } from './read-payout-rows';

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

/**
 * The value shown for a single-valued field: of every label that names it, the one whose value is
 * nearest wins (a control named by its own `aria-label` beats a heading further off), document
 * order breaking ties. A label heading a table column gives the cell below it when the table has
 * one data row; with several rows (the offers list) it names no single offer's value.
 */
function firstValue(
  matches: readonly LabelMatch[],
  field: PageLabelField,
  context: FindValueContext,
): string | null {
  let best: ValueHit | null = null;
  for (const match of matches) {
    if (match.entry.field !== field) continue;
    const header = headerCell(match.element);
    const hit = header ? singleRowCell(header) : findValue(match.element, context);
    if (hit && (best === null || (hit.distance ?? 0) < (best.distance ?? 0))) best = hit;
  }
  return best ? best.text : null;
}

export function scanOfferPage(root: PageNode, url: string): OfferPageScan {
  const { matches, controlsById, labelledControls } = findLabels(root);
  const labelled = ancestorSet(matches);
  const context: FindValueContext = {
    controlsById,
    labelledControls,
    isOtherField: (node) => labelled.has(node),
  };
  const payoutRows = matches.some((m) => m.entry.field === 'goalValue')
    ? readPayoutRows(matches, context).map((row) =>
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
