import { defineContentScript } from 'wxt/utils/define-content-script';
import { listenForApplyTrackingUrl } from '@/utils/apply-tracking-url';
import { claimPageLifetime } from '@/utils/page-lifetime';
import { watchOfferPage } from '@/utils/watch-offer-page';

/**
 * Runs on Affise admin panels (and, registered at run time by the background, on the custom
 * admin domains the user granted). Scans the open offer and reports each change to the background.
 */
export default defineContentScript({
  matches: ['*://*.affise.com/*'],
  runAt: 'document_idle',
  main() {
    // Not WXT's `ctx`: a page can end that one by dispatching its "script started" event
    // (utils/page-lifetime.ts). Null when a live copy already runs in this tab.
    const life = claimPageLifetime('__postbridgeAffiseReader');
    if (!life) return;
    watchOfferPage(life);
    // "Apply to offer" (popup → this tab): writes into the Tracking URL field only on that click.
    life.onInvalidated(listenForApplyTrackingUrl());
  },
});
