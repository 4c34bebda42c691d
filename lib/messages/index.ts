import { z } from 'zod/mini';
import { AdjustFillRequestSchemas, AdjustFillResponseSchemas } from './adjust-fill';
import type { Caller } from './callers';
import { DryRunRequestSchemas, DryRunResponseSchemas } from './dry-run';
import { FillTargetRequestSchemas, FillTargetResponseSchemas } from './fill-target';
import { OfferRequestSchemas, OfferResponseSchemas } from './offer';
import { TeachRequestSchemas, TeachResponseSchemas } from './teach';

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
  ...FillTargetRequestSchemas,
]);
export type Request = z.infer<typeof RequestSchema>;
export type RequestType = Request['type'];
export type RequestOf<T extends RequestType> = Extract<Request, { type: T }>;

export const ResponseSchemas = {
  ping: z.object({ ok: z.literal(true), version: z.string() }),
  ...OfferResponseSchemas,
  ...DryRunResponseSchemas,
  ...AdjustFillResponseSchemas,
  ...TeachResponseSchemas,
  ...FillTargetResponseSchemas,
} satisfies Record<RequestType, z.ZodMiniType>;

/**
 * Who may send each request (lib/messages/callers.ts); the background refuses everyone else. Only
 * the Affise reader's own report and the fill script's question about its own page come from
 * content scripts, and they are answered without offers.
 */
export const REQUEST_CALLERS = {
  ping: ['extension-page', 'content-script'],
  offerPageScanned: ['content-script'],
  getOffer: ['extension-page'],
  getTabOffer: ['extension-page'],
  readTabOffer: ['extension-page'],
  setManualOfferFields: ['extension-page'],
  loadOfferFromApi: ['extension-page'],
  listOffers: ['extension-page'],
  syncAdminDomains: ['extension-page'],
  checkFillTarget: ['extension-page'],
  mayFillHere: ['content-script'],
  runDryRun: ['extension-page'],
  listDryRuns: ['extension-page'],
  clearDryRuns: ['extension-page'],
  fillAdjustInTab: ['extension-page'],
  // The pick mode and the reader run in the page; their handlers answer only about the sender's
  // own tab and host (utils/teach-handlers.ts).
  getPageTaught: ['content-script'],
  getPick: ['content-script'],
  saveTaught: ['content-script'],
  cancelPick: ['content-script'],
  startTeach: ['extension-page'],
  getTeachState: ['extension-page'],
  listTaught: ['extension-page'],
  forgetTaught: ['extension-page'],
  reteach: ['extension-page'],
  exportSetup: ['extension-page'],
  importSetup: ['extension-page'],
  pageReport: ['extension-page'],
} as const satisfies Record<RequestType, readonly Caller[]>;

export type ResponseFor<T extends RequestType> = z.infer<(typeof ResponseSchemas)[T]>;
