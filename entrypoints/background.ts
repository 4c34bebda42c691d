import '@/utils/configure-zod';
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { createDryRunHandlers } from '@/utils/dry-run-handlers';
import { createFillTargetHandlers } from '@/utils/fill-target';
import { registerHandlers } from '@/utils/messaging';
import { createOfferHandlers, watchOfferBackground } from '@/utils/offer-handlers';

export default defineBackground(() => {
  registerHandlers({
    ping: async () => ({ ok: true, version: browser.runtime.getManifest().version }),
    ...createOfferHandlers({ fetch: (...args) => fetch(...args), now: () => new Date() }),
    ...createDryRunHandlers({ now: () => new Date(), newId: () => crypto.randomUUID() }),
    ...createFillTargetHandlers(),
  });
  watchOfferBackground();
});
