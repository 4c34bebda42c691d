import { useCallback, useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { Offer } from '@/lib/affise/offer';
import type { Finding } from '@/lib/core/findings';
import type { OfferState } from '@/lib/messages/offer';
import { OFFER_MESSAGES } from '@/lib/messages/offer';
import { detailOf } from '@/utils/message-failure';
import { sendRequest } from '@/utils/send-request';

/** Where the offer on screen comes from. */
export type OfferOrigin = 'tab' | 'stored' | 'none';

/** A failure said plainly, with the technical text kept for "Details". */
export interface PlainError {
  message: string;
  detail: string | null;
}

export interface CurrentOffer {
  loaded: boolean;
  offer: Offer | null;
  origin: OfferOrigin;
  /** What the last read noticed (a value that was not a URL, …). */
  readFindings: Finding[];
  tabId: number | null;
  reading: boolean;
  error: PlainError | null;
  readPage: () => Promise<void>;
  /** Shows a stored offer by key, or none (everything typed by hand). */
  showStored: (key: string | null) => Promise<void>;
}

interface Shown {
  offer: Offer | null;
  origin: OfferOrigin;
  findings: Finding[];
}

const NOTHING: Shown = { offer: null, origin: 'none', findings: [] };

async function activeTabId(): Promise<number | null> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

/** The target tab and the background's answer about its offer, asked for at once. */
function useTabAnswer(explicitTabId: number | null) {
  const [tabId, setTabId] = useState<number | null>(explicitTabId);
  // Asked in parallel with the popup's own storage: this is most of the time to "ready".
  const [answer, setAnswer] = useState<Promise<OfferState | null> | null>(null);
  useEffect(() => {
    const asked = (async () => {
      const id = explicitTabId ?? (await activeTabId());
      setTabId(id);
      return id === null ? null : sendRequest(OFFER_MESSAGES, { type: 'getTabOffer', tabId: id });
    })();
    // Handled where it is awaited; this only keeps an early failure from being reported as unhandled.
    asked.catch(() => undefined);
    setAnswer(asked);
  }, [explicitTabId]);
  return { tabId, answer };
}

/** "Read this page": runs the reader in the tab through activeTab and shows what it found. */
function useReadPage(
  tabId: number | null,
  show: (answer: OfferState, origin: OfferOrigin) => void,
  setError: (error: PlainError | null) => void,
) {
  const [reading, setReading] = useState(false);
  const readPage = useCallback(async () => {
    if (tabId === null) {
      setError({
        message: 'There is no tab to read: open the Affise offer page and open Postbridge there.',
        detail: null,
      });
      return;
    }
    setReading(true);
    setError(null);
    try {
      const answer = await sendRequest(OFFER_MESSAGES, { type: 'readTabOffer', tabId });
      show(answer, 'tab');
      if (!answer.offer) {
        setError({
          message:
            'This tab is not an Affise offer page: open the offer in Affise (Offers → the offer → Edit), or type its fields below.',
          detail: null,
        });
      }
    } catch (failure) {
      setError({
        message:
          'Postbridge could not read this tab (browser pages and the extension gallery cannot be read): open the Affise offer page and try again.',
        detail: detailOf(failure),
      });
    } finally {
      setReading(false);
    }
  }, [tabId, show, setError]);
  return { reading, readPage };
}

/** Shows the tab's offer, else the offer worked on last, once the stored draft is known. */
function useInitialOffer(
  storeLoaded: boolean,
  answer: Promise<OfferState | null> | null,
  lastKey: string | null,
  show: (state: OfferState, origin: OfferOrigin) => void,
  setError: (error: PlainError | null) => void,
): boolean {
  const [loaded, setLoaded] = useState(false);
  useEffect(() => {
    if (!storeLoaded || !answer) return;
    let cancelled = false;
    (async () => {
      const fromTab = await answer;
      if (cancelled) return;
      if (fromTab?.offer) show(fromTab, 'tab');
      else if (lastKey)
        show(await sendRequest(OFFER_MESSAGES, { type: 'getOffer', key: lastKey }), 'stored');
    })()
      .catch((failure: unknown) => {
        if (cancelled) return;
        setError({
          message: 'Postbridge could not load the offer: close and open the popup again.',
          detail: detailOf(failure),
        });
      })
      .finally(() => {
        if (!cancelled) setLoaded(true);
      });
    return () => {
      cancelled = true;
    };
    // Runs once the stored draft is known; later changes of the draft key must not reload the offer.
  }, [storeLoaded, answer]);
  return loaded;
}

/**
 * The offer the popup works on: the one read in the target tab, else the one the user worked on
 * last (`lastKey`), else none. "Read this page" reads the tab again through activeTab.
 */
export function useCurrentOffer(
  explicitTabId: number | null,
  lastKey: string | null,
  storeLoaded: boolean,
): CurrentOffer {
  const [shown, setShown] = useState<Shown>(NOTHING);
  const [error, setError] = useState<PlainError | null>(null);
  const { tabId, answer } = useTabAnswer(explicitTabId);

  // A read that found nothing keeps the offer on screen and shows only what the read noticed.
  const show = useCallback((state: OfferState, origin: OfferOrigin) => {
    setShown((previous) =>
      state.offer
        ? { offer: state.offer, origin, findings: state.findings }
        : { ...(origin === 'tab' ? previous : NOTHING), findings: state.findings },
    );
  }, []);
  const showStored = useCallback(
    async (key: string | null) => {
      if (key === null || key === '') setShown(NOTHING);
      else show(await sendRequest(OFFER_MESSAGES, { type: 'getOffer', key }), 'stored');
    },
    [show],
  );

  const loaded = useInitialOffer(storeLoaded, answer, lastKey, show, setError);

  const { reading, readPage } = useReadPage(tabId, show, setError);
  return {
    loaded,
    ...shown,
    readFindings: shown.findings,
    tabId,
    reading,
    error,
    readPage,
    showStored,
  };
}
