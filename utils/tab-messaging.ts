import { browser } from 'wxt/browser';
import type { z } from 'zod/mini';
import { errorMessage } from '@/lib/core/error-message';
import {
  type TabFailure,
  TabReplySchema,
  type TabRequest,
  TabRequestSchema,
  type TabRequestType,
  type TabResponseFor,
  TabResponseSchemas,
} from '@/lib/messages/page-fill';
import { describeZodIssues } from '@/utils/describe-zod-issues';
import { sendRequest } from '@/utils/messaging';
import { failure, notRunning, RECEIVERS, type TabRequestOf } from '@/utils/tab-listener';

export { listenForTabRequests, type TabHandlers, type TabRequestOf } from '@/utils/tab-listener';

/**
 * Popup ↔ content script messages (lib/messages/page-fill.ts), the popup's half: it sends straight
 * to the tab with `browser.tabs.sendMessage`; failures come back as values, never thrown. The
 * content scripts' half is utils/tab-listener.ts.
 */

export type TabResult<T extends TabRequestType> =
  | { ok: true; data: TabResponseFor<T> }
  | TabFailure;

/** Chrome: "Could not establish connection. Receiving end does not exist."; Firefox: the same words. */
function isNoReceiver(error: unknown): boolean {
  return /receiving end does not exist|could not establish connection/i.test(errorMessage(error));
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
    return failure('unreachable', `Postbridge could not talk to this tab: ${errorMessage(error)}.`);
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

/** Where the verdict on a fill target comes from: the background, or the background itself. */
export type FillTargetCheck = (
  tabId: number,
) => Promise<{ allowed: true } | { allowed: false; message: string }>;

/** From an extension page: the background answers (it cannot message itself; it passes its own). */
const askBackground: FillTargetCheck = (tabId) => sendRequest({ type: 'checkFillTarget', tabId });

/**
 * The background's verdict on filling this tab (issue 10 §6): it reads the tab's address itself, so
 * nothing is sent to, or injected into, a page that merely looks like the Encoding tool.
 */
async function fillTargetRefused(
  tabId: number,
  check: FillTargetCheck,
): Promise<TabFailure | null> {
  try {
    const verdict = await check(tabId);
    return verdict.allowed ? null : failure('wrong-page', verdict.message);
  } catch (error) {
    return failure('unreachable', errorMessage(error));
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
  checkTarget: FillTargetCheck = askBackground,
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
    const refused = await fillTargetRefused(tabId, checkTarget);
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
