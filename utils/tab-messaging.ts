import { type Browser, browser } from 'wxt/browser';
import { z } from 'zod/mini';
import {
  type TabFailure,
  type TabReply,
  TabReplySchema,
  type TabRequest,
  TabRequestSchema,
  type TabRequestType,
  type TabResponseFor,
  TabResponseSchemas,
} from '@/lib/messages/page-fill';
import { describeZodIssues } from '@/utils/describe-zod-issues';
import { sendRequest } from '@/utils/messaging';

/**
 * Popup ↔ content script messages (lib/messages/page-fill.ts). The popup sends straight to the tab
 * with `browser.tabs.sendMessage`; failures come back as values, never thrown.
 */

export type TabRequestOf<T extends TabRequestType> = Extract<TabRequest, { type: T }>;
export type TabResult<T extends TabRequestType> =
  | { ok: true; data: TabResponseFor<T> }
  | TabFailure;

export type TabHandlers = {
  [T in TabRequestType]: (
    request: TabRequestOf<T>,
  ) => Promise<{ ok: true; data: z.input<(typeof TabResponseSchemas)[T]> } | TabFailure>;
};

/** The content script that answers each request, and what to tell the user when none does. */
const RECEIVERS: Record<
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
};

const TypeSchema = z.object({ type: z.string() });

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function failure(code: string, message: string): TabFailure {
  return { ok: false, code, message, findings: [] };
}

/** Chrome: "Could not establish connection. Receiving end does not exist."; Firefox: the same words. */
function isNoReceiver(error: unknown): boolean {
  return /receiving end does not exist|could not establish connection/i.test(messageOf(error));
}

const responseSchemas: { [T in TabRequestType]: z.ZodMiniType<TabResponseFor<T>> } =
  TabResponseSchemas;

function responseSchemaFor<T extends TabRequestType>(type: T): z.ZodMiniType<TabResponseFor<T>> {
  return responseSchemas[type];
}

async function deliver(
  tabId: number,
  request: TabRequest,
): Promise<{ reply: unknown } | { noReceiver: true } | TabFailure> {
  try {
    const reply: unknown = await browser.tabs.sendMessage(tabId, request, { frameId: 0 });
    // A content script of another kind (the Affise reader on an Adjust page, say) does not answer.
    return reply === undefined ? { noReceiver: true } : { reply };
  } catch (error) {
    if (isNoReceiver(error)) return { noReceiver: true };
    return failure('unreachable', `Postbridge could not talk to this tab: ${messageOf(error)}.`);
  }
}

/**
 * The content script is declared only for the hosts in its `matches`. On any other host (an Adjust
 * page under a domain not listed, a custom Affise admin domain not granted yet), or in a tab opened
 * before the extension was installed or reloaded, nobody answers; the popup then injects the same
 * script once. That is allowed by `activeTab` (the user opened the popup on this tab) and
 * `scripting`; it fails on browser pages and on other tabs, which the message below covers.
 */
async function inject(tabId: number, type: TabRequestType): Promise<boolean> {
  try {
    await browser.scripting.executeScript({ target: { tabId }, files: [RECEIVERS[type].file] });
    return true;
  } catch {
    return false;
  }
}

function notRunning(type: TabRequestType): TabFailure {
  return failure(
    'not-running',
    `Postbridge isn't running on this tab: ${RECEIVERS[type].fix}, then try again.`,
  );
}

/**
 * The background's verdict on filling this tab (issue 10 §6): it reads the tab's address itself, so
 * nothing is sent to, or injected into, a page that merely looks like the Encoding tool.
 */
async function fillTargetRefused(tabId: number): Promise<TabFailure | null> {
  try {
    const verdict = await sendRequest({ type: 'checkFillTarget', tabId });
    return verdict.allowed ? null : failure('wrong-page', verdict.message);
  } catch (error) {
    return failure('unreachable', messageOf(error));
  }
}

/**
 * Sends `request` to the content script of tab `tabId` and returns its validated response, or a
 * failure `{ ok: false, code, message, findings }`. Codes: `invalid-request`, `not-running`,
 * `unreachable`, `invalid-reply`, `invalid-response`, and whatever the content script reports
 * (`field-not-found`, `plan-failed`, …).
 */
export async function sendToTab<T extends TabRequestType>(
  tabId: number,
  request: TabRequestOf<T>,
): Promise<TabResult<T>> {
  const parsed = TabRequestSchema.safeParse(request);
  if (!parsed.success) {
    return failure(
      'invalid-request',
      `Request "${request.type}" is invalid: ${describeZodIssues(parsed.error)}.`,
    );
  }
  const type: T = request.type;
  if (type === 'fillAdjustEncodingTool') {
    const refused = await fillTargetRefused(tabId);
    if (refused) return refused;
  }
  let delivered = await deliver(tabId, parsed.data);
  if ('noReceiver' in delivered) {
    if (!(await inject(tabId, type))) return notRunning(type);
    delivered = await deliver(tabId, parsed.data);
    if ('noReceiver' in delivered) return notRunning(type);
  }
  if ('ok' in delivered) return delivered;
  const reply = TabReplySchema.safeParse(delivered.reply);
  if (!reply.success) {
    return failure(
      'invalid-reply',
      `The page answered "${type}" with something that is not a Postbridge reply: ${describeZodIssues(reply.error)}.`,
    );
  }
  if (!reply.data.ok) return reply.data;
  const response = responseSchemaFor(type).safeParse(reply.data.data);
  if (!response.success) {
    return failure(
      'invalid-response',
      `The page's answer to "${type}" does not match its schema: ${describeZodIssues(response.error)}.`,
    );
  }
  return { ok: true, data: response.data };
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
        failure('handler-failed', `"${request.type}" failed on the page: ${messageOf(error)}.`),
    );
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}
