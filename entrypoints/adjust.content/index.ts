import '@/utils/configure-zod';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { listenForTabRequests } from '@/utils/tab-messaging';
import { fillEncodingTool } from './fill-encoding-tool';

/**
 * Adjust's partner Encoding tool (https://help.adjust.com/en/partner/encoding-tool) and the same
 * fields wherever Adjust shows them under *.adjust.com (`https://*.adjust.com/*` includes
 * help.adjust.com). Does nothing until the popup asks: it only registers a message listener.
 * Hosts outside these patterns get the same script injected by the popup through activeTab
 * (utils/tab-messaging.ts). Tests serve the fixture as https://help.adjust.com:<port>/ through
 * Chromium's host-resolver rules, so no http:// pattern is needed.
 */
const LIVE_FLAG = '__postbridgeAdjustFill';

export default defineContentScript({
  matches: ['https://help.adjust.com/*', 'https://*.adjust.com/*'],
  runAt: 'document_idle',
  main(ctx) {
    // Injected again by the popup's fallback, a live copy must not answer (and fill) twice; a copy
    // orphaned by an extension update is invalid and lets the new one take over.
    const alive = Reflect.get(globalThis, LIVE_FLAG);
    if (typeof alive === 'function' && alive() === true) return;
    Reflect.set(globalThis, LIVE_FLAG, () => !ctx.isInvalid);
    ctx.onInvalidated(
      listenForTabRequests({ fillAdjustEncodingTool: (request) => fillEncodingTool(request) }),
    );
  },
});
