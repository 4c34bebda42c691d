import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { PingRequestSchema, ResponseSchemas } from '@/lib/messages';
import { messageArea } from '@/lib/messages/area';
import { MessageError } from '@/utils/message-failure';
import { type Handlers, handleMessage } from '@/utils/messaging';
import { sendRequest } from '@/utils/send-request';

/** `ping` belongs to no page's area: the tests give it one. */
const PING = messageArea([PingRequestSchema], { ping: ResponseSchemas.ping });

/** The popup, as the browser describes it: this extension's id and one of its own pages. */
const sender = { id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/popup.html') };

const workingHandlers: Partial<Handlers> = {
  ping: async () => ({ ok: true, version: '1.2.3' }),
};

/**
 * What registerHandlers does, minus its requirement to cover every request type: fakeBrowser's
 * runtime.sendMessage delivers to these listeners and resolves with the first answer.
 */
function listen(handlers: Partial<Handlers>): () => void {
  const listener = (message: unknown) => handleMessage(handlers, message, sender);
  fakeBrowser.runtime.onMessage.addListener(listener);
  return () => fakeBrowser.runtime.onMessage.removeListener(listener);
}

describe('handleMessage', () => {
  it('routes a valid request to the handler for its type and wraps the result', async () => {
    const ping = vi.fn(async () => ({ ok: true as const, version: '1.2.3' }));
    const reply = await handleMessage({ ping }, { type: 'ping' }, sender);
    expect(reply).toEqual({ ok: true, data: { ok: true, version: '1.2.3' } });
    expect(ping).toHaveBeenCalledWith({ type: 'ping' }, sender);
  });

  it('rejects a message whose type has no schema, naming the field', async () => {
    const reply = await handleMessage(workingHandlers, { type: 'launch-rockets' }, sender);
    expect(reply.ok).toBe(false);
    if (reply.ok) return;
    expect(reply.error.code).toBe('invalid-request');
    // The request's name and zod's words are for "Details"; the sentence is for the user.
    expect(reply.error.detail).toContain('"launch-rockets"');
    expect(reply.error.detail).toContain('at "type"');
    expect(reply.error.message).not.toContain('launch-rockets');
  });

  it('rejects messages that are not objects at all', async () => {
    for (const message of [null, 'ping', 42, []]) {
      const reply = await handleMessage(workingHandlers, message, sender);
      expect(reply).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    }
  });

  it('turns a thrown MessageError into an error reply that keeps its code and sentence', async () => {
    const reply = await handleMessage(
      {
        ping: async () => {
          throw new MessageError('offer-missing', 'Open an Affise offer first.');
        },
      },
      { type: 'ping' },
      sender,
    );
    expect(reply).toEqual({
      ok: false,
      error: { code: 'offer-missing', message: 'Open an Affise offer first.' },
    });
  });

  it('reports any other thrown value as handler-failed with its message', async () => {
    const reply = await handleMessage(
      {
        ping: async () => {
          throw new TypeError('storage is gone');
        },
      },
      { type: 'ping' },
      sender,
    );
    expect(reply).toMatchObject({ ok: false, error: { code: 'handler-failed' } });
    if (reply.ok) return;
    expect(reply.error.detail).toContain('storage is gone');
    expect(reply.error.detail).toContain('"ping"');
    expect(reply.error.message).not.toContain('ping');
  });

  it('answers no-handler for a valid request nobody in this context handles', async () => {
    const reply = await handleMessage({}, { type: 'ping' }, sender);
    expect(reply).toMatchObject({ ok: false, error: { code: 'no-handler' } });
  });

  it('refuses to send a response that breaks its schema', async () => {
    const reply = await handleMessage(
      { ping: async () => JSON.parse('{"ok": true, "version": 7}') },
      { type: 'ping' },
      sender,
    );
    expect(reply).toMatchObject({ ok: false, error: { code: 'invalid-response' } });
    if (reply.ok) return;
    expect(reply.error.detail).toContain('at "version"');
  });
});

describe('sendRequest to a listening background', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it('returns the validated response from the registered handler', async () => {
    const unregister = listen(workingHandlers);
    await expect(sendRequest(PING, { type: 'ping' })).resolves.toEqual({
      ok: true,
      version: '1.2.3',
    });
    unregister();
  });

  it('rethrows a background error as a MessageError with the same code and message', async () => {
    const unregister = listen({
      ping: async () => {
        throw new MessageError('offer-missing', 'Open an Affise offer first.');
      },
    });
    const error = await sendRequest(PING, { type: 'ping' }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(MessageError);
    expect(error).toMatchObject({ code: 'offer-missing', message: 'Open an Affise offer first.' });
    unregister();
  });

  it('validates the request before it leaves the page', async () => {
    const send = vi.spyOn(fakeBrowser.runtime, 'sendMessage');
    // What a caller outside TypeScript's reach could send: a type no area knows.
    const unknown: { type: 'ping' } = JSON.parse('{"type": "nope"}');
    await expect(sendRequest(PING, unknown)).rejects.toMatchObject({
      code: 'invalid-request',
    });
    expect(send).not.toHaveBeenCalled();
  });

  it('says the background is unreachable when nothing listens', async () => {
    const unregister = listen(workingHandlers);
    unregister();
    const error = await sendRequest(PING, { type: 'ping' }).catch((caught: unknown) => caught);
    expect(error).toMatchObject({
      code: 'unreachable',
      message: expect.stringContaining('Reload the extension'),
      detail: expect.stringContaining('"ping"'),
    });
    expect(error).not.toMatchObject({ message: expect.stringContaining('ping') });
  });

  it('rejects a reply that is not a Postbridge reply', async () => {
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue('pong');
    await expect(sendRequest(PING, { type: 'ping' })).rejects.toMatchObject({
      code: 'invalid-reply',
    });
  });

  it('rejects response data that does not match the schema for the request type', async () => {
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue({
      ok: true,
      data: { ok: true, version: 3 },
    });
    await expect(sendRequest(PING, { type: 'ping' })).rejects.toMatchObject({
      code: 'invalid-response',
      detail: expect.stringContaining('at "version"'),
    });
  });
});
