import { z } from 'zod';
import { ApiErrorSchema } from '../affise/api-offer';
import {
  GoalSchema,
  HttpUrlSchema,
  OFFER_FIELD_NAMES,
  OfferIdSchema,
  OfferSchema,
} from '../affise/offer';
import { OfferPageScanSchema } from '../affise/read-offer-page';
import { FindingSchema } from '../findings';

/**
 * Messages about Affise offers, all answered by the background (utils/offer-handlers.ts), which
 * owns the offer store in storage.local and the Affise API key.
 */

/**
 * Content script → background: what the Affise page shows now, as raw text; the background
 * validates it (`interpretOfferScan`) and merges it into the stored offer.
 */
export const OfferPageScannedRequestSchema = z.object({
  type: z.literal('offerPageScanned'),
  scan: OfferPageScanSchema,
});

/** Popup → background: the stored offer by key (`<network>/<offer id>`, see `offerKey`). */
export const GetOfferRequestSchema = z.object({
  type: z.literal('getOffer'),
  key: z.string().min(1),
});

/** Popup → background: the offer last read in this tab (by the content script or "Read this page"). */
export const GetTabOfferRequestSchema = z.object({
  type: z.literal('getTabOffer'),
  tabId: z.number().int().nonnegative(),
});

/**
 * Popup → background, on the user's "Read this page" click: runs the reader once in the tab
 * through activeTab (any site, custom admin domains not yet granted included) and stores the result.
 */
export const ReadTabOfferRequestSchema = z.object({
  type: z.literal('readTabOffer'),
  tabId: z.number().int().nonnegative(),
});

const ManualValuesSchema = z.object({
  title: z.string().trim().min(1).max(1024).nullable().optional(),
  trackingUrl: HttpUrlSchema.nullable().optional(),
  postbackUrl: HttpUrlSchema.nullable().optional(),
  goals: z.array(GoalSchema).max(1000).nullable().optional(),
  secureCode: z.string().trim().min(1).max(256).nullable().optional(),
});

export type ManualValues = z.infer<typeof ManualValuesSchema>;

/**
 * Popup → background: values the user typed, stored as `manual` (they win over every later read).
 * `null` drops the manual value so the next read fills the field again; a missing key leaves it.
 */
export const SetManualOfferFieldsRequestSchema = z.object({
  type: z.literal('setManualOfferFields'),
  network: z.string().min(1),
  offerId: OfferIdSchema,
  adminHost: z.string().min(1),
  values: ManualValuesSchema,
});

/** Options page or popup → background: `GET /3.0/offer/{id}` with the stored API host and key. */
export const LoadOfferFromApiRequestSchema = z.object({
  type: z.literal('loadOfferFromApi'),
  offerId: OfferIdSchema,
  /** The admin host to assemble the postback on; derived from the API host when absent. */
  adminHost: z.string().min(1).optional(),
});

export const ListOffersRequestSchema = z.object({ type: z.literal('listOffers') });

/**
 * Options page → background, after the custom admin domains or their permissions changed:
 * registers the Affise content script on every granted domain and unregisters the rest.
 */
export const SyncAdminDomainsRequestSchema = z.object({ type: z.literal('syncAdminDomains') });

export const MissingFieldSchema = z.object({
  field: z.enum(OFFER_FIELD_NAMES),
  required: z.boolean(),
  hint: z.string(),
});

/** The answer about one offer: what is stored, what is still missing, what the last read noticed. */
export const OfferStateSchema = z.object({
  offer: OfferSchema.nullable(),
  missing: z.array(MissingFieldSchema),
  findings: z.array(FindingSchema),
});
export type OfferState = z.infer<typeof OfferStateSchema>;

export const LoadOfferFromApiResponseSchema = z.discriminatedUnion('ok', [
  OfferStateSchema.extend({ ok: z.literal(true) }),
  z.object({ ok: z.literal(false), error: ApiErrorSchema }),
]);
export type LoadOfferFromApiResponse = z.infer<typeof LoadOfferFromApiResponseSchema>;

export const SyncAdminDomainsResponseSchema = z.object({
  /** Domains the content script now runs on. */
  registered: z.array(z.string()),
  /** Domains the user added but has not granted (or revoked) the host permission for. */
  notGranted: z.array(z.string()),
});

export const OfferRequestSchemas = [
  OfferPageScannedRequestSchema,
  GetOfferRequestSchema,
  GetTabOfferRequestSchema,
  ReadTabOfferRequestSchema,
  SetManualOfferFieldsRequestSchema,
  LoadOfferFromApiRequestSchema,
  ListOffersRequestSchema,
  SyncAdminDomainsRequestSchema,
] as const;

export const OfferResponseSchemas = {
  offerPageScanned: OfferStateSchema,
  getOffer: OfferStateSchema,
  getTabOffer: OfferStateSchema,
  readTabOffer: OfferStateSchema,
  setManualOfferFields: OfferStateSchema,
  loadOfferFromApi: LoadOfferFromApiResponseSchema,
  listOffers: z.object({ offers: z.array(OfferSchema) }),
  syncAdminDomains: SyncAdminDomainsResponseSchema,
};
