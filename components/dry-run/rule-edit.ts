import type { StatusCode } from '@/lib/affise/conversion-status';
import type { AffiliatePostbackRule } from '@/lib/dry-run/scenario';

/**
 * Pure edits behind the "Affiliate postbacks" part of the scenario editor.
 */

/**
 * The change of a rule's scope: a global postback is for every offer, so it loses its offer and
 * goal; a local one starts on the scenario's offer.
 */
export function scopePatch(
  scope: AffiliatePostbackRule['scope'],
  offerId: string,
): Partial<AffiliatePostbackRule> {
  return scope === 'global' ? { scope, offerId: undefined, goal: undefined } : { scope, offerId };
}

/** The statuses shown to affiliates with `status` ticked (`on`) or not, in status order. */
export function withShownStatus(
  shown: readonly StatusCode[],
  status: StatusCode,
  on: boolean,
): StatusCode[] {
  const others = shown.filter((s) => s !== status);
  return on ? [...others, status].sort() : others;
}
