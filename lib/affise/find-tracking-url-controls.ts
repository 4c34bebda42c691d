import { findControlNear, isTextControl } from '../page/find-control';
import type { PageNode } from '../page/node';
import { findLabels, type LabelMatch } from './find-labels';

function ancestorsOf(matches: readonly LabelMatch[]): Set<PageNode> {
  const set = new Set<PageNode>();
  for (const match of matches) {
    for (let node: PageNode | null = match.element; node && !set.has(node); node = node.parentNode)
      set.add(node);
  }
  return set;
}

/**
 * The text controls of the offer's "Tracking URL", found by its label with the reader's label data
 * (lib/affise/page-labels.ts), shown or not: Affise keeps every tab of the offer form in the page
 * and hides the inactive ones, so "Apply to offer" (utils/apply-tracking-url.ts) picks the shown
 * one. A control inside another field's label block is never taken for it.
 */
export function findTrackingUrlControls(root: PageNode): PageNode[] {
  const scan = findLabels(root);
  const labels = scan.matches.filter((match) => match.entry.field === 'trackingUrl');
  const others = ancestorsOf(scan.matches.filter((match) => match.entry.field !== 'trackingUrl'));
  return labels
    .map((label) =>
      findControlNear(label.element, {
        accept: isTextControl,
        byId: scan.controlsById,
        isOtherField: (node) => others.has(node),
      }),
    )
    .filter((node): node is PageNode => node !== null);
}
