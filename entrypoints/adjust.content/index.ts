import '@/utils/configure-zod';
import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { z } from 'zod/mini';
import {
  CheckFillTargetResponseSchema,
  type MayFillHereRequestSchema,
} from '@/lib/messages/fill-target';
import { claimPageLifetime } from '@/utils/page-lifetime';
import { listenForTabRequests } from '@/utils/tab-listener';
import { fillEncodingTool } from './fill-encoding-tool';

/**
 * Adjust's partner Encoding tool (https://help.adjust.com/en/partner/encoding-tool). Does nothing
 * until the popup asks: it only registers a message listener. On the origins the user added in the
 * options the popup injects the same script through activeTab (utils/tab-messaging.ts); anywhere
 * else it refuses to fill (utils/fill-target.ts). Tests serve the fixture as https://help.adjust.com:<port>/ through
 * Chromium's host-resolver rules, so no http:// pattern is needed.
 */
const LIVE_FLAG = '__postbridgeAdjustFill';

const VerdictSchema = z.object({ ok: z.literal(true), data: CheckFillTargetResponseSchema });

/**
 * The background's verdict on this page, from the address the browser reports for it (this
 * script cannot read storage.local, where the allowed sites are: utils/fill-target.ts). Null when
 * it may fill, else the sentence to show.
 */
async function askMayFillHere(): Promise<string | null> {
  const message: z.input<typeof MayFillHereRequestSchema> = { type: 'mayFillHere' };
  const reply = VerdictSchema.safeParse(
    await browser.runtime.sendMessage(message).catch(() => null),
  );
  if (!reply.success) {
    return 'Postbridge could not check this page with its background. Reload the page and try again.';
  }
  return reply.data.data.allowed ? null : reply.data.data.message;
}

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
          const refusal = await askMayFillHere();
          if (refusal !== null)
            return { ok: false, code: 'wrong-page', message: refusal, findings: [] };
          return fillEncodingTool(request);
        },
      }),
    );
  },
});
