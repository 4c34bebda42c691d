import '@/utils/configure-zod';
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { createAdjustFillHandlers } from '@/utils/adjust-fill-handlers';
import { createDryRunHandlers } from '@/utils/dry-run-handlers';
import { createFillTargetHandlers } from '@/utils/fill-target';
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
    ...createFillTargetHandlers(),
  });
  watchOfferBackground();
  keepStorageFromContentScripts();
});

/**
 * storage.local holds the API key and every offer's secure code, and is open to content scripts
 * by default; only extension pages and this worker need it. Chrome can close it to content
 * scripts; Firefox supports the setting for storage.session only (README, "Security and limits").
 */
function keepStorageFromContentScripts(): void {
  const local = browser.storage.local;
  if (typeof local.setAccessLevel !== 'function') return;
  Promise.resolve(local.setAccessLevel({ accessLevel: 'TRUSTED_CONTEXTS' })).catch(
    (error: unknown) => {
      console.warn('[postbridge] storage.local stays readable by content scripts:', error);
    },
  );
}
