import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { OfferPageScan } from '@/lib/affise/offer-page-scan';
import { REQUEST_CALLERS, type RequestType } from '@/lib/messages';
import { createAdjustFillHandlers } from '@/utils/adjust-fill-handlers';
import { createDryRunHandlers } from '@/utils/dry-run-handlers';
import { createFillTargetHandlers, encodingToolOrigins } from '@/utils/fill-target';
import { MessageError } from '@/utils/message-failure';
import { type Handlers, handleMessage } from '@/utils/messaging';
import { createOfferHandlers } from '@/utils/offer-handlers';
import { affiseApiSettings, storedOffers } from '@/utils/offer-store';
import { createSetupHandlers } from '@/utils/setup-handlers';
import { sendToTab } from '@/utils/tab-messaging';
import { createTeachHandlers } from '@/utils/teach-handlers';
import { MOCK_API_KEY } from '../fixtures/affise/api/responses';

/** Issue 10 §2, §3 and §6: the background decides from `sender`, and the key never follows a redirect. */

const NOW = new Date('2026-03-01T10:00:00.000Z');
const EXTENSION = fakeBrowser.runtime.getURL('/');
const popup: Browser.runtime.MessageSender = {
  id: fakeBrowser.runtime.id,
  url: `${EXTENSION}popup.html`,
};
const contentScript = (url: string, tabId = 4): Browser.runtime.MessageSender => ({
  id: fakeBrowser.runtime.id,
  url,
  tab: { id: tabId } as Browser.tabs.Tab,
});

function scan(url: string): OfferPageScan {
  return {
    url,
    offerIdInUrl: /\/(\d+)$/.exec(url)?.[1] ?? null,
    shownOfferId: null,
    title: 'Rocket',
    trackingUrl: null,
    postbackUrl: 'https://offers-rocketcompany.affise.com/postback?clickid={clickid}&secure=s3cr3t',
    payoutRows: null,
  };
}

const offerHandlers = createOfferHandlers({ fetch, now: () => NOW });
const all = {
  ping: async () => ({ ok: true as const, version: '1' }),
  ...offerHandlers,
  ...createDryRunHandlers({ now: () => NOW, newId: () => 'r' }),
  ...createFillTargetHandlers(),
  ...createAdjustFillHandlers({ now: () => NOW }),
  ...createTeachHandlers(() => NOW),
  ...createSetupHandlers(() => NOW),
} satisfies Handlers;

beforeEach(() => {
  fakeBrowser.reset();
});

describe('§3 each handler declares who may call it', () => {
  const pageOnly = (Object.keys(REQUEST_CALLERS) as RequestType[]).filter(
    (type) => !(REQUEST_CALLERS[type] as readonly string[]).includes('content-script'),
  );

  it('only the reader’s report, the fill check, the pick mode and ping are open to content scripts', () => {
    expect(
      (Object.keys(REQUEST_CALLERS) as RequestType[]).filter((t) => !pageOnly.includes(t)),
    ).toEqual([
      'ping',
      'offerPageScanned',
      'mayFillHere',
      'getPageTaught',
      'getPick',
      'saveTaught',
      'cancelPick',
    ]);
  });

  // The attack: a content script on any *.affise.com page listed every offer with its secure
  // code, overwrote an offer, read another tab's offer and cleared the dry-run history.
  it.each([
    { type: 'listOffers' },
    { type: 'getOffer', key: 'rocketcompany/12' },
    { type: 'getTabOffer', tabId: 1 },
    { type: 'listDryRuns' },
    { type: 'clearDryRuns' },
    {
      type: 'setManualOfferFields',
      network: 'rocketcompany',
      offerId: '12',
      adminHost: 'rocketcompany.affise.com',
      values: { postbackUrl: 'https://evil.example/pb' },
    },
  ])('a content script is refused $type', async (message) => {
    await storedOffers.setValue({});
    const setManual = vi.spyOn(all, 'setManualOfferFields');
    const reply = await handleMessage(
      all,
      message,
      contentScript('https://evil.affise.com/offer/edit/12'),
    );
    expect(reply).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(reply.ok ? '' : reply.error.message).toMatch(/^A web page cannot ask Postbridge for/);
    // The request's name is for "Details", never in the sentence.
    expect(reply.ok ? '' : reply.error.message).not.toContain(message.type);
    expect(reply.ok ? '' : reply.error.detail).toContain(`"${message.type}"`);
    expect(setManual).not.toHaveBeenCalled();
  });

  it('another extension, or a sender without an address, is refused everything', async () => {
    for (const sender of [{ id: 'other-extension', url: `${EXTENSION}x.html` }, { id: popup.id }]) {
      const reply = await handleMessage(all, { type: 'ping' }, sender);
      expect(reply).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
  });

  it('an extension page opened in a tab is still an extension page', async () => {
    const reply = await handleMessage(
      all,
      { type: 'listDryRuns' },
      { ...popup, url: `${EXTENSION}dryrun.html`, tab: { id: 3 } as Browser.tabs.Tab },
    );
    expect(reply.ok).toBe(true);
  });

  it('a scan naming another site than the sending page is refused', async () => {
    const reply = await handleMessage(
      all,
      { type: 'offerPageScanned', scan: scan('https://othernetwork.affise.com/offer/edit/12') },
      contentScript('https://evil.affise.com/offer/edit/12'),
    );
    expect(reply).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(reply.ok ? '' : reply.error.message).toContain(
      'Postbridge stores offers only under the site that shows them',
    );
    expect(await storedOffers.getValue()).toEqual({});
  });

  it('a single-page app that moved to another offer is read at its new address', async () => {
    // Chrome keeps sender.url at the address the page loaded with; pushState changes only the path.
    const reply = await handleMessage(
      all,
      { type: 'offerPageScanned', scan: scan('https://rocketcompany.affise.com/offer/edit/13') },
      contentScript('https://rocketcompany.affise.com/offer/edit/12'),
    );
    expect(reply).toMatchObject({ ok: true, data: { key: 'rocketcompany/13' } });
  });

  it('a content script gets no offer back: no secure code, no other source’s values', async () => {
    const reply = await handleMessage(
      all,
      { type: 'offerPageScanned', scan: scan('https://rocketcompany.affise.com/offer/edit/12') },
      contentScript('https://rocketcompany.affise.com/offer/edit/12'),
    );
    expect(reply.ok).toBe(true);
    expect(JSON.stringify(reply)).not.toContain('s3cr3t');
    expect(Object.keys(reply.ok ? (reply.data as object) : {})).toEqual([
      'key',
      'missing',
      'findings',
    ]);
  });

  it('a page that is no admin page cannot store a scan', async () => {
    const reply = await handleMessage(
      all,
      { type: 'offerPageScanned', scan: scan('https://rocketcompany.affise.com/offer/edit/12') },
      contentScript('https://evil.example/offer/edit/12'),
    );
    expect(reply).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await storedOffers.getValue()).toEqual({});
  });
});

describe('§2 the API key goes only where the user sent it', () => {
  let attacker: { origin: string; sawKey: string[]; close(): Promise<void> };
  let api: { origin: string; close(): Promise<void> };

  beforeAll(async () => {
    const sawKey: string[] = [];
    const evil = createServer((request, response) => {
      sawKey.push(String(request.headers['api-key'] ?? ''));
      response.writeHead(200, { 'Content-Type': 'application/json' });
      response.end(JSON.stringify({ status: 1, offer: { id: 12, title: 'Planted' } }));
    });
    await new Promise<void>((resolve) => evil.listen(0, '127.0.0.1', resolve));
    const evilOrigin = `http://localhost:${(evil.address() as AddressInfo).port}`;
    attacker = {
      origin: evilOrigin,
      sawKey,
      close: () => new Promise((resolve) => evil.close(() => resolve())),
    };
    const redirecting = createServer((_request, response) => {
      response.writeHead(302, { Location: `${evilOrigin}/3.0/offer/12` });
      response.end();
    });
    await new Promise<void>((resolve) => redirecting.listen(0, '127.0.0.1', resolve));
    api = {
      origin: `http://127.0.0.1:${(redirecting.address() as AddressInfo).port}`,
      close: () => new Promise((resolve) => redirecting.close(() => resolve())),
    };
  });
  afterAll(async () => {
    await attacker.close();
    await api.close();
  });

  const API_HOST = 'api-rocketcompany.affise.com';
  /** Sends what the background would fetch from the API host to the redirecting server. */
  const routed: typeof fetch = (input, init) =>
    fetch(String(input).replace(`https://${API_HOST}`, api.origin), init);

  it('a 302 to another host is not followed: the key stays home, nothing is stored', async () => {
    await affiseApiSettings.setValue({ apiHost: API_HOST, apiKey: MOCK_API_KEY });
    const handlers = createOfferHandlers({ fetch: routed, now: () => NOW });
    const result = await handlers.loadOfferFromApi(
      { type: 'loadOfferFromApi', offerId: '12' },
      popup,
    );
    expect(result).toMatchObject({ ok: false, error: { code: 'redirect-refused' } });
    if (result.ok) return;
    expect(result.error.message).toMatch(
      /^The Affise API at https:\/\/api-rocketcompany\.affise\.com tried to send the request on to localhost; Postbridge did not follow/,
    );
    expect(attacker.sawKey.filter((key) => key !== '')).toEqual([]);
    expect(await storedOffers.getValue()).toEqual({});
  });

  it('a browser that hides the Location header: the host is found without the key', async () => {
    await affiseApiSettings.setValue({ apiHost: API_HOST, apiKey: MOCK_API_KEY });
    // What Chrome answers to redirect: 'manual': status 0, no headers, type "opaqueredirect".
    const opaque = { type: 'opaqueredirect', status: 0, headers: new Headers() } as Response;
    const browserFetch = vi.fn<typeof fetch>(async (input, init) =>
      init?.redirect === 'manual' ? opaque : routed(input, init),
    );
    const handlers = createOfferHandlers({ fetch: browserFetch, now: () => NOW });
    const result = await handlers.loadOfferFromApi(
      { type: 'loadOfferFromApi', offerId: '12' },
      popup,
    );
    expect(result).toMatchObject({ ok: false, error: { code: 'redirect-refused' } });
    expect(result.ok ? '' : result.error.message).toContain('on to localhost;');
    const probe = browserFetch.mock.calls[1]?.[1];
    expect(new Headers(probe?.headers).has('API-Key')).toBe(false);
    expect(attacker.sawKey).not.toContain(MOCK_API_KEY);
  });

  it('every API request asks the browser not to follow redirects', async () => {
    await affiseApiSettings.setValue({ apiHost: API_HOST, apiKey: MOCK_API_KEY });
    const spy = vi.fn<typeof fetch>(async () => new Response('{}', { status: 404 }));
    const handlers = createOfferHandlers({ fetch: spy, now: () => NOW });
    await handlers.loadOfferFromApi({ type: 'loadOfferFromApi', offerId: '12' }, popup);
    expect(spy.mock.calls[0]?.[1]?.redirect).toBe('manual');
  });

  it('an http:// API host is not used: the key would travel in clear text', async () => {
    await affiseApiSettings.setValue({ apiHost: `http://${API_HOST}`, apiKey: MOCK_API_KEY });
    const spy = vi.fn<typeof fetch>();
    const handlers = createOfferHandlers({ fetch: spy, now: () => NOW });
    const result = await handlers.loadOfferFromApi(
      { type: 'loadOfferFromApi', offerId: '12' },
      popup,
    );
    expect(result).toMatchObject({ ok: false, error: { code: 'not-configured' } });
    expect(spy).not.toHaveBeenCalled();
  });
});

describe('§6 fill only on the Encoding tool’s own origin', () => {
  it.each([
    ['https://help.adjust.com/en/partner/encoding-tool', true],
    ['https://help.adjust.com:8443/en/partner/encoding-tool', true],
    ['https://copy.affise.com/encoding-tool', false],
    ['https://help.adjust.com.evil.example/', false],
    ['http://help.adjust.com/en/partner/encoding-tool', false],
  ])('checkFillTarget for a tab on %s allows: %s', async (url, allowed) => {
    const tab = await fakeBrowser.tabs.create({ url });
    const reply = await handleMessage(all, { type: 'checkFillTarget', tabId: tab.id ?? -1 }, popup);
    expect(reply).toMatchObject({ ok: true, data: { allowed } });
    if (!allowed && reply.ok) {
      expect((reply.data as { message: string }).message).toMatch(
        /^Postbridge fills the Encoding tool only on https:\/\/help\.adjust\.com, because a copy on another site/,
      );
    }
  });

  it('a tab whose address the browser hides is left to the fill script’s own check', async () => {
    const tab = await fakeBrowser.tabs.create({});
    const reply = await handleMessage(all, { type: 'checkFillTarget', tabId: tab.id ?? -1 }, popup);
    expect(reply).toMatchObject({ ok: true, data: { allowed: true } });
  });

  it('the fill script asks about its own page: the answer comes from sender.url', async () => {
    const ask = (url: string) => handleMessage(all, { type: 'mayFillHere' }, contentScript(url));
    expect(await ask('https://help.adjust.com/en/partner/encoding-tool')).toMatchObject({
      ok: true,
      data: { allowed: true },
    });
    expect(await ask('https://copy.affise.com/encoding-tool')).toMatchObject({
      ok: true,
      data: { allowed: false },
    });
    // An extension page has no page to fill: the question is a content script's only.
    expect(await handleMessage(all, { type: 'mayFillHere' }, popup)).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
  });

  it('an origin the user added in the options is allowed', async () => {
    await encodingToolOrigins.setValue(['https://tools.mynetwork.com']);
    const tab = await fakeBrowser.tabs.create({ url: 'https://tools.mynetwork.com/adjust' });
    const reply = await handleMessage(all, { type: 'checkFillTarget', tabId: tab.id ?? -1 }, popup);
    expect(reply).toMatchObject({ ok: true, data: { allowed: true } });
  });

  it('the popup sends nothing to a look-alike page and shows the background’s sentence', async () => {
    const tab = await fakeBrowser.tabs.create({ url: 'https://copy.affise.com/encoding-tool' });
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(async (message: unknown) =>
      handleMessage(all, message, popup),
    );
    const toTab = vi.spyOn(fakeBrowser.tabs, 'sendMessage');
    const inject = vi.spyOn(fakeBrowser.scripting, 'executeScript');
    const reply = await sendToTab(tab.id ?? -1, {
      type: 'fillAdjustEncodingTool',
      adjustLink: 'https://app.adjust.com/abc123',
      result: {
        link: 'https://app.adjust.com/abc123',
        kind: 'standard',
        callbacks: [],
        findings: [],
      },
    }).catch((error: unknown) => error);
    expect(reply).toBeInstanceOf(MessageError);
    expect(reply).toMatchObject({ code: 'wrong-page' });
    expect(reply instanceof MessageError ? reply.message : '').toContain(
      '(https://copy.affise.com)',
    );
    expect(toTab).not.toHaveBeenCalled();
    expect(inject).not.toHaveBeenCalled();
  });
});
