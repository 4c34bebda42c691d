import { type Browser, browser } from 'wxt/browser';
import { hostnameOf, isAdminHost, matchPatternFor, networkOf } from '@/lib/affise/admin-host';
import {
  type ApiError,
  type ApiRequest,
  apiBaseUrl,
  describeApiFailure,
  describeNetworkFailure,
  describeOfferRequest,
  describeRedirectRefused,
  mapApiOffer,
} from '@/lib/affise/api-offer';
import { clearManualFields, mergeOffer } from '@/lib/affise/merge-offer';
import {
  listMissing,
  type Offer,
  type OfferFieldName,
  type OfferFields,
  OfferReadSchema,
  offerKey,
} from '@/lib/affise/offer';
import { offerIdFromUrl } from '@/lib/affise/offer-id-from-url';
import type { OfferPageScan } from '@/lib/affise/offer-page-scan';
import { interpretOfferScan } from '@/lib/affise/read-offer-page';
import { pageFinding } from '@/lib/catalog/page-rules';
import { errorMessage } from '@/lib/core/error-message';
import type { Finding } from '@/lib/core/findings';
import { describeNoAccessFailure } from '@/lib/extension/site-access';
import { originOf } from '@/lib/messages/callers';
import type { ManualValues, OfferState } from '@/lib/messages/offer';
import { OfferPageScanSchema } from '@/lib/messages/offer';
import { splitUrl } from '@/lib/url/split-url';
import { effectiveAdminDomains } from '@/utils/managed-admin-domains';
import { watchManagedSetup } from '@/utils/managed-setup';
import { MessageError } from '@/utils/message-failure';
import type { Handlers } from '@/utils/messaging';
import {
  adminDomains,
  affiseApiSettings,
  forgetTab,
  getStoredOffer,
  rememberTabOffer,
  saveOfferRead,
  storedOffers,
  tabOfferKey,
  takeOfferStoreProblems,
  updateOffer,
} from '@/utils/offer-store';
import { addStorageNotice } from '@/utils/storage-notices';
import { recordScanStatus } from '@/utils/teach-store';

/** Id of the dynamically registered content script that covers the custom admin domains. */
export const CUSTOM_DOMAIN_SCRIPT_ID = 'postbridge-affise-custom-domains';
/** The built Affise content script (entrypoints/affise.content.ts). */
export const AFFISE_SCRIPT_FILE = '/content-scripts/affise.js';
/** The one-shot reader "Read this page" injects (entrypoints/read-offer.content.ts). */
export const READ_ONCE_SCRIPT_FILE = '/content-scripts/read-offer.js';
const API_TIMEOUT_MS = 15_000;

type OfferHandlerName =
  | 'offerPageScanned'
  | 'getOffer'
  | 'getTabOffer'
  | 'readTabOffer'
  | 'setManualOfferFields'
  | 'loadOfferFromApi'
  | 'listOffers'
  | 'syncAdminDomains';
export type OfferHandlers = Pick<Handlers, OfferHandlerName>;

export interface OfferHandlerDeps {
  fetch: typeof fetch;
  now: () => Date;
}

/** Stored data set aside since the last answer (utils/storage.ts), as findings the popup shows. */
function storageFindings(): Finding[] {
  return takeOfferStoreProblems().map((message) =>
    pageFinding('storage.set-aside', message, 'storage'),
  );
}

function state(offer: Offer | null, findings: Finding[] = []): OfferState {
  return { offer, missing: listMissing(offer), findings: [...storageFindings(), ...findings] };
}

function noOffer(message: string): OfferState {
  return state(null, [pageFinding('affise.no-offer-read', message, 'offer')]);
}

// The options page asks for a sync while the permission and storage listeners ask for one too:
// two runs interleaving would register the same script id twice, which the browser rejects.
let syncQueue: Promise<unknown> = Promise.resolve();

/** Registers the Affise content script on every custom domain the user granted; drops the rest. */
export function syncAdminDomains(): Promise<{ registered: string[]; notGranted: string[] }> {
  const run = syncQueue.then(syncNow, syncNow);
  syncQueue = run.catch(() => undefined);
  return run;
}

async function syncNow(): Promise<{ registered: string[]; notGranted: string[] }> {
  const domains = await effectiveAdminDomains(await adminDomains.getValue());
  const registered: string[] = [];
  const notGranted: string[] = [];
  for (const domain of domains) {
    const granted = await browser.permissions.contains({ origins: [matchPatternFor(domain)] });
    (granted ? registered : notGranted).push(domain);
  }
  const existing = await browser.scripting.getRegisteredContentScripts({
    ids: [CUSTOM_DOMAIN_SCRIPT_ID],
  });
  if (existing.length > 0) {
    await browser.scripting.unregisterContentScripts({ ids: [CUSTOM_DOMAIN_SCRIPT_ID] });
  }
  if (registered.length > 0) {
    await browser.scripting.registerContentScripts([
      {
        id: CUSTOM_DOMAIN_SCRIPT_ID,
        matches: registered.map(matchPatternFor),
        js: [AFFISE_SCRIPT_FILE],
        runAt: 'document_idle',
      },
    ]);
  }
  return { registered, notGranted };
}

/**
 * The scan, checked against the address the browser reports for the sending page: a page must not
 * store an offer under another network's host, so the scan's origin must be the sender's, and an
 * admin host. The path is taken from the scan: Chrome keeps `sender.url` at the address the page
 * loaded with, while the admin panel (a single-page app) moves between offers with pushState,
 * which can change the path but never the origin.
 */
async function scanFromSender(
  scan: OfferPageScan,
  sender: Browser.runtime.MessageSender,
): Promise<OfferPageScan> {
  const origin = originOf(sender.url);
  const host = hostnameOf(splitUrl(sender.url ?? '')?.host ?? '');
  if (
    origin === null ||
    !isAdminHost(host, await effectiveAdminDomains(await adminDomains.getValue()))
  ) {
    throw new MessageError(
      'forbidden',
      `${host || 'This page'} is no Affise admin page, so Postbridge does not read offers from it. Add it under "Admin domains" in the options if it is yours.`,
    );
  }
  if (originOf(scan.url) !== origin) {
    throw new MessageError(
      'forbidden',
      `A page on ${host} reported an offer of another site; Postbridge stores offers only under the site that shows them.`,
    );
  }
  return { ...scan, offerIdInUrl: offerIdFromUrl(scan.url) };
}

/** How many different offers one tab may report in FLOOD_WINDOW_MS before it is ignored. */
export const MAX_OFFERS_PER_TAB = 30;
const FLOOD_WINDOW_MS = 10 * 60_000;
const offersByTab = new Map<number, { since: number; keys: Set<string>; told: boolean }>();

/**
 * A page that flips through offer ids (5,000 payout rows, a new id each time) must not push the
 * user's stored offers out (issue 10 §5): past MAX_OFFERS_PER_TAB offers in ten minutes, a tab's
 * reports are refused and the user is told once.
 */
async function admitOfferFromTab(tabId: number | undefined, key: string, now: Date): Promise<void> {
  if (tabId === undefined) return;
  let seen = offersByTab.get(tabId);
  if (!seen || now.getTime() - seen.since > FLOOD_WINDOW_MS) {
    seen = { since: now.getTime(), keys: new Set(), told: false };
    offersByTab.set(tabId, seen);
  }
  if (seen.keys.has(key)) return;
  if (seen.keys.size >= MAX_OFFERS_PER_TAB) {
    const message = `A tab showed more than ${MAX_OFFERS_PER_TAB} different offers within ten minutes, so Postbridge stopped storing what it shows, to keep your saved offers. Use "Read this page" in the popup for the offer you need.`;
    if (!seen.told) {
      seen.told = true;
      await addStorageNotice(message, now);
    }
    throw new MessageError('too-many-offers', message);
  }
  seen.keys.add(key);
}

/** The offer a tab's address names, when it is an admin page of a known network. */
async function offerKeyFromTabUrl(tabId: number): Promise<string | null> {
  const tab = await browser.tabs.get(tabId).catch(() => null);
  const url = tab?.url;
  if (!url) return null;
  const host = hostnameOf(splitUrl(url)?.host ?? '');
  const offerId = offerIdFromUrl(url);
  const domains = await effectiveAdminDomains(await adminDomains.getValue());
  if (!offerId || !isAdminHost(host, domains)) return null;
  return offerKey({ network: networkOf(host), offerId });
}

function manualFields(values: ManualValues, readAt: string): OfferFields {
  const stamp = { source: 'manual', readAt } as const;
  const fields: OfferFields = {};
  if (values.title) fields.title = { value: values.title, ...stamp };
  if (values.trackingUrl) fields.trackingUrl = { value: values.trackingUrl, ...stamp };
  if (values.postbackUrl) fields.postbackUrl = { value: values.postbackUrl, ...stamp };
  if (values.goals) fields.goals = { value: values.goals, ...stamp };
  if (values.secureCode) fields.secureCode = { value: values.secureCode, ...stamp };
  return fields;
}

/** The host a redirect answer points to, when the browser lets us read it. */
function redirectTarget(response: Response, from: string): string | null {
  const location = response.headers.get('location');
  if (!location) return null;
  const target =
    splitUrl(location) ?? splitUrl(`${from}${location.startsWith('/') ? '' : '/'}${location}`);
  return target ? hostnameOf(target.host) : null;
}

/**
 * Where a redirect would have gone, asked without the key: browsers hide a manual redirect's
 * Location header (an "opaqueredirect" answer), so the only way to name the host is to let a
 * request that carries no secret follow it. Null when that host does not answer us.
 */
async function probeRedirect(fetcher: typeof fetch, url: string): Promise<string | null> {
  try {
    const probe = await fetcher(url, {
      method: 'GET',
      headers: { Accept: 'application/json' },
      credentials: 'omit',
      cache: 'no-store',
      redirect: 'follow',
      signal: AbortSignal.timeout(API_TIMEOUT_MS),
    });
    await probe.body?.cancel();
    return probe.redirected ? hostnameOf(splitUrl(probe.url)?.host ?? '') || null : null;
  } catch {
    return null;
  }
}

/**
 * The API request, never following a redirect: the API-Key header would go along to whatever host
 * the answer names (issue 10 §2). A redirect is reported naming that host, and nothing is stored.
 */
async function fetchWithoutRedirect(
  fetcher: typeof fetch,
  described: ApiRequest,
  apiBase: string,
): Promise<{ ok: true; response: Response } | { ok: false; error: ApiError }> {
  let response: Response;
  try {
    response = await fetcher(described.url, {
      method: described.method,
      headers: described.headers,
      credentials: 'omit',
      cache: 'no-store',
      redirect: 'manual',
      signal: AbortSignal.timeout(API_TIMEOUT_MS),
    });
  } catch (error) {
    const reason =
      error instanceof Error && error.name === 'TimeoutError'
        ? `no answer within ${API_TIMEOUT_MS / 1000} s`
        : 'the request failed before an answer arrived';
    return { ok: false, error: describeNetworkFailure(apiBase, reason) };
  }
  if (response.type === 'opaqueredirect' || (response.status >= 300 && response.status < 400)) {
    const target =
      redirectTarget(response, apiBase) ?? (await probeRedirect(fetcher, described.url));
    return { ok: false, error: describeRedirectRefused(apiBase, target) };
  }
  return { ok: true, response };
}

const isoNow = (deps: OfferHandlerDeps) => deps.now().toISOString();

/** The Affise content script read an offer page: keep what it read and remember the tab's offer. */
function offerPageScanned(deps: OfferHandlerDeps): Handlers['offerPageScanned'] {
  return async (request, sender) => {
    const scan = await scanFromSender(request.scan, sender);
    await recordScanStatus(sender.tab?.id, scan);
    const { read, findings } = interpretOfferScan(scan, isoNow(deps));
    if (!read) return { key: null, missing: listMissing(null), findings };
    await admitOfferFromTab(sender.tab?.id, offerKey(read), deps.now());
    const offer = await saveOfferRead(read, isoNow(deps));
    const tabId = sender.tab?.id;
    if (tabId !== undefined) await rememberTabOffer(tabId, offer.key);
    return { key: offer.key, missing: listMissing(offer), findings };
  };
}

const getOffer: Handlers['getOffer'] = async (request) => state(await getStoredOffer(request.key));

const getTabOffer: Handlers['getTabOffer'] = async (request) => {
  const key = (await tabOfferKey(request.tabId)) ?? (await offerKeyFromTabUrl(request.tabId));
  const offer = key ? await getStoredOffer(key) : null;
  return offer
    ? state(offer)
    : noOffer(
        'No Affise offer has been read in this tab yet. Open the offer’s edit page, or use "Read this page".',
      );
};

/** Runs the one-shot page reader in the tab; a tab it cannot run in is a plain-sentence error. */
async function injectReader(tabId: number): Promise<OfferPageScan> {
  let injected: unknown;
  try {
    const [first] = await browser.scripting.executeScript({
      target: { tabId },
      files: [READ_ONCE_SCRIPT_FILE],
    });
    injected = first?.result;
  } catch (error) {
    const reason = errorMessage(error);
    throw new MessageError(
      'cannot-read-tab',
      describeNoAccessFailure(reason) ??
        `Postbridge cannot read this tab (${reason}). Browser pages and the extension gallery cannot be read; open the Affise offer and try again.`,
    );
  }
  const scan = OfferPageScanSchema.safeParse(injected);
  if (!scan.success) {
    throw new MessageError(
      'cannot-read-tab',
      'The page reader returned nothing usable. Reload the page and try again.',
    );
  }
  return scan.data;
}

/** "Read this page": the popup asks to read the tab's offer page now. */
function readTabOffer(deps: OfferHandlerDeps): Handlers['readTabOffer'] {
  return async (request) => {
    const scan = await injectReader(request.tabId);
    await recordScanStatus(request.tabId, scan);
    const { read, findings } = interpretOfferScan(scan, isoNow(deps));
    if (!read) return state(null, findings);
    const offer = await saveOfferRead(read, isoNow(deps));
    await rememberTabOffer(request.tabId, offer.key);
    return state(offer, findings);
  };
}

/** Fields the user typed in the popup; a `null` value clears a field typed before. */
function setManualOfferFields(deps: OfferHandlerDeps): Handlers['setManualOfferFields'] {
  return async (request) => {
    const now = isoNow(deps);
    const { values } = request;
    const cleared = (Object.keys(values) as OfferFieldName[]).filter(
      (name) => values[name] === null,
    );
    const read = OfferReadSchema.parse({
      network: request.network,
      offerId: request.offerId,
      adminHost: request.adminHost,
      fields: manualFields(values, now),
    });
    const offer = await updateOffer(offerKey(read), (stored) =>
      clearManualFields(mergeOffer(stored, read, now), cleared, now),
    );
    return state(offer);
  };
}

const NOT_CONFIGURED: ApiError = {
  code: 'not-configured',
  message:
    'Enter the Affise API host (api-<network>.affise.com) and API key in the Postbridge options first.',
};

/** "Load offer by id": one API request, mapped and stored like a page read. */
function loadOfferFromApi(deps: OfferHandlerDeps): Handlers['loadOfferFromApi'] {
  return async (request) => {
    const settings = await affiseApiSettings.getValue();
    const apiBase = apiBaseUrl(settings.apiHost);
    if (!apiBase || settings.apiKey === '') return { ok: false, error: NOT_CONFIGURED };
    const described = describeOfferRequest(apiBase, settings.apiKey, request.offerId);
    const fetched = await fetchWithoutRedirect(deps.fetch, described, apiBase);
    if (!fetched.ok) return fetched;
    const response = fetched.response;
    const body: unknown = await response.json().catch(() => undefined);
    if (!response.ok) {
      return {
        ok: false,
        error: describeApiFailure(response.status, body, request.offerId, apiBase),
      };
    }
    const mapped = mapApiOffer(body ?? null, {
      offerId: request.offerId,
      apiBase,
      ...(request.adminHost ? { adminHost: request.adminHost } : {}),
      readAt: isoNow(deps),
    });
    if (!mapped.ok) return { ok: false, error: mapped.error };
    const offer = await saveOfferRead(mapped.read, isoNow(deps));
    return { ok: true, ...state(offer, mapped.findings) };
  };
}

const listOffers: Handlers['listOffers'] = async () => {
  const offers = Object.values(await storedOffers.getValue());
  return { offers: offers.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt)) };
};

export function createOfferHandlers(deps: OfferHandlerDeps): OfferHandlers {
  return {
    offerPageScanned: offerPageScanned(deps),
    getOffer,
    getTabOffer,
    readTabOffer: readTabOffer(deps),
    setManualOfferFields: setManualOfferFields(deps),
    loadOfferFromApi: loadOfferFromApi(deps),
    listOffers,
    syncAdminDomains: () => syncAdminDomains(),
  };
}

/** Background wiring besides messages: keep registrations and per-tab records in step. */
export function watchOfferBackground(): void {
  browser.tabs.onRemoved.addListener((tabId) => {
    offersByTab.delete(tabId);
    void forgetTab(tabId);
  });
  const resync = () => {
    void syncAdminDomains().catch((error: unknown) => {
      console.warn('[postbridge] Could not register the Affise reader on custom domains:', error);
    });
  };
  browser.permissions.onAdded.addListener(resync);
  browser.permissions.onRemoved.addListener(resync);
  adminDomains.watch(resync);
  watchManagedSetup(resync);
  resync();
}
