import { type Browser, browser } from 'wxt/browser';
import { z } from 'zod/mini';
import { errorMessage } from '@/lib/core/error-message';
import {
  REQUEST_CALLERS,
  type Request,
  RequestSchema,
  type RequestType,
  type ResponseFor,
  ResponseSchemas,
} from '@/lib/messages';
import { type Caller, callerOf, forbiddenMessage } from '@/lib/messages/callers';
import { describeZodIssues } from '@/utils/describe-zod-issues';

/**
 * What travels back from the background. Thrown errors do not survive structured cloning in every
 * browser, so failures are sent as data and turned back into an Error on the calling side.
 */
const ReplySchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), data: z.unknown() }),
  z.object({ ok: z.literal(false), error: z.object({ code: z.string(), message: z.string() }) }),
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

/** An error with a stable code; a handler throws it to choose the code the caller sees. */
export class MessageError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'MessageError';
  }
}

function typeOf(message: unknown): string {
  const parsed = z.object({ type: z.string() }).safeParse(message);
  return parsed.success ? parsed.data.type : '(no type)';
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
    throw new MessageError('no-handler', `nothing in this context handles "${type}".`);
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

/**
 * Validates one incoming message, checks that its sender may send it (REQUEST_CALLERS), runs its
 * handler and wraps the outcome in a Reply.
 */
export async function handleMessage(
  handlers: Partial<Handlers>,
  message: unknown,
  sender: Browser.runtime.MessageSender,
): Promise<Reply> {
  const request = RequestSchema.safeParse(message);
  if (!request.success) {
    return {
      ok: false,
      error: {
        code: 'invalid-request',
        message: `The background rejected message "${typeOf(message)}": ${describeZodIssues(request.error)}.`,
      },
    };
  }
  const type = request.data.type;
  const caller = callerOf(sender, extensionIdentity());
  const allowed: readonly Caller[] = REQUEST_CALLERS[type];
  if (caller === null || !allowed.includes(caller)) {
    return { ok: false, error: { code: 'forbidden', message: forbiddenMessage(type, caller) } };
  }
  let data: unknown;
  try {
    data = await runHandler(handlers, type, request.data, sender);
  } catch (error) {
    return {
      ok: false,
      error: {
        code: error instanceof MessageError ? error.code : 'handler-failed',
        message: `"${type}" failed in the background: ${errorMessage(error)}`,
      },
    };
  }
  const response = responseSchemaFor(type).safeParse(data);
  if (!response.success) {
    return {
      ok: false,
      error: {
        code: 'invalid-response',
        message: `The background answered "${type}" with data that does not match its schema: ${describeZodIssues(response.error)}.`,
      },
    };
  }
  return { ok: true, data: response.data };
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
  const parsed = RequestSchema.safeParse(request);
  if (!parsed.success) {
    throw new MessageError(
      'invalid-request',
      `Request "${typeOf(request)}" is invalid: ${describeZodIssues(parsed.error)}.`,
    );
  }
  const type = request.type;
  let raw: unknown;
  try {
    raw = await browser.runtime.sendMessage(parsed.data);
  } catch (error) {
    throw new MessageError(
      'unreachable',
      `Could not reach the Postbridge background for "${type}": ${errorMessage(error)}. Reload the extension and try again.`,
    );
  }
  const reply = ReplySchema.safeParse(raw);
  if (!reply.success) {
    throw new MessageError(
      'invalid-reply',
      `The background answered "${type}" with something that is not a Postbridge reply: ${describeZodIssues(reply.error)}.`,
    );
  }
  if (!reply.data.ok) throw new MessageError(reply.data.error.code, reply.data.error.message);
  const response = responseSchemaFor(type).safeParse(reply.data.data);
  if (!response.success) {
    throw new MessageError(
      'invalid-response',
      `The response to "${type}" does not match its schema: ${describeZodIssues(response.error)}.`,
    );
  }
  return response.data;
}
