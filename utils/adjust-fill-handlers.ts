import { browser } from 'wxt/browser';
import { ENCODING_TOOL_URL } from '@/lib/adjust/encoding-tool-origin';
import type { AdjustFillRecord } from '@/lib/messages/adjust-fill';
import { lastAdjustFill } from '@/utils/adjust-fill-store';
import { checkFillTab } from '@/utils/fill-target';
import { failureOf } from '@/utils/message-failure';
import type { Handlers } from '@/utils/messaging';
import { sendToTab } from '@/utils/tab-messaging';

/** Tabs showing the Encoding tool in any language (`/en/partner/encoding-tool`, `/ja/…`). */
export const ENCODING_TOOL_MATCH = 'https://help.adjust.com/*partner/encoding-tool*';
/** How long the Encoding tool may take to load before the fill gives up. */
const LOAD_TIMEOUT_MS = 30_000;
/** The content script starts at document_idle, just after "complete": a few short retries. */
const RECEIVER_RETRIES = 5;
const RETRY_DELAY_MS = 400;

export interface AdjustFillHandlerDeps {
  now: () => Date;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** An open Encoding tool tab, else a new one in the background so the popup stays open. */
async function encodingToolTab(): Promise<number> {
  const [open] = await browser.tabs.query({ url: ENCODING_TOOL_MATCH });
  if (open?.id !== undefined) return open.id;
  const created = await browser.tabs.create({ url: ENCODING_TOOL_URL, active: false });
  if (created.id === undefined) throw new Error('the browser gave the new tab no id');
  return created.id;
}

/** Resolves once the tab has loaded (`status: complete`), or false after `timeoutMs`. */
export function waitForTabLoaded(tabId: number, timeoutMs = LOAD_TIMEOUT_MS): Promise<boolean> {
  return new Promise((resolve) => {
    const done = (loaded: boolean) => {
      clearTimeout(timer);
      browser.tabs.onUpdated.removeListener(listener);
      resolve(loaded);
    };
    const listener = (id: number, change: { status?: string }) => {
      if (id === tabId && change.status === 'complete') done(true);
    };
    const timer = setTimeout(() => done(false), timeoutMs);
    browser.tabs.onUpdated.addListener(listener);
    // It may have finished before the listener was added.
    browser.tabs
      .get(tabId)
      .then((tab) => tab.status === 'complete' && done(true))
      .catch(() => done(false));
  });
}

async function fillWhenReady(
  tabId: number,
  request: Parameters<Handlers['fillAdjustInTab']>[0],
): Promise<AdjustFillRecord['outcome']> {
  const message = {
    type: 'fillAdjustEncodingTool',
    adjustLink: request.adjustLink,
    result: request.result,
  } as const;
  for (let attempt = 1; ; attempt++) {
    try {
      // This runs in the background, which cannot message itself: it checks the target directly.
      return { ok: true, data: await sendToTab(tabId, message, checkFillTab) };
    } catch (error) {
      // Kept as data: the record outlives this call, and the popup may read it much later.
      const failure = failureOf(error, 'page');
      if (failure.code !== 'not-running' || attempt >= RECEIVER_RETRIES) return failure;
    }
    await sleep(RETRY_DELAY_MS);
  }
}

/**
 * The background's "Fill in Adjust": it runs here, not in the popup, because the popup may close
 * while the tool loads. The result is stored (utils/adjust-fill-store.ts) and returned.
 */
export function createAdjustFillHandlers(
  deps: AdjustFillHandlerDeps,
): Pick<Handlers, 'fillAdjustInTab'> {
  return {
    fillAdjustInTab: async (request) => {
      const tabId = await encodingToolTab();
      const loaded = await waitForTabLoaded(tabId);
      const outcome: AdjustFillRecord['outcome'] = loaded
        ? await fillWhenReady(tabId, request)
        : {
            ok: false,
            code: 'load-timeout',
            message: `Adjust's Encoding tool did not finish loading within ${LOAD_TIMEOUT_MS / 1000} s.`,
            findings: [],
          };
      const record: AdjustFillRecord = {
        at: deps.now().toISOString(),
        link: request.result.link ?? '',
        tabId,
        outcome,
      };
      await lastAdjustFill.setValue(record);
      return record;
    },
  };
}
