import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { OfferPageScan } from '@/lib/affise/offer-page-scan';
import { MessageError } from '@/utils/message-failure';
import {
  AFFISE_SCRIPT_FILE,
  CUSTOM_DOMAIN_SCRIPT_ID,
  createOfferHandlers,
  READ_ONCE_SCRIPT_FILE,
} from '@/utils/offer-handlers';
import { adminDomains, affiseApiSettings, storedOffers } from '@/utils/offer-store';
import { type MockAffiseApi, startMockAffiseApi } from '../fixtures/affise/api/mock-api-server';
import { MOCK_API_KEY, MOCK_BAD_SHAPE_OFFER_ID } from '../fixtures/affise/api/responses';

const NOW = new Date('2025-03-04T05:06:07.000Z');
const API_HOST = 'api-rocketcompany.affise.com';
const TRACKING = 'https://app.adjust.com/abc123?campaign={offer_id}&adgroup={pid}&creative={sub1}';
const POSTBACK =
  'https://offers-rocketcompany.affise.com/postback?clickid={clickid}&secure=8d7a1f0c2b3e4d5f6a7b8c9d0e1f2a3b&goal={goal}';

let api: MockAffiseApi;
beforeAll(async () => {
  api = await startMockAffiseApi();
});
afterAll(async () => {
  await api.close();
});

/** Sends what the background would fetch from api-rocketcompany.affise.com to the local mock. */
const routedFetch: typeof fetch = (input, init) =>
  fetch(String(input).replace(`https://${API_HOST}`, api.origin), init);

const handlers = createOfferHandlers({ fetch: routedFetch, now: () => NOW });
const OFFER_PAGE = 'https://rocketcompany.affise.com/offer/edit/12';
/** A content script in tab `id` showing `url`: the browser fills in both, not the message. */
const fromTab = (id: number, url = OFFER_PAGE): Browser.runtime.MessageSender => ({
  id: fakeBrowser.runtime.id,
  url,
  tab: { id } as Browser.tabs.Tab,
});
const storedByKey = async (key: string) =>
  (await handlers.getOffer({ type: 'getOffer', key }, noSender)).offer;
const noSender: Browser.runtime.MessageSender = {};

/** What the content script would send from offer 12's edit page. */
function scan(shown: Partial<OfferPageScan>): OfferPageScan {
  return {
    url: 'https://rocketcompany.affise.com/offer/edit/12',
    offerIdInUrl: '12',
    shownOfferId: null,
    title: null,
    trackingUrl: null,
    postbackUrl: null,
    payoutRows: null,
    ...shown,
  };
}

beforeEach(() => {
  fakeBrowser.reset();
});

describe('offerPageScanned and getTabOffer', () => {
  it('validates the three tabs of one offer, merges them and remembers the tab', async () => {
    await handlers.offerPageScanned(
      { type: 'offerPageScanned', scan: scan({ trackingUrl: TRACKING }) },
      fromTab(5),
    );
    await handlers.offerPageScanned(
      {
        type: 'offerPageScanned',
        scan: scan({ payoutRows: [{ goalValue: ' 1 ', goalTitle: 'Install' }] }),
      },
      fromTab(5),
    );
    const last = await handlers.offerPageScanned(
      { type: 'offerPageScanned', scan: scan({ postbackUrl: POSTBACK }) },
      fromTab(5),
    );
    expect(last.key).toBe('rocketcompany/12');
    const lastOffer = await storedByKey('rocketcompany/12');
    expect(lastOffer?.fields.trackingUrl).toEqual({
      value: TRACKING,
      source: 'page',
      readAt: NOW.toISOString(),
    });
    expect(lastOffer?.fields.postbackUrl?.value).toBe(POSTBACK);
    expect(lastOffer?.fields.goals?.value).toEqual([{ value: '1', title: 'Install' }]);
    expect(lastOffer?.updatedAt).toBe(NOW.toISOString());
    expect(last.missing.filter((m) => m.required)).toEqual([]);

    const tab = await handlers.getTabOffer({ type: 'getTabOffer', tabId: 5 }, noSender);
    expect(tab.offer).toEqual(lastOffer);
  });

  it('reports a value that is not what its label promises and stores the rest', async () => {
    const state = await handlers.offerPageScanned(
      {
        type: 'offerPageScanned',
        scan: scan({ title: 'Rocket', trackingUrl: 'see e-mail from the advertiser' }),
      },
      fromTab(5),
    );
    const stored = state.key === null ? null : await storedByKey(state.key);
    expect(stored?.fields.title?.value).toBe('Rocket');
    expect(stored?.fields.trackingUrl).toBeUndefined();
    expect(state.findings.map((f) => f.code)).toEqual(['affise.value-not-url']);
  });

  it('stores nothing for a page that names no offer', async () => {
    const state = await handlers.offerPageScanned(
      {
        type: 'offerPageScanned',
        scan: {
          ...scan({ title: 'Offers' }),
          url: 'https://rocketcompany.affise.com/offers',
          offerIdInUrl: null,
        },
      },
      fromTab(5, 'https://rocketcompany.affise.com/offers'),
    );
    expect(state.key).toBeNull();
    expect(state.findings.map((f) => f.code)).toEqual(['affise.no-offer-on-page']);
    expect(await storedOffers.getValue()).toEqual({});
  });

  it('merges scans that arrive at the same time without losing one', async () => {
    await Promise.all([
      handlers.offerPageScanned(
        { type: 'offerPageScanned', scan: scan({ trackingUrl: TRACKING }) },
        fromTab(1),
      ),
      handlers.offerPageScanned(
        { type: 'offerPageScanned', scan: scan({ postbackUrl: POSTBACK }) },
        fromTab(2),
      ),
    ]);
    const stored = await storedOffers.getValue();
    expect(Object.keys(stored)).toEqual(['rocketcompany/12']);
    expect(stored['rocketcompany/12']?.fields.trackingUrl?.value).toBe(TRACKING);
    expect(stored['rocketcompany/12']?.fields.postbackUrl?.value).toBe(POSTBACK);
  });

  it('finds the offer from the tab address when no scan came from that tab', async () => {
    await handlers.offerPageScanned(
      { type: 'offerPageScanned', scan: scan({ title: 'Rocket' }) },
      fromTab(3),
    );
    const tab = await fakeBrowser.tabs.create({
      url: 'https://rocketcompany.affise.com/offer/edit/12',
    });
    const state = await handlers.getTabOffer(
      { type: 'getTabOffer', tabId: tab.id ?? -1 },
      noSender,
    );
    expect(state.offer?.key).toBe('rocketcompany/12');
  });

  it('says what to do when the tab shows no offer read so far', async () => {
    const state = await handlers.getTabOffer({ type: 'getTabOffer', tabId: 99 }, noSender);
    expect(state.offer).toBeNull();
    expect(state.findings.map((f) => f.code)).toEqual(['affise.no-offer-read']);
    expect(state.missing.map((m) => m.field)).toContain('goals');
  });
});

describe('setManualOfferFields', () => {
  it('stores typed values as manual, keeps them over page reads, and clears them on null', async () => {
    const ref = { network: 'rocketcompany', offerId: '12', adminHost: 'rocketcompany.affise.com' };
    const typed = 'https://app.adjust.com/typed99?campaign=x';
    const manual = await handlers.setManualOfferFields(
      { type: 'setManualOfferFields', ...ref, values: { trackingUrl: typed } },
      noSender,
    );
    expect(manual.offer?.fields.trackingUrl).toEqual({
      value: typed,
      source: 'manual',
      readAt: NOW.toISOString(),
    });

    await handlers.offerPageScanned(
      { type: 'offerPageScanned', scan: scan({ trackingUrl: TRACKING }) },
      fromTab(1),
    );
    const afterRead = await storedByKey('rocketcompany/12');
    expect(afterRead?.fields.trackingUrl?.source).toBe('manual');

    const cleared = await handlers.setManualOfferFields(
      { type: 'setManualOfferFields', ...ref, values: { trackingUrl: null } },
      noSender,
    );
    expect(cleared.offer?.fields.trackingUrl).toBeUndefined();
    expect(cleared.missing.map((m) => m.field)).toContain('trackingUrl');
  });
});

describe('loadOfferFromApi', () => {
  const configure = (apiKey = MOCK_API_KEY) =>
    affiseApiSettings.setValue({ apiHost: API_HOST, apiKey });

  it('loads the documented response into the store with an assembled postback', async () => {
    await configure();
    const result = await handlers.loadOfferFromApi(
      { type: 'loadOfferFromApi', offerId: '12' },
      noSender,
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.offer?.key).toBe('rocketcompany/12');
    expect(result.offer?.fields.postbackUrl).toEqual({
      value:
        'https://offers-rocketcompany.affise.com/postback?clickid={clickid}&secure=8d7a1f0c2b3e4d5f6a7b8c9d0e1f2a3b',
      source: 'assembled',
      readAt: NOW.toISOString(),
    });
    expect(result.offer?.fields.goals?.value.map((g) => g.value)).toEqual(['1', 'purchase', 'reg']);
    expect(api.requests.at(-1)).toEqual({ path: '/3.0/offer/12', hadKey: true });
    expect((await storedOffers.getValue())['rocketcompany/12']).toEqual(result.offer);
  });

  it.each([
    ['a wrong key', 'wrong-key', '12', 'unauthorized'],
    ['an unknown offer', MOCK_API_KEY, '404040', 'not-found'],
    ['a body that is not an offer', MOCK_API_KEY, MOCK_BAD_SHAPE_OFFER_ID, 'bad-response'],
  ])('reports %s clearly and never echoes the key', async (_, key, offerId, code) => {
    await configure(key);
    const result = await handlers.loadOfferFromApi({ type: 'loadOfferFromApi', offerId }, noSender);
    expect(result).toMatchObject({ ok: false, error: { code } });
    expect(JSON.stringify(result)).not.toContain(key);
    expect(await storedOffers.getValue()).toEqual({});
  });

  it('reports a network failure', async () => {
    await configure();
    const failing = createOfferHandlers({
      fetch: () => Promise.reject(new TypeError('Failed to fetch')),
      now: () => NOW,
    });
    const result = await failing.loadOfferFromApi(
      { type: 'loadOfferFromApi', offerId: '12' },
      noSender,
    );
    expect(result).toMatchObject({ ok: false, error: { code: 'network' } });
    if (!result.ok) expect(result.error.message).toContain(`https://${API_HOST}`);
  });

  it('asks for the settings when they are missing', async () => {
    const result = await handlers.loadOfferFromApi(
      { type: 'loadOfferFromApi', offerId: '12' },
      noSender,
    );
    expect(result).toMatchObject({ ok: false, error: { code: 'not-configured' } });
  });
});

describe('readTabOffer', () => {
  it('injects the one-shot reader and stores what it read', async () => {
    const executeScript = vi
      .spyOn(fakeBrowser.scripting, 'executeScript')
      .mockResolvedValue([
        { frameId: 0, documentId: 'doc', result: scan({ trackingUrl: TRACKING }) },
      ]);
    const state = await handlers.readTabOffer({ type: 'readTabOffer', tabId: 8 }, noSender);
    expect(executeScript).toHaveBeenCalledWith({
      target: { tabId: 8 },
      files: [READ_ONCE_SCRIPT_FILE],
    });
    expect(state.offer?.fields.trackingUrl?.value).toBe(TRACKING);
    expect(
      (await handlers.getTabOffer({ type: 'getTabOffer', tabId: 8 }, noSender)).offer?.key,
    ).toBe('rocketcompany/12');
  });

  it('turns a page that cannot be scripted into a clear error', async () => {
    vi.spyOn(fakeBrowser.scripting, 'executeScript').mockRejectedValue(
      new Error('Cannot access a chrome:// URL'),
    );
    const failure = handlers.readTabOffer({ type: 'readTabOffer', tabId: 8 }, noSender);
    await expect(failure).rejects.toBeInstanceOf(MessageError);
    await expect(failure).rejects.toMatchObject({ code: 'cannot-read-tab' });
  });

  it('says in plain words when the browser withholds access to the page', async () => {
    // Firefox's wording; users can take host access away from an MV3 add-on there.
    vi.spyOn(fakeBrowser.scripting, 'executeScript').mockRejectedValue(
      new Error('Missing host permission for the tab'),
    );
    const failure = handlers.readTabOffer({ type: 'readTabOffer', tabId: 8 }, noSender);
    await expect(failure).rejects.toMatchObject({
      code: 'cannot-read-tab',
      message: expect.stringMatching(/^Postbridge is not allowed to read this page: /),
    });
    await expect(failure).rejects.not.toMatchObject({
      message: expect.stringContaining('Missing host permission'),
    });
  });

  it('returns the findings of a page without an offer and stores nothing', async () => {
    vi.spyOn(fakeBrowser.scripting, 'executeScript').mockResolvedValue([
      {
        frameId: 0,
        documentId: 'doc',
        result: { ...scan({}), url: 'https://example.com/', offerIdInUrl: null },
      },
    ]);
    const state = await handlers.readTabOffer({ type: 'readTabOffer', tabId: 8 }, noSender);
    expect(state.offer).toBeNull();
    expect(state.findings.map((f) => f.code)).toEqual(['affise.no-offer-on-page']);
    expect(await storedOffers.getValue()).toEqual({});
  });
});

describe('syncAdminDomains', () => {
  it('registers the content script on granted custom domains only', async () => {
    await adminDomains.setValue(['admin.rocket.io', 'panel.other.net']);
    vi.spyOn(fakeBrowser.permissions, 'contains').mockImplementation(
      async (permissions) => permissions.origins?.[0] === 'https://admin.rocket.io/*',
    );
    vi.spyOn(fakeBrowser.scripting, 'getRegisteredContentScripts').mockResolvedValue([
      { id: CUSTOM_DOMAIN_SCRIPT_ID, matches: [], js: [] },
    ]);
    const unregister = vi
      .spyOn(fakeBrowser.scripting, 'unregisterContentScripts')
      .mockResolvedValue(undefined);
    const register = vi
      .spyOn(fakeBrowser.scripting, 'registerContentScripts')
      .mockResolvedValue(undefined);

    const result = await handlers.syncAdminDomains({ type: 'syncAdminDomains' }, noSender);
    expect(result).toEqual({ registered: ['admin.rocket.io'], notGranted: ['panel.other.net'] });
    expect(unregister.mock.calls.map(([filter]) => filter)).toEqual([
      { ids: [CUSTOM_DOMAIN_SCRIPT_ID] },
    ]);
    expect(register.mock.calls.map(([scripts]) => scripts)).toEqual([
      [
        {
          id: CUSTOM_DOMAIN_SCRIPT_ID,
          matches: ['https://admin.rocket.io/*'],
          js: [AFFISE_SCRIPT_FILE],
          runAt: 'document_idle',
        },
      ],
    ]);
  });

  it('registers nothing when no domain is granted', async () => {
    await adminDomains.setValue(['panel.other.net']);
    vi.spyOn(fakeBrowser.permissions, 'contains').mockResolvedValue(false);
    vi.spyOn(fakeBrowser.scripting, 'getRegisteredContentScripts').mockResolvedValue([]);
    const register = vi.spyOn(fakeBrowser.scripting, 'registerContentScripts');
    const result = await handlers.syncAdminDomains({ type: 'syncAdminDomains' }, noSender);
    expect(result).toEqual({ registered: [], notGranted: ['panel.other.net'] });
    expect(register).not.toHaveBeenCalled();
  });
});
