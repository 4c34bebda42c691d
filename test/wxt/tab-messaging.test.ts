import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { FillAdjustEncodingToolResponse } from '@/lib/messages/page-fill';
import { MessageError } from '@/utils/message-failure';
import { listenForTabRequests, sendToTab } from '@/utils/tab-messaging';

const result = {
  link: 'https://app.adjust.com/abc123?install_callback=x',
  kind: 'standard' as const,
  callbacks: [],
  findings: [],
};
const fillRequest = {
  type: 'fillAdjustEncodingTool' as const,
  adjustLink: 'https://app.adjust.com/abc123',
  result,
};
const fillData: FillAdjustEncodingToolResponse = {
  generated: ['https://app.adjust.com/abc123?install_callback=x'],
  comparison: {
    verdict: 'identical',
    ours: 'https://app.adjust.com/abc123?install_callback=x',
    adjust: 'https://app.adjust.com/abc123?install_callback=x',
    differences: [],
    notes: [],
    summary: 'Adjust’s Encoding tool generated exactly Postbridge’s link.',
  },
  findings: [],
};

const NO_RECEIVER = 'Could not establish connection. Receiving end does not exist.';

function stubSendMessage(...answers: (unknown | Error)[]) {
  const queue = [...answers];
  return vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation(async () => {
    const next = queue.shift();
    if (next instanceof Error) throw next;
    return next;
  });
}

function stubExecuteScript(outcome: 'ok' | 'fail') {
  return vi.spyOn(fakeBrowser.scripting, 'executeScript').mockImplementation(async () => {
    if (outcome === 'fail') throw new Error('Cannot access contents of the page.');
    return [];
  });
}

/** What `sendToTab` threw; fails the test when it resolved instead. */
async function failureOf(sent: Promise<unknown>): Promise<MessageError> {
  const error = await sent.then(
    () => new Error('sendToTab resolved; a failure was expected'),
    (caught: unknown) => caught,
  );
  if (!(error instanceof MessageError)) throw error;
  return error;
}

afterEach(() => fakeBrowser.reset());
// The background's verdict on the tab (utils/fill-target.ts): these tests are about delivery.
beforeEach(() => {
  vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue({
    ok: true,
    data: { allowed: true },
  });
});

describe('sendToTab', () => {
  it('returns the validated response of the content script', async () => {
    const sendMessage = stubSendMessage({ ok: true, data: fillData });
    expect(await sendToTab(7, fillRequest)).toEqual(fillData);
    expect(sendMessage).toHaveBeenCalledWith(7, fillRequest, { frameId: 0 });
  });

  it('throws a failure from the page as a MessageError with its code, sentence and findings', async () => {
    stubSendMessage({
      ok: false,
      code: 'field-not-found',
      message: 'Postbridge could not find the “Install” callback.',
      findings: [],
    });
    const error = await failureOf(sendToTab(7, fillRequest));
    expect(error).toBeInstanceOf(MessageError);
    expect(error).toMatchObject({
      code: 'field-not-found',
      message: 'Postbridge could not find the “Install” callback.',
      findings: [],
    });
  });

  it('refuses an invalid request without sending it', async () => {
    const sendMessage = stubSendMessage();
    const reply = await failureOf(sendToTab(7, { type: 'applyTrackingUrl', link: '' }));
    expect(reply).toMatchObject({ code: 'invalid-request' });
    expect(sendMessage).not.toHaveBeenCalled();
  });

  it('injects the content script once when nobody answers, then retries', async () => {
    const sendMessage = stubSendMessage(new Error(NO_RECEIVER), { ok: true, data: fillData });
    const executeScript = stubExecuteScript('ok');
    expect(await sendToTab(3, fillRequest)).toEqual(fillData);
    expect(executeScript).toHaveBeenCalledWith({
      target: { tabId: 3 },
      files: ['/content-scripts/adjust.js'],
    });
    expect(sendMessage).toHaveBeenCalledTimes(2);
  });

  it('injects the Affise script for "Apply to offer"', async () => {
    stubSendMessage(undefined, {
      ok: true,
      data: { previous: 'https://app.adjust.com/abc123', findings: [] },
    });
    const executeScript = stubExecuteScript('ok');
    const reply = await sendToTab(3, {
      type: 'applyTrackingUrl',
      link: 'https://app.adjust.com/abc123?x=1',
    });
    expect(reply).toEqual({ previous: 'https://app.adjust.com/abc123', findings: [] });
    expect(executeScript).toHaveBeenCalledWith({
      target: { tabId: 3 },
      files: ['/content-scripts/affise.js'],
    });
  });

  it('says how to fix it when the script cannot run on the tab', async () => {
    stubSendMessage(new Error(NO_RECEIVER));
    stubExecuteScript('fail');
    expect(await failureOf(sendToTab(3, fillRequest))).toMatchObject({
      code: 'not-running',
      message:
        "Postbridge isn't running on this tab: reload the Adjust page or open the Encoding tool (https://help.adjust.com/en/partner/encoding-tool) in this tab, then try again.",
      findings: [],
    });
  });

  it('reports a reply that is not a Postbridge reply, or a response off its schema', async () => {
    stubSendMessage('hello');
    expect(await failureOf(sendToTab(3, fillRequest))).toMatchObject({ code: 'invalid-reply' });
    stubSendMessage({ ok: true, data: { generated: 'one link' } });
    expect(await failureOf(sendToTab(3, fillRequest))).toMatchObject({
      code: 'invalid-response',
      detail: expect.stringContaining('at "generated"'),
    });
  });

  it('reports other delivery errors without injecting, the browser’s words behind Details', async () => {
    stubSendMessage(new Error('No tab with id: 99.'));
    const executeScript = stubExecuteScript('ok');
    const reply = await failureOf(sendToTab(99, fillRequest));
    expect(reply).toMatchObject({ code: 'unreachable' });
    expect(reply.detail).toContain('No tab with id: 99.');
    // No tab id and no request name in the sentence the user reads.
    expect(reply.message).not.toMatch(/99|fillAdjustEncodingTool/);
    expect(executeScript).not.toHaveBeenCalled();
  });
});

describe('listenForTabRequests', () => {
  const own = { id: fakeBrowser.runtime.id };

  function capture(): (message: unknown, sender: { id?: string }) => unknown {
    const add = vi.spyOn(fakeBrowser.runtime.onMessage, 'addListener');
    listenForTabRequests({
      applyTrackingUrl: async (request) => {
        if (request.link.includes('boom')) throw new Error('boom');
        if (request.link.includes('locked'))
          throw new MessageError('field-read-only', 'The field is read-only.');
        return { previous: 'before', findings: [] };
      },
    });
    const listener = add.mock.calls[0]?.[0];
    if (!listener) throw new Error('no listener registered');
    return listener as (message: unknown, sender: { id?: string }) => unknown;
  }

  it('answers the requests it handles', async () => {
    const listener = capture();
    expect(await listener({ type: 'applyTrackingUrl', link: 'https://a.example/' }, own)).toEqual({
      ok: true,
      data: { previous: 'before', findings: [] },
    });
  });

  it('leaves other messages, and messages from elsewhere, to other listeners', () => {
    const listener = capture();
    expect(listener(fillRequest, own)).toBeUndefined();
    expect(listener({ type: 'offerPageRead' }, own)).toBeUndefined();
    expect(
      listener(
        { type: 'applyTrackingUrl', link: 'https://a.example/' },
        { id: 'another-extension' },
      ),
    ).toBeUndefined();
  });

  it('turns an invalid request and a thrown handler into failures', async () => {
    const listener = capture();
    expect(await listener({ type: 'applyTrackingUrl', link: 42 }, own)).toMatchObject({
      ok: false,
      code: 'invalid-request',
    });
    expect(
      await listener({ type: 'applyTrackingUrl', link: 'https://boom.example/' }, own),
    ).toMatchObject({
      ok: false,
      code: 'handler-failed',
      message: 'The page could not finish that. Reload the page and try again.',
      detail: '"applyTrackingUrl": boom',
    });
  });

  it('sends a thrown MessageError back as a failure with its code and sentence', async () => {
    const listener = capture();
    expect(
      await listener({ type: 'applyTrackingUrl', link: 'https://locked.example/' }, own),
    ).toEqual({
      ok: false,
      code: 'field-read-only',
      message: 'The field is read-only.',
      findings: [],
    });
  });
});
