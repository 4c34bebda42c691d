import { type Browser, browser } from 'wxt/browser';
import type { z } from 'zod/mini';
import {
  type TabReply,
  type TabRequest,
  TabRequestSchema,
  type TabRequestType,
  type TabResponseSchemas,
} from '@/lib/messages/page-fill';
import { checked, failureOf, MessageError, requestTypeOf } from '@/utils/message-failure';

/**
 * The content-script half of popup ↔ content script messages (lib/messages/page-fill.ts). Kept
 * apart from sendToTab (utils/tab-messaging.ts), which also asks the background, so the content
 * scripts do not carry the background's message schemas.
 */

export type TabRequestOf<T extends TabRequestType> = Extract<TabRequest, { type: T }>;

/** Each handler returns its response or throws MessageError (utils/message-failure.ts). */
export type TabHandlers = {
  [T in TabRequestType]: (
    request: TabRequestOf<T>,
  ) => Promise<z.input<(typeof TabResponseSchemas)[T]>>;
};

/** The content script that answers each request, and what to tell the user when none does. */
export const RECEIVERS: Record<
  TabRequestType,
  { file: '/content-scripts/adjust.js' | '/content-scripts/affise.js'; fix: string }
> = {
  fillAdjustEncodingTool: {
    file: '/content-scripts/adjust.js',
    fix: 'reload the Adjust page or open the Encoding tool (https://help.adjust.com/en/partner/encoding-tool) in this tab',
  },
  applyTrackingUrl: {
    file: '/content-scripts/affise.js',
    fix: 'reload the Affise offer page and open its Tracking tab',
  },
  findTrackingUrlField: {
    file: '/content-scripts/affise.js',
    fix: 'reload the Affise offer page',
  },
};

export function notRunning(type: TabRequestType): MessageError {
  return new MessageError(
    'not-running',
    `Postbridge isn't running on this tab: ${RECEIVERS[type].fix}, then try again.`,
  );
}

// Generic over T so TypeScript pairs each request with its own handler (correlated union types).
async function runHandler<T extends TabRequestType>(
  handlers: Partial<TabHandlers>,
  type: T,
  request: TabRequestOf<T>,
): Promise<unknown> {
  const handler: Partial<TabHandlers>[T] = handlers[type];
  if (!handler) throw notRunning(type);
  return handler(request);
}

async function answer(handlers: Partial<TabHandlers>, message: unknown, type: string) {
  const request = checked(TabRequestSchema, message, {
    code: 'invalid-request',
    side: 'page',
    type,
  });
  return runHandler(handlers, request.type, request);
}

/**
 * Content-script side: answers the requests `handlers` names and leaves every other message to
 * other listeners (returning undefined means "not mine"). What a handler throws becomes a failure
 * reply (utils/message-failure.ts).
 */
export function listenForTabRequests(handlers: Partial<TabHandlers>): () => void {
  const listener = (
    message: unknown,
    sender: Browser.runtime.MessageSender,
  ): Promise<TabReply> | undefined => {
    // Only the extension's own pages may drive a page fill.
    if (sender.id !== browser.runtime.id) return undefined;
    const type = requestTypeOf(message);
    if (type === null || !Object.hasOwn(handlers, type)) return undefined;
    return answer(handlers, message, type).then(
      (data): TabReply => ({ ok: true, data }),
      (error: unknown) => failureOf(error, 'page', type),
    );
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}
