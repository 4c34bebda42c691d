import { useCallback, useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { Offer } from '@/lib/affise/offer';
import type { Finding } from '@/lib/findings';
import type { OfferState } from '@/lib/messages/offer';
import { sendRequest } from '@/utils/messaging';

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

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

async function activeTabId(): Promise<number | null> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
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
  const [tabId, setTabId] = useState<number | null>(explicitTabId);
  const [state, setState] = useState<{
    offer: Offer | null;
    origin: OfferOrigin;
    findings: Finding[];
  }>({
    offer: null,
    origin: 'none',
    findings: [],
  });
  const [loaded, setLoaded] = useState(false);
  const [reading, setReading] = useState(false);
  const [error, setError] = useState<PlainError | null>(null);

  const apply = useCallback((answer: OfferState, origin: OfferOrigin) => {
    setState({
      offer: answer.offer,
      origin: answer.offer ? origin : 'none',
      findings: answer.findings,
    });
  }, []);

  const showStored = useCallback(
    async (key: string | null) => {
      if (key === null || key === '') {
        setState({ offer: null, origin: 'none', findings: [] });
        return;
      }
      apply(await sendRequest({ type: 'getOffer', key }), 'stored');
    },
    [apply],
  );

  // Asked at once, in parallel with the popup's own storage: this is most of the time to "ready".
  const [tabAnswer, setTabAnswer] = useState<Promise<OfferState | null> | null>(null);
  useEffect(() => {
    const answer = (async () => {
      const id = explicitTabId ?? (await activeTabId());
      setTabId(id);
      return id === null ? null : sendRequest({ type: 'getTabOffer', tabId: id });
    })();
    // Handled where it is awaited; this only keeps an early failure from being reported as unhandled.
    answer.catch(() => undefined);
    setTabAnswer(answer);
  }, [explicitTabId]);

  useEffect(() => {
    if (!storeLoaded || !tabAnswer) return;
    let cancelled = false;
    (async () => {
      try {
        const fromTab = await tabAnswer;
        if (cancelled) return;
        if (fromTab?.offer) apply(fromTab, 'tab');
        else if (lastKey) apply(await sendRequest({ type: 'getOffer', key: lastKey }), 'stored');
      } catch (failure) {
        if (!cancelled) {
          setError({
            message: 'Postbridge could not load the offer: close and open the popup again.',
            detail: messageOf(failure),
          });
        }
      } finally {
        if (!cancelled) setLoaded(true);
      }
    })();
    return () => {
      cancelled = true;
    };
    // Runs once the stored draft is known; later changes of the draft key must not reload the offer.
  }, [storeLoaded, tabAnswer]);

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
      const answer = await sendRequest({ type: 'readTabOffer', tabId });
      if (answer.offer) apply(answer, 'tab');
      else {
        setState((previous) => ({ ...previous, findings: answer.findings }));
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
        detail: messageOf(failure),
      });
    } finally {
      setReading(false);
    }
  }, [tabId, apply]);

  return {
    loaded,
    offer: state.offer,
    origin: state.origin,
    readFindings: state.findings,
    tabId,
    reading,
    error,
    readPage,
    showStored,
  };
}
