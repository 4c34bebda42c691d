import { splitUrl } from '../url/split-url';

/**
 * Offer pages put the id in the path (`/offer/edit/12`, `/offers/12`, `/offer/12/edit`) or, in
 * hash-routed builds, in the fragment (`#/offers/12`).
 */
const OFFER_PATH = /\/offers?\/(?:(?:edit|view|preview)\/)?(\d{1,12})(?=[/?#]|$)/;

export function offerIdFromUrl(url: string): string | null {
  const parts = splitUrl(url);
  if (!parts) return null;
  return OFFER_PATH.exec(parts.path)?.[1] ?? OFFER_PATH.exec(parts.fragment ?? '')?.[1] ?? null;
}
