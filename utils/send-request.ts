import { browser } from 'wxt/browser';
import { z } from 'zod/mini';
import type { RequestOf, RequestType, ResponseFor } from '@/lib/messages';
import type { MessageArea } from '@/lib/messages/area';
import { checked, errorFrom, requestTypeOf, unreachable } from '@/utils/message-failure';

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

/** The request type a message names, for the detail of a failure. */
export function typeOf(message: unknown): string {
  return requestTypeOf(message) ?? '(no type)';
}

/**
 * Sends a request of `area` (lib/messages/area.ts) to the background and returns its validated
 * response, or throws MessageError. Only the named area's schemas are bundled with the caller.
 */
export async function sendRequest<T extends RequestType>(
  area: MessageArea<{ readonly [K in NoInfer<T>]: z.ZodMiniType<ResponseFor<K>> }>,
  request: RequestOf<T>,
): Promise<ResponseFor<T>> {
  const type = typeOf(request);
  const side = 'background';
  const valid = checked(area.request, request, { code: 'invalid-request', side, type });
  let raw: unknown;
  try {
    raw = await browser.runtime.sendMessage(valid);
  } catch (error) {
    throw unreachable(side, type, error);
  }
  const reply = checked(ReplySchema, raw, { code: 'invalid-reply', side, type });
  if (!reply.ok) throw errorFrom(reply.error);
  const schema: z.ZodMiniType<ResponseFor<T>> = area.responses[request.type];
  return checked(schema, reply.data, { code: 'invalid-response', side, type });
}
