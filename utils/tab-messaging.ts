import { browser } from 'wxt/browser';
import type { z } from 'zod/mini';
import { errorMessage } from '@/lib/core/error-message';
import { FILL_TARGET_MESSAGES } from '@/lib/messages/fill-target';
import {
  TabReplySchema,
  type TabRequest,
  TabRequestSchema,
  type TabRequestType,
  type TabResponseFor,
  TabResponseSchemas,
} from '@/lib/messages/page-fill';
import {
  channelError,
  checked,
  detailOf,
  errorFrom,
  MessageError,
  unreachable,
} from '@/utils/message-failure';
import { sendRequest } from '@/utils/send-request';
import { notRunning, RECEIVERS, type TabRequestOf } from '@/utils/tab-listener';

export { listenForTabRequests, type TabHandlers, type TabRequestOf } from '@/utils/tab-listener';

/**
 * Popup ↔ content script messages (lib/messages/page-fill.ts), the sending half: it sends straight
 * to the tab with `browser.tabs.sendMessage` and, like `sendRequest`, resolves with the validated
 * response or throws MessageError (utils/message-failure.ts). The content scripts' half is
 * utils/tab-listener.ts.
 */

/** Chrome: "Could not establish connection. Receiving end does not exist."; Firefox: the same words. */
function isNoReceiver(error: unknown): boolean {
  return /receiving end does not exist|could not establish connection/i.test(errorMessage(error));
}

const responseSchemas: { [T in TabRequestType]: z.ZodMiniType<TabResponseFor<T>> } =
  TabResponseSchemas;

function responseSchemaFor<T extends TabRequestType>(type: T): z.ZodMiniType<TabResponseFor<T>> {
  return responseSchemas[type];
}

/** The content script's raw reply, or null when nobody in the tab answers. */
async function deliver(tabId: number, request: TabRequest): Promise<{ reply: unknown } | null> {
  try {
    const reply: unknown = await browser.tabs.sendMessage(tabId, request, { frameId: 0 });
    // A content script of another kind (the Affise reader on an Adjust page, say) does not answer.
    return reply === undefined ? null : { reply };
  } catch (error) {
    if (isNoReceiver(error)) return null;
    throw unreachable('page', request.type, error);
  }
}

/**
 * The content script is declared only for the hosts in its `matches`. On any other host (an Adjust
 * page under a domain not listed, a custom Affise admin domain not granted yet), or in a tab opened
 * before the extension was installed or reloaded, nobody answers; the popup then injects the same
 * script once. That is allowed by `activeTab` (the user opened the popup on this tab) and
 * `scripting`; it fails on browser pages and on other tabs, which `notRunning` covers.
 */
async function inject(tabId: number, type: TabRequestType): Promise<boolean> {
  try {
    await browser.scripting.executeScript({ target: { tabId }, files: [RECEIVERS[type].file] });
    return true;
  } catch {
    return false;
  }
}

/** Delivers `request`, injecting the content script once when nobody answers. */
async function deliverOrInject(tabId: number, request: TabRequest): Promise<unknown> {
  const first = await deliver(tabId, request);
  if (first) return first.reply;
  if (!(await inject(tabId, request.type))) throw notRunning(request.type);
  const second = await deliver(tabId, request);
  if (!second) throw notRunning(request.type);
  return second.reply;
}

/** Where the verdict on a fill target comes from: the background, or the background itself. */
export type FillTargetCheck = (
  tabId: number,
) => Promise<{ allowed: true } | { allowed: false; message: string }>;

/** From an extension page: the background answers (it cannot message itself; it passes its own). */
const askBackground: FillTargetCheck = (tabId) =>
  sendRequest(FILL_TARGET_MESSAGES, { type: 'checkFillTarget', tabId });

/**
 * The background's verdict on filling this tab (issue 10 §6): it reads the tab's address itself, so
 * nothing is sent to, or injected into, a page that merely looks like the Encoding tool.
 */
async function refuseWrongTarget(tabId: number, check: FillTargetCheck): Promise<void> {
  let verdict: Awaited<ReturnType<FillTargetCheck>>;
  try {
    verdict = await check(tabId);
  } catch (error) {
    throw channelError('unreachable', 'background', detailOf(error));
  }
  if (!verdict.allowed) throw new MessageError('wrong-page', verdict.message);
}

/**
 * Sends `request` to the content script of tab `tabId` and returns its validated response, or
 * throws MessageError. Codes: `invalid-request`, `wrong-page`, `not-running`, `unreachable`,
 * `invalid-reply`, `invalid-response`, and whatever the content script reports
 * (`field-not-found`, `plan-failed`, …).
 */
export async function sendToTab<T extends TabRequestType>(
  tabId: number,
  request: TabRequestOf<T>,
  checkTarget: FillTargetCheck = askBackground,
): Promise<TabResponseFor<T>> {
  const type: T = request.type;
  const side = 'page';
  const valid = checked(TabRequestSchema, request, { code: 'invalid-request', side, type });
  if (type === 'fillAdjustEncodingTool') await refuseWrongTarget(tabId, checkTarget);
  const raw = await deliverOrInject(tabId, valid);
  const reply = checked(TabReplySchema, raw, { code: 'invalid-reply', side, type });
  if (!reply.ok) throw errorFrom(reply);
  return checked(responseSchemaFor(type), reply.data, { code: 'invalid-response', side, type });
}
