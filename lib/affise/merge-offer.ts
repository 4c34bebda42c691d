import { dedupeGoals } from './dedupe-goals';
import {
  type FieldSource,
  OFFER_FIELD_NAMES,
  type Offer,
  type OfferFieldName,
  type OfferFields,
  type OfferRead,
  offerKey,
} from './offer';

/**
 * Whether a newly read value replaces the stored one. The user's own value always stands until
 * the user changes it; a value read from the page or the API beats one Postbridge assembled;
 * otherwise the newer read wins (the user may have edited the offer in Affise meanwhile).
 */
export function replaces(incoming: FieldSource, stored: FieldSource): boolean {
  if (incoming === 'manual') return true;
  if (stored === 'manual') return false;
  if (incoming === 'assembled') return stored === 'assembled';
  return true;
}

function mergeField<K extends OfferFieldName>(
  stored: OfferFields[K],
  incoming: OfferFields[K],
): OfferFields[K] {
  if (incoming === undefined) return stored;
  if (stored === undefined || replaces(incoming.source, stored.source)) return incoming;
  return stored;
}

/**
 * Folds one partial read into what is stored for that offer, so visiting the Tracking, Postbacks
 * and Payouts tabs in any order (or loading from the API) adds up to the whole offer.
 */
export function mergeOffer(stored: Offer | undefined, read: OfferRead, now: string): Offer {
  const fields: OfferFields = { ...stored?.fields };
  for (const name of OFFER_FIELD_NAMES) {
    const merged = mergeField(stored?.fields[name], read.fields[name]);
    if (merged === undefined) delete fields[name];
    else Object.assign(fields, { [name]: merged });
  }
  if (fields.goals)
    fields.goals = { ...fields.goals, value: dedupeGoals(fields.goals.value).goals };
  // The admin panel's own host is the best one to show; an API read only knows a derived host.
  const fromPage = OFFER_FIELD_NAMES.some((name) => read.fields[name]?.source === 'page');
  return {
    key: offerKey(read),
    network: read.network,
    offerId: read.offerId,
    adminHost: stored && !fromPage ? stored.adminHost : read.adminHost,
    fields,
    updatedAt: now,
  };
}

/** Drops the user's value for the named fields, so the next page or API read fills them again. */
export function clearManualFields(
  offer: Offer,
  names: readonly OfferFieldName[],
  now: string,
): Offer {
  const fields: OfferFields = { ...offer.fields };
  for (const name of names) {
    if (fields[name]?.source === 'manual') delete fields[name];
  }
  return { ...offer, fields, updatedAt: now };
}
