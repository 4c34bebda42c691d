import type { PageNode } from '../page/node';
import { findLabels, type LabelMatch } from './find-labels';
import { type FindValueContext, findValue, type ValueHit } from './find-value';
import { offerIdFromUrl } from './offer-id-from-url';
import { MAX_PAYOUT_ROWS, type OfferPageScan } from './offer-page-scan';
import type { PageLabelField } from './page-labels';
import { headerCell, readPayoutRows, singleRowCell } from './read-payout-rows';
import { mergeTaughtRows, readTaughtFields, type TaughtReaderLocators } from './read-taught-fields';

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

/**
 * Reads the page: fields a user taught on this host first (`taught`, see lib/page/locator.ts),
 * then the built-in labels for everything else and for every taught field that is not found.
 */
export function scanOfferPage(
  root: PageNode,
  url: string,
  taught?: TaughtReaderLocators,
): OfferPageScan {
  const builtIn = scanByLabels(root, url);
  if (!taught || Object.keys(taught).length === 0) return builtIn;
  const read = readTaughtFields(root, taught);
  const { values } = read;
  return {
    ...builtIn,
    shownOfferId: values.offerId ?? builtIn.shownOfferId,
    title: values.title ?? builtIn.title,
    trackingUrl: values.trackingUrl ?? builtIn.trackingUrl,
    postbackUrl: values.postbackUrl ?? builtIn.postbackUrl,
    payoutRows: mergeTaughtRows(builtIn.payoutRows, read.rows)?.slice(0, MAX_PAYOUT_ROWS) ?? null,
    ...(values.secureCode === undefined ? {} : { secureCode: values.secureCode }),
    taught: { found: read.found, lost: read.lost },
  };
}

function scanByLabels(root: PageNode, url: string): OfferPageScan {
  const { matches, controlsById, labelledControls } = findLabels(root);
  const labelled = ancestorSet(matches);
  const context: FindValueContext = {
    controlsById,
    labelledControls,
    isOtherField: (node) => labelled.has(node),
  };
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
