import '@/utils/configure-zod';
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { createAdjustFillHandlers } from '@/utils/adjust-fill-handlers';
import { createDryRunHandlers } from '@/utils/dry-run-handlers';
import { registerHandlers } from '@/utils/messaging';
import { createOfferHandlers, watchOfferBackground } from '@/utils/offer-handlers';
import { createSetupHandlers } from '@/utils/setup-handlers';
import { createTeachHandlers } from '@/utils/teach-handlers';

export default defineBackground(() => {
  registerHandlers({
    ping: async () => ({ ok: true, version: browser.runtime.getManifest().version }),
    ...createOfferHandlers({ fetch: (...args) => fetch(...args), now: () => new Date() }),
    ...createDryRunHandlers({ now: () => new Date(), newId: () => crypto.randomUUID() }),
    ...createAdjustFillHandlers({ now: () => new Date() }),
    ...createTeachHandlers(() => new Date()),
    ...createSetupHandlers(() => new Date()),
  });
  watchOfferBackground();
});
