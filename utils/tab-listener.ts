import { type Browser, browser } from 'wxt/browser';
import { z } from 'zod/mini';
import { errorMessage } from '@/lib/core/error-message';
import {
  type TabFailure,
  type TabReply,
  type TabRequest,
  TabRequestSchema,
  type TabRequestType,
  type TabResponseSchemas,
} from '@/lib/messages/page-fill';
import { describeZodIssues } from '@/utils/describe-zod-issues';

/**
 * The content-script half of popup ↔ content script messages (lib/messages/page-fill.ts). Kept
 * apart from sendToTab (utils/tab-messaging.ts), which also asks the background, so the content
 * scripts do not carry the background's message schemas.
 */

export type TabRequestOf<T extends TabRequestType> = Extract<TabRequest, { type: T }>;

export type TabHandlers = {
  [T in TabRequestType]: (
    request: TabRequestOf<T>,
  ) => Promise<{ ok: true; data: z.input<(typeof TabResponseSchemas)[T]> } | TabFailure>;
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

const TypeSchema = z.object({ type: z.string() });

export function failure(code: string, message: string): TabFailure {
  return { ok: false, code, message, findings: [] };
}

export function notRunning(type: TabRequestType): TabFailure {
  return failure(
    'not-running',
    `Postbridge isn't running on this tab: ${RECEIVERS[type].fix}, then try again.`,
  );
}

// Generic over T so TypeScript pairs each request with its own handler (correlated union types).
function runHandler<T extends TabRequestType>(
  handlers: Partial<TabHandlers>,
  type: T,
  request: TabRequestOf<T>,
): Promise<TabReply> | undefined {
  const handler: Partial<TabHandlers>[T] = handlers[type];
  return handler?.(request);
}

/**
 * Content-script side: answers the requests `handlers` names and leaves every other message to
 * other listeners (returning undefined means "not mine"). A handler that throws becomes a failure.
 */
export function listenForTabRequests(handlers: Partial<TabHandlers>): () => void {
  const listener = (
    message: unknown,
    sender: Browser.runtime.MessageSender,
  ): Promise<TabReply> | undefined => {
    // Only the extension's own pages may drive a page fill.
    if (sender.id !== browser.runtime.id) return undefined;
    const type = TypeSchema.safeParse(message);
    if (!type.success || !Object.hasOwn(handlers, type.data.type)) return undefined;
    const parsed = TabRequestSchema.safeParse(message);
    if (!parsed.success) {
      return Promise.resolve(
        failure(
          'invalid-request',
          `The page rejected "${type.data.type}": ${describeZodIssues(parsed.error)}.`,
        ),
      );
    }
    const request = parsed.data;
    return (
      runHandler(handlers, request.type, request) ?? Promise.resolve(notRunning(request.type))
    ).catch(
      (error: unknown): TabFailure =>
        failure('handler-failed', `"${request.type}" failed on the page: ${errorMessage(error)}.`),
    );
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}
