import { z } from 'zod/mini';
import { AdjustFillRequestSchemas, AdjustFillResponseSchemas } from './messages/adjust-fill';
import { DryRunRequestSchemas, DryRunResponseSchemas } from './messages/dry-run';
import { OfferRequestSchemas, OfferResponseSchemas } from './messages/offer';
import { TeachRequestSchemas, TeachResponseSchemas } from './messages/teach';

/**
 * Every message the popup, options page and content scripts send to the background, as one zod
 * discriminated union on `type`. Each feature keeps its own schemas in `lib/messages/<area>.ts`
 * and adds them here: the request to `RequestSchema`, the response to `ResponseSchemas`.
 */
export const PingRequestSchema = z.object({ type: z.literal('ping') });

export const RequestSchema = z.discriminatedUnion('type', [
  PingRequestSchema,
  ...OfferRequestSchemas,
  ...DryRunRequestSchemas,
  ...AdjustFillRequestSchemas,
  ...TeachRequestSchemas,
]);
export type Request = z.infer<typeof RequestSchema>;
export type RequestType = Request['type'];

export const ResponseSchemas = {
  ping: z.object({ ok: z.literal(true), version: z.string() }),
  ...OfferResponseSchemas,
  ...DryRunResponseSchemas,
  ...AdjustFillResponseSchemas,
  ...TeachResponseSchemas,
} satisfies Record<RequestType, z.ZodMiniType>;

export type ResponseFor<T extends RequestType> = z.infer<(typeof ResponseSchemas)[T]>;
