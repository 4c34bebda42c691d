import { browser } from 'wxt/browser';
import { hostnameOf, isAdminHost, matchPatternFor, networkOf } from '@/lib/affise/admin-host';
import {
  apiBaseUrl,
  describeApiFailure,
  describeNetworkFailure,
  describeOfferRequest,
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
import { interpretOfferScan, OfferPageScanSchema } from '@/lib/affise/read-offer-page';
import type { Finding } from '@/lib/findings';
import type { ManualValues, OfferState } from '@/lib/messages/offer';
import { describeNoAccessFailure } from '@/lib/site-access';
import { splitUrl } from '@/lib/url/split-url';
import { effectiveAdminDomains, watchManagedSetup } from '@/utils/managed-setup';
import { type Handlers, MessageError } from '@/utils/messaging';
import {
  adminDomains,
  affiseApiSettings,
  forgetTab,
  getStoredOffer,
  rememberTabOffer,
  saveOfferRead,
  storedOffers,
  tabOfferKey,
  updateOffer,
} from '@/utils/offer-store';
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

function state(offer: Offer | null, findings: Finding[] = []): OfferState {
  return { offer, missing: listMissing(offer), findings };
}

function noOffer(message: string): OfferState {
  return state(null, [{ code: 'affise.no-offer-read', severity: 'info', message, path: 'offer' }]);
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

export function createOfferHandlers(deps: OfferHandlerDeps): OfferHandlers {
  const nowIso = () => deps.now().toISOString();
  return {
    async offerPageScanned(request, sender) {
      await recordScanStatus(sender.tab?.id, request.scan);
      const { read, findings } = interpretOfferScan(request.scan, nowIso());
      if (!read) return state(null, findings);
      const offer = await saveOfferRead(read, nowIso());
      const tabId = sender.tab?.id;
      if (tabId !== undefined) await rememberTabOffer(tabId, offer.key);
      return state(offer, findings);
    },

    async getOffer(request) {
      return state(await getStoredOffer(request.key));
    },

    async getTabOffer(request) {
      const key = (await tabOfferKey(request.tabId)) ?? (await offerKeyFromTabUrl(request.tabId));
      const offer = key ? await getStoredOffer(key) : null;
      return offer
        ? state(offer)
        : noOffer(
            'No Affise offer has been read in this tab yet. Open the offer’s edit page, or use "Read this page".',
          );
    },

    async readTabOffer(request) {
      let injected: unknown;
      try {
        const [first] = await browser.scripting.executeScript({
          target: { tabId: request.tabId },
          files: [READ_ONCE_SCRIPT_FILE],
        });
        injected = first?.result;
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
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
      await recordScanStatus(request.tabId, scan.data);
      const { read, findings } = interpretOfferScan(scan.data, nowIso());
      if (!read) return state(null, findings);
      const offer = await saveOfferRead(read, nowIso());
      await rememberTabOffer(request.tabId, offer.key);
      return state(offer, findings);
    },

    async setManualOfferFields(request) {
      const now = nowIso();
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
    },

    async loadOfferFromApi(request) {
      const settings = await affiseApiSettings.getValue();
      const apiBase = apiBaseUrl(settings.apiHost);
      if (!apiBase || settings.apiKey === '') {
        return {
          ok: false,
          error: {
            code: 'not-configured',
            message:
              'Enter the Affise API host (api-<network>.affise.com) and API key in the Postbridge options first.',
          },
        };
      }
      const described = describeOfferRequest(apiBase, settings.apiKey, request.offerId);
      let response: Response;
      try {
        response = await deps.fetch(described.url, {
          method: described.method,
          headers: described.headers,
          credentials: 'omit',
          cache: 'no-store',
          signal: AbortSignal.timeout(API_TIMEOUT_MS),
        });
      } catch (error) {
        const reason =
          error instanceof Error && error.name === 'TimeoutError'
            ? `no answer within ${API_TIMEOUT_MS / 1000} s`
            : 'the request failed before an answer arrived';
        return { ok: false, error: describeNetworkFailure(apiBase, reason) };
      }
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
        readAt: nowIso(),
      });
      if (!mapped.ok) return { ok: false, error: mapped.error };
      const offer = await saveOfferRead(mapped.read, nowIso());
      return { ok: true, ...state(offer, mapped.findings) };
    },

    async listOffers() {
      const offers = Object.values(await storedOffers.getValue());
      return { offers: offers.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt)) };
    },

    async syncAdminDomains() {
      return syncAdminDomains();
    },
  };
}

/** Background wiring besides messages: keep registrations and per-tab records in step. */
export function watchOfferBackground(): void {
  browser.tabs.onRemoved.addListener((tabId) => {
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
