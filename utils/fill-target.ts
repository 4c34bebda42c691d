import { browser } from 'wxt/browser';
import { z } from 'zod/mini';
import {
  encodingToolRefusal,
  isEncodingToolOrigin,
  ToolOriginSchema,
} from '@/lib/adjust/encoding-tool-origin';
import type { Handlers } from '@/utils/messaging';
import { defineStoredItem } from '@/utils/storage';

/** Origins the user trusts to host a copy of Adjust's Encoding tool (options → "Encoding tool"). */
export const encodingToolOrigins = defineStoredItem('local:adjustToolOrigins', {
  schema: z.array(ToolOriginSchema).check(z.maxLength(20)),
  fallback: [],
  version: 1,
  label: 'Encoding tool origins',
});

/** Why the page at `url` may not be filled, or null when it may. */
export async function fillRefusal(url: string): Promise<string | null> {
  return isEncodingToolOrigin(url, await encodingToolOrigins.getValue())
    ? null
    : encodingToolRefusal(url);
}

export type FillVerdict = { allowed: true } | { allowed: false; message: string };

/** May tab `tabId` be filled? The background reads the tab's address itself. */
export async function checkFillTab(tabId: number): Promise<FillVerdict> {
  const tab = await browser.tabs.get(tabId).catch(() => null);
  // Without activeTab or a host permission for the tab the address is hidden. Nothing can be
  // injected there either, and the fill script checks its own `location` before it writes.
  if (tab?.url === undefined) return { allowed: true };
  const refusal = await fillRefusal(tab.url);
  return refusal === null ? { allowed: true } : { allowed: false, message: refusal };
}

/** The background's answer to "may this tab be filled?". */
export function createFillTargetHandlers(): Pick<Handlers, 'checkFillTarget' | 'mayFillHere'> {
  return {
    checkFillTarget: (request) => checkFillTab(request.tabId),
    async mayFillHere(_request, sender) {
      const refusal = await fillRefusal(sender.url ?? '');
      return refusal === null ? { allowed: true } : { allowed: false, message: refusal };
    },
  };
}
