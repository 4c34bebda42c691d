import '@/utils/configure-zod';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { fillEncodingTool } from '@/utils/fill-encoding-tool';
import { refuseUnlessMayFillHere } from '@/utils/may-fill-here';
import { claimPageLifetime } from '@/utils/page-lifetime';
import { listenForTabRequests } from '@/utils/tab-listener';

/**
 * Adjust's partner Encoding tool (https://help.adjust.com/en/partner/encoding-tool). Does nothing
 * until the popup asks: it only registers a message listener. On the origins the user added in the
 * options the popup injects the same script through activeTab (utils/tab-messaging.ts); anywhere
 * else it refuses to fill (utils/fill-target.ts). Tests serve the fixture as https://help.adjust.com:<port>/ through
 * Chromium's host-resolver rules, so no http:// pattern is needed.
 */
const LIVE_FLAG = '__postbridgeAdjustFill';

export default defineContentScript({
  matches: ['https://help.adjust.com/*'],
  runAt: 'document_idle',
  main() {
    // Injected again by the popup's fallback, a live copy must not answer (and fill) twice; a copy
    // orphaned by an extension update is invalid and lets the new one take over. Not WXT's `ctx`:
    // a page can end that one by dispatching its "script started" event (utils/page-lifetime.ts).
    const life = claimPageLifetime(LIVE_FLAG);
    if (!life) return;
    life.onInvalidated(
      listenForTabRequests({
        // Checked here too, on the page's real address: this script may have been injected into
        // any tab through activeTab, and the popup's check cannot see a navigation since.
        fillAdjustEncodingTool: async (request) => {
          await refuseUnlessMayFillHere();
          return fillEncodingTool(request);
        },
      }),
    );
  },
});
