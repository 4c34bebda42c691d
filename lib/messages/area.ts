import { z } from 'zod/mini';

type RequestSchemas = Parameters<typeof z.discriminatedUnion>[1];

/**
 * The messages of one area (offers, dry runs, teaching, …) as a page sends them: the requests it
 * may send and the response schema of each. A sender names its area (`sendRequest(OFFER_MESSAGES,
 * …)`), so a page bundles the schemas of the areas it talks to, not every message of the extension;
 * the background checks every request against all of them (./index.ts).
 */
export interface MessageArea<Responses extends Record<string, z.ZodMiniType>> {
  /** Checks a request before it leaves the page (the background checks it again). */
  request: z.ZodMiniType;
  responses: Responses;
}

export function messageArea<const Responses extends Record<string, z.ZodMiniType>>(
  requests: RequestSchemas,
  responses: Responses,
): MessageArea<Responses> {
  return { request: z.discriminatedUnion('type', requests), responses };
}
