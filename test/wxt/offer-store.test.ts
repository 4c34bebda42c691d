import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  adminDomains,
  affiseApiSettings,
  forgetTab,
  MAX_STORED_OFFERS,
  rememberTabOffer,
  saveOfferRead,
  storedOffers,
  tabOfferKey,
} from '@/utils/offer-store';
import { offerRead, READ_AT } from './offer-read';

beforeEach(() => {
  fakeBrowser.reset();
});

describe('offer store', () => {
  it('keeps offers in storage.local under affiseOffers, keyed by network and id', async () => {
    await saveOfferRead(offerRead('12'), READ_AT);
    const raw = await fakeBrowser.storage.local.get('affiseOffers');
    expect(Object.keys(raw.affiseOffers as object)).toEqual(['rocketcompany/12']);
  });

  it('replaces a stored value that fails its schema instead of crashing', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    await fakeBrowser.storage.local.set({
      affiseOffers: { 'rocketcompany/12': { offerId: 'twelve' } },
    });
    expect(await storedOffers.getValue()).toEqual({});
    const offer = await saveOfferRead(offerRead('12'), READ_AT);
    expect(offer.fields.title?.value).toBe('Offer 12');
  });

  it(`keeps at most ${MAX_STORED_OFFERS} offers, dropping the oldest`, async () => {
    const offers = Object.fromEntries(
      Array.from({ length: MAX_STORED_OFFERS }, (_, i) => {
        const offerId = String(1000 + i);
        const updatedAt = new Date(Date.UTC(2024, 0, 1, 0, 0, i)).toISOString();
        return [
          `rocketcompany/${offerId}`,
          { ...offerRead(offerId), key: `rocketcompany/${offerId}`, updatedAt },
        ];
      }),
    );
    await storedOffers.setValue(offers);
    await saveOfferRead(offerRead('12'), READ_AT);
    const stored = await storedOffers.getValue();
    expect(Object.keys(stored)).toHaveLength(MAX_STORED_OFFERS);
    expect(stored['rocketcompany/12']).toBeDefined();
    expect(stored['rocketcompany/1000']).toBeUndefined();
  });

  it('remembers which offer a tab showed until the tab closes', async () => {
    await rememberTabOffer(4, 'rocketcompany/12');
    expect(await tabOfferKey(4)).toBe('rocketcompany/12');
    await forgetTab(4);
    expect(await tabOfferKey(4)).toBeNull();
  });

  it('accepts only bare host names as custom admin domains', async () => {
    await adminDomains.setValue(['Admin.Rocket.io']);
    expect(await adminDomains.getValue()).toEqual(['admin.rocket.io']);
    await expect(adminDomains.setValue(['https://admin.rocket.io/'])).rejects.toThrow(/host name/);
  });

  it('keeps the API key in storage.local only', async () => {
    await affiseApiSettings.setValue({
      apiHost: 'api-rocketcompany.affise.com',
      apiKey: 'secret-key',
    });
    expect(await fakeBrowser.storage.local.get('affiseApi')).toEqual({
      affiseApi: { apiHost: 'api-rocketcompany.affise.com', apiKey: 'secret-key' },
    });
    expect(await fakeBrowser.storage.sync.get(null)).toEqual({});
  });
});
