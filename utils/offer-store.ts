import { z } from 'zod/mini';
import { HostnameSchema } from '@/lib/affise/admin-host';
import { mergeOffer } from '@/lib/affise/merge-offer';
import { type Offer, type OfferRead, OfferSchema, offerKey } from '@/lib/affise/offer';
import { ownEntry } from '@/lib/core/own-entry';
import { createSerialQueue } from '@/lib/core/serial-queue';
import { defineStoredItem } from '@/utils/storage';
import { addStorageNotice } from '@/utils/storage-notices';

/**
 * Storage for the Affise reader. Offers and settings live in storage.local; which offer each tab
 * showed lives in storage.session (tab ids mean nothing after a browser restart).
 */

/**
 * Offers least recently used (read from their page or the API, or typed into) are dropped beyond
 * this many, or beyond MAX_OFFERS_CHARS of JSON: storage.local holds 10 MB for everything.
 */
export const MAX_STORED_OFFERS = 300;
export const MAX_OFFERS_CHARS = 3_000_000;

const problems: string[] = [];
const report = (message: string) => {
  problems.push(message);
};

/**
 * What was set aside reading the offers, admin domains or API settings since the last call: the
 * background adds it to its next answer about an offer, so the popup shows it.
 */
export function takeOfferStoreProblems(): string[] {
  return problems.splice(0, problems.length);
}

export const StoredOffersSchema = z.record(z.string(), OfferSchema);
export type StoredOffers = z.infer<typeof StoredOffersSchema>;

/** Every offer read so far, keyed by `offerKey` (`<network>/<offer id>`). */
export const storedOffers = defineStoredItem('local:affiseOffers', {
  schema: StoredOffersSchema,
  fallback: {},
  version: 1,
  label: 'stored Affise offers',
  onInvalid: report,
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
  onInvalid: report,
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
  onInvalid: report,
});

/**
 * The offers within MAX_STORED_OFFERS and MAX_OFFERS_CHARS, most recently used first; `keep` (the
 * one just written) always stays. Returns the keys it dropped, so the user can be told.
 */
export function keepNewest(
  offers: StoredOffers,
  keep: string,
): { offers: StoredOffers; dropped: string[] } {
  const entries = Object.entries(offers);
  let chars = 0;
  const sizes = new Map(entries.map(([key, offer]) => [key, JSON.stringify(offer).length]));
  for (const size of sizes.values()) chars += size;
  if (entries.length <= MAX_STORED_OFFERS && chars <= MAX_OFFERS_CHARS)
    return { offers, dropped: [] };
  const newestFirst = entries
    .filter(([key]) => key !== keep)
    .sort(([, a], [, b]) => b.updatedAt.localeCompare(a.updatedAt));
  const kept = ownEntry(offers, keep);
  const result: [string, Offer][] = kept ? [[keep, kept]] : [];
  let used = kept ? (sizes.get(keep) ?? 0) : 0;
  const dropped: string[] = [];
  for (const [key, offer] of newestFirst) {
    const size = sizes.get(key) ?? 0;
    if (result.length < MAX_STORED_OFFERS && used + size <= MAX_OFFERS_CHARS) {
      result.push([key, offer]);
      used += size;
    } else dropped.push(key);
  }
  return { offers: Object.fromEntries(result), dropped };
}

async function tellDropped(dropped: readonly string[]): Promise<void> {
  if (dropped.length === 0) return;
  const names =
    dropped.slice(0, 3).join(', ') + (dropped.length > 3 ? ` and ${dropped.length - 3} more` : '');
  await addStorageNotice(
    `To stay within the browser's storage, Postbridge removed the least recently used offers (${names}). Open an offer's page again to read it back.`,
  );
}

// Reads from several tabs arrive together; each merge must see the previous one's result.
const serialized = createSerialQueue();

/** Read-modify-write of one stored offer, serialized against every other write. */
export function updateOffer(
  key: string,
  update: (stored: Offer | undefined) => Offer,
): Promise<Offer> {
  return serialized(async () => {
    const offers = await storedOffers.getValue();
    const next = update(ownEntry(offers, key));
    const kept = keepNewest({ ...offers, [next.key]: next }, next.key);
    await storedOffers.setValue(kept.offers);
    await tellDropped(kept.dropped);
    return next;
  });
}

/** Merges one partial read (page, API or manual) into the stored offer and returns the result. */
export function saveOfferRead(read: OfferRead, now: string): Promise<Offer> {
  return updateOffer(offerKey(read), (stored) => mergeOffer(stored, read, now));
}

export async function getStoredOffer(key: string): Promise<Offer | null> {
  return ownEntry(await storedOffers.getValue(), key) ?? null;
}

export function rememberTabOffer(tabId: number, key: string): Promise<void> {
  return serialized(async () => {
    const tabs = await tabOffers.getValue();
    if (ownEntry(tabs, String(tabId)) !== key)
      await tabOffers.setValue({ ...tabs, [String(tabId)]: key });
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
  return ownEntry(await tabOffers.getValue(), String(tabId)) ?? null;
}
