import { browser } from 'wxt/browser';
import type { z } from 'zod/mini';
import type { OfferPageScan } from '@/lib/affise/offer-page-scan';
import type { TaughtReaderLocators } from '@/lib/affise/read-taught-fields';
import { scanNamesAnOffer, scanOfferPage } from '@/lib/affise/scan-offer-page';
import type { OfferPageScannedRequestSchema } from '@/lib/messages/offer';
import type { PageLifetime } from '@/utils/page-lifetime';
import { fetchPageTaught, onTaughtChange, readerLocators } from '@/utils/taught-page';

/** Long enough to let a single-page app finish rendering a tab, short enough to feel immediate. */
export const READ_DEBOUNCE_MS = 250;
/** A page that never stops changing is still read this often: constant mutations cannot starve it. */
export const READ_MAX_WAIT_MS = 1000;
/** Tries after a send the background did not take, each a little later than the one before. */
const SEND_RETRIES = 4;
const SEND_RETRY_MS = 500;

export function scanDocument(taught?: TaughtReaderLocators): OfferPageScan {
  return scanOfferPage(document, location.href, taught);
}

/**
 * Sent without `sendRequest`: its request/response validation would bring zod/mini and the offer
 * messages' schemas into a script that loads on every admin page, against a 20 kB budget. The type still comes from the schema, and the background validates every message
 * it receives.
 */
function sendScan(scan: OfferPageScan): Promise<unknown> {
  const message: z.input<typeof OfferPageScannedRequestSchema> = { type: 'offerPageScanned', scan };
  return browser.runtime.sendMessage(message);
}

/**
 * Reads the offer page now and whenever it changes: the Affise admin panel is a single-page app,
 * so tabs render on demand and the address changes without a reload. Only reads; never writes to
 * the page. Each changed scan goes to the background, which validates and merges it.
 */
export function watchOfferPage(life: PageLifetime, send = sendScan): void {
  let lastSent = '';
  let failedSends = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let waitingSince: number | undefined;
  // Where users showed Postbridge this host's fields (utils/taught-page.ts).
  let taught: TaughtReaderLocators = {};
  const readNow = () => {
    timer = undefined;
    waitingSince = undefined;
    const scan = scanDocument(taught);
    if (!scanNamesAnOffer(scan)) return;
    const signature = JSON.stringify(scan);
    if (signature === lastSent) return;
    lastSent = signature;
    send(scan).then(
      () => {
        failedSends = 0;
      },
      () => {
        // The background may be starting or restarting: forget the signature and read again soon,
        // so a page that never changes is still stored (a few tries, then the next change).
        lastSent = '';
        failedSends += 1;
        if (failedSends <= SEND_RETRIES) life.setTimeout(schedule, SEND_RETRY_MS * failedSends);
      },
    );
  };
  const schedule = () => {
    if (life.isInvalid) return;
    const now = Date.now();
    waitingSince ??= now;
    if (timer !== undefined) {
      if (now - waitingSince >= READ_MAX_WAIT_MS) return;
      clearTimeout(timer);
    }
    timer = life.setTimeout(readNow, READ_DEBOUNCE_MS);
  };
  watchPageChanges(life, schedule);
  // The first read does not wait for the background: most hosts have nothing taught. When
  // something is (or changes), the page is read again with it.
  const refreshTaught = () =>
    void fetchPageTaught().then((all) => {
      const next = readerLocators(all);
      if (JSON.stringify(next) === JSON.stringify(taught)) return;
      taught = next;
      lastSent = '';
      schedule();
    });
  life.onInvalidated(onTaughtChange(refreshTaught));
  schedule();
  refreshTaught();
}

/** Calls `changed` on every change of the page: its elements, its address, a typed value. */
function watchPageChanges(life: PageLifetime, changed: () => void): void {
  const observer = new MutationObserver(changed);
  observer.observe(document.documentElement, {
    childList: true,
    subtree: true,
    characterData: true,
  });
  life.onInvalidated(() => observer.disconnect());
  watchAddress(life, changed);
  // Typing in a field changes its value without any DOM mutation.
  life.addEventListener(document, 'input', changed, { capture: true, passive: true });
  life.addEventListener(document, 'change', changed, { capture: true, passive: true });
}

/**
 * Calls `changed` when the address changes without a reload (the admin panel is a single-page
 * app): the Navigation API where the browser has it, else a check every second. Page script can
 * fire neither on our behalf, and a spurious call only causes one more read.
 */
function watchAddress(life: PageLifetime, changed: () => void): void {
  const navigation = Reflect.get(globalThis, 'navigation');
  if (navigation instanceof EventTarget) {
    life.addEventListener(navigation, 'navigatesuccess', changed);
    return;
  }
  let last = location.href;
  const check = () => {
    if (location.href !== last) {
      last = location.href;
      changed();
    }
    life.setTimeout(check, 1000);
  };
  life.setTimeout(check, 1000);
}
