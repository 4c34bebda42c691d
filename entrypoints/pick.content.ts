import '@/utils/configure-zod';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { TEACH_MESSAGES } from '@/lib/messages/teach';
import { startPickMode } from '@/utils/pick-mode';
import { sendRequest } from '@/utils/send-request';

/**
 * "Show me where it is": injected by the background into the tab the user is teaching
 * (utils/teach-handlers.ts). Asks which field is being taught, runs the pick mode, and sends the
 * locator of the chosen element back; the background stores it for this tab's host.
 */
const LIVE_FLAG = '__postbridgePickMode';

export default defineContentScript({
  registration: 'runtime',
  globalName: false,
  async main() {
    // A second "Show me where it is" replaces the pick mode already on the page.
    const previous = Reflect.get(globalThis, LIVE_FLAG);
    if (typeof previous === 'function') previous();
    const pick = await sendRequest(TEACH_MESSAGES, { type: 'getPick' });
    if (!pick) return;
    const stop = startPickMode(pick, {
      save: (locator) =>
        sendRequest(TEACH_MESSAGES, { type: 'saveTaught', field: pick.field, locator }),
      cancel: () => void sendRequest(TEACH_MESSAGES, { type: 'cancelPick' }).catch(() => undefined),
    });
    Reflect.set(globalThis, LIVE_FLAG, stop);
  },
});
