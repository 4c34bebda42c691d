import { type Browser, browser } from 'wxt/browser';
import { z } from 'zod/mini';
import {
  REQUEST_CALLERS,
  type Request,
  RequestSchema,
  type RequestType,
  type ResponseFor,
  ResponseSchemas,
} from '@/lib/messages';
import { type Caller, callerOf, forbiddenMessage } from '@/lib/messages/callers';
import {
  checked,
  errorFrom,
  failureOf,
  MessageError,
  requestTypeOf,
  unreachable,
} from '@/utils/message-failure';

/**
 * What travels back from the background: failures as data (utils/message-failure.ts states the
 * convention), turned back into a MessageError by `sendRequest`.
 */
const ReplySchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), data: z.unknown() }),
  z.object({
    ok: z.literal(false),
    error: z.object({ code: z.string(), message: z.string(), detail: z.optional(z.string()) }),
  }),
]);
export type Reply = z.infer<typeof ReplySchema>;

export type RequestOf<T extends RequestType> = Extract<Request, { type: T }>;
type RequestMap = { [T in RequestType]: RequestOf<T> };

export type Handlers = {
  [T in RequestType]: (
    request: RequestMap[T],
    sender: Browser.runtime.MessageSender,
  ) => Promise<z.input<(typeof ResponseSchemas)[T]>>;
};

function typeOf(message: unknown): string {
  return requestTypeOf(message) ?? '(no type)';
}

// Written over a generic T so TypeScript pairs each request type with its own handler and schema
// (correlated union types) instead of widening both to unions.
function runHandler<T extends RequestType>(
  handlers: Partial<Handlers>,
  type: T,
  request: RequestMap[T],
  sender: Browser.runtime.MessageSender,
): Promise<unknown> {
  const handler = handlers[type];
  if (!handler) {
    throw new MessageError('no-handler', 'Postbridge’s background cannot do that yet.', {
      detail: `nothing in this context handles "${type}".`,
    });
  }
  return handler(request, sender);
}

// Same correlation for the response schemas: checked once per key here, then indexable by T.
const responseSchemas: { [T in RequestType]: z.ZodMiniType<ResponseFor<T>> } = ResponseSchemas;

function responseSchemaFor<T extends RequestType>(type: T): z.ZodMiniType<ResponseFor<T>> {
  return responseSchemas[type];
}

/** This extension as `sender` names it: its id and the origin of its own pages. */
export function extensionIdentity(): { id: string; origin: string } {
  return { id: browser.runtime.id, origin: browser.runtime.getURL('/').replace(/\/$/, '') };
}

/** The request's response, checked; throws MessageError for whatever stops it. */
async function answer(
  handlers: Partial<Handlers>,
  message: unknown,
  sender: Browser.runtime.MessageSender,
): Promise<unknown> {
  const request = checked(RequestSchema, message, {
    code: 'invalid-request',
    side: 'background',
    type: typeOf(message),
  });
  const type = request.type;
  const caller = callerOf(sender, extensionIdentity());
  const allowed: readonly Caller[] = REQUEST_CALLERS[type];
  if (caller === null || !allowed.includes(caller)) {
    throw new MessageError('forbidden', forbiddenMessage(caller), {
      detail: `"${type}" from ${caller ?? 'an unknown sender'}`,
    });
  }
  const data = await runHandler(handlers, type, request, sender);
  return checked(responseSchemaFor(type), data, {
    code: 'invalid-response',
    side: 'background',
    type,
  });
}

/**
 * Validates one incoming message, checks that its sender may send it (REQUEST_CALLERS), runs its
 * handler and wraps the outcome in a Reply.
 */
export async function handleMessage(
  handlers: Partial<Handlers>,
  message: unknown,
  sender: Browser.runtime.MessageSender,
): Promise<Reply> {
  try {
    return { ok: true, data: await answer(handlers, message, sender) };
  } catch (error) {
    const { code, message: said, detail } = failureOf(error, 'background', typeOf(message));
    return { ok: false, error: { code, message: said, ...(detail ? { detail } : {}) } };
  }
}

/** Routes every runtime message to `handlers`; returns a function that stops listening. */
export function registerHandlers(handlers: Handlers): () => void {
  const listener = (message: unknown, sender: Browser.runtime.MessageSender) =>
    handleMessage(handlers, message, sender);
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}

/** Sends a request to the background and returns its validated response, or throws MessageError. */
export async function sendRequest<T extends RequestType>(
  request: RequestOf<T>,
): Promise<ResponseFor<T>> {
  const type = typeOf(request);
  const side = 'background';
  const valid = checked(RequestSchema, request, { code: 'invalid-request', side, type });
  let raw: unknown;
  try {
    raw = await browser.runtime.sendMessage(valid);
  } catch (error) {
    throw unreachable(side, type, error);
  }
  const reply = checked(ReplySchema, raw, { code: 'invalid-reply', side, type });
  if (!reply.ok) throw errorFrom(reply.error);
  return checked(responseSchemaFor(request.type), reply.data, {
    code: 'invalid-response',
    side,
    type,
  });
}
