import { z } from 'zod/mini';
import { HostnameSchema } from '@/lib/affise/admin-host';
import { mergeOffer } from '@/lib/affise/merge-offer';
import { type Offer, type OfferRead, OfferSchema, offerKey } from '@/lib/affise/offer';
import { defineStoredItem } from '@/utils/storage';

/**
 * Storage for the Affise reader. Offers and settings live in storage.local; which offer each tab
 * showed lives in storage.session (tab ids mean nothing after a browser restart).
 */

/** Offers not touched for a while are dropped beyond this many. */
export const MAX_STORED_OFFERS = 300;

export const StoredOffersSchema = z.record(z.string(), OfferSchema);
export type StoredOffers = z.infer<typeof StoredOffersSchema>;

/** Every offer read so far, keyed by `offerKey` (`<network>/<offer id>`). */
export const storedOffers = defineStoredItem('local:affiseOffers', {
  schema: StoredOffersSchema,
  fallback: {},
  version: 1,
  label: 'stored Affise offers',
});

/** Tab id → key of the offer last read in that tab. */
export const tabOffers = defineStoredItem('session:affiseTabOffers', {
  schema: z.record(z.string(), z.string()),
  fallback: {},
  version: 1,
  label: 'offers remembered per tab',
});

/** Custom admin domains the user added in the options (besides *.affise.com). */
export const adminDomains = defineStoredItem('local:affiseAdminDomains', {
  schema: z.array(HostnameSchema).check(z.maxLength(50)),
  fallback: [],
  version: 1,
  label: 'custom admin domains',
});

/**
 * The Affise API host and key. The key stays in storage.local (never storage.sync, never sent
 * anywhere but the API host) and is never logged.
 */
export const AffiseApiSettingsSchema = z.object({
  apiHost: z.string().check(z.trim(), z.maxLength(300)),
  apiKey: z.string().check(z.trim(), z.maxLength(200)),
});
export type AffiseApiSettings = z.infer<typeof AffiseApiSettingsSchema>;

export const affiseApiSettings = defineStoredItem('local:affiseApi', {
  schema: AffiseApiSettingsSchema,
  fallback: { apiHost: '', apiKey: '' },
  version: 1,
  label: 'Affise API settings',
});

function keepNewest(offers: StoredOffers, keep: string): StoredOffers {
  const entries = Object.entries(offers);
  if (entries.length <= MAX_STORED_OFFERS) return offers;
  const newest = entries
    .filter(([key]) => key !== keep)
    .sort(([, a], [, b]) => b.updatedAt.localeCompare(a.updatedAt))
    .slice(0, MAX_STORED_OFFERS - 1);
  const kept = offers[keep];
  return Object.fromEntries(kept ? [[keep, kept], ...newest] : newest);
}

// Reads from several tabs arrive together; each merge must see the previous one's result.
let queue: Promise<unknown> = Promise.resolve();
function serialized<T>(task: () => Promise<T>): Promise<T> {
  const run = queue.then(task, task);
  queue = run.catch(() => undefined);
  return run;
}

/** Read-modify-write of one stored offer, serialized against every other write. */
export function updateOffer(
  key: string,
  update: (stored: Offer | undefined) => Offer,
): Promise<Offer> {
  return serialized(async () => {
    const offers = await storedOffers.getValue();
    const next = update(offers[key]);
    await storedOffers.setValue(keepNewest({ ...offers, [next.key]: next }, next.key));
    return next;
  });
}

/** Merges one partial read (page, API or manual) into the stored offer and returns the result. */
export function saveOfferRead(read: OfferRead, now: string): Promise<Offer> {
  return updateOffer(offerKey(read), (stored) => mergeOffer(stored, read, now));
}

export async function getStoredOffer(key: string): Promise<Offer | null> {
  return (await storedOffers.getValue())[key] ?? null;
}

export function rememberTabOffer(tabId: number, key: string): Promise<void> {
  return serialized(async () => {
    const tabs = await tabOffers.getValue();
    if (tabs[String(tabId)] !== key) await tabOffers.setValue({ ...tabs, [String(tabId)]: key });
  });
}

export function forgetTab(tabId: number): Promise<void> {
  return serialized(async () => {
    const tabs = await tabOffers.getValue();
    if (!(String(tabId) in tabs)) return;
    const { [String(tabId)]: _gone, ...rest } = tabs;
    await tabOffers.setValue(rest);
  });
}

export async function tabOfferKey(tabId: number): Promise<string | null> {
  return (await tabOffers.getValue())[String(tabId)] ?? null;
}
