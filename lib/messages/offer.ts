import { z } from 'zod/mini';
import { ApiErrorSchema } from '../affise/api-offer';
import {
  GoalSchema,
  HttpUrlSchema,
  MAX_GOALS_PER_OFFER,
  OFFER_FIELD_NAMES,
  OfferIdSchema,
  OfferSchema,
} from '../affise/offer';
import { MAX_PAYOUT_ROWS, type OfferPageScan } from '../affise/offer-page-scan';
import { FindingSchema } from '../core/findings';
import { READER_FIELDS } from '../teach/teachable-fields';
import { messageArea } from './area';

/**
 * Messages about Affise offers, all answered by the background (utils/offer-handlers.ts), which
 * owns the offer store in storage.local and the Affise API key.
 */

const text = z.string().check(z.maxLength(65_536));

/**
 * An OfferPageScan (lib/affise/offer-page-scan.ts) as it crosses from a content script into the
 * background: raw page text, bounded.
 */
export const OfferPageScanSchema = z.object({
  url: z.string().check(z.maxLength(8192)),
  offerIdInUrl: z.nullable(text),
  shownOfferId: z.nullable(text),
  title: z.nullable(text),
  trackingUrl: z.nullable(text),
  postbackUrl: z.nullable(text),
  payoutRows: z.nullable(
    z
      .array(
        z.object({
          goalValue: z.optional(text),
          goalTitle: z.optional(text),
          revenue: z.optional(text),
          payout: z.optional(text),
          currency: z.optional(text),
        }),
      )
      .check(z.maxLength(MAX_PAYOUT_ROWS)),
  ),
  secureCode: z.optional(text),
  taught: z.optional(
    z.object({
      found: z.array(z.enum(READER_FIELDS)).check(z.maxLength(READER_FIELDS.length)),
      lost: z.array(z.enum(READER_FIELDS)).check(z.maxLength(READER_FIELDS.length)),
    }),
  ),
}) satisfies z.ZodMiniType<OfferPageScan>;

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
  key: z.string().check(z.minLength(1)),
});

/** Popup → background: the offer last read in this tab (by the content script or "Read this page"). */
export const GetTabOfferRequestSchema = z.object({
  type: z.literal('getTabOffer'),
  tabId: z.int().check(z.nonnegative()),
});

/**
 * Popup → background, on the user's "Read this page" click: runs the reader once in the tab
 * through activeTab (any site, custom admin domains not yet granted included) and stores the result.
 */
export const ReadTabOfferRequestSchema = z.object({
  type: z.literal('readTabOffer'),
  tabId: z.int().check(z.nonnegative()),
});

const ManualValuesSchema = z.object({
  title: z.optional(z.nullable(z.string().check(z.trim(), z.minLength(1), z.maxLength(1024)))),
  trackingUrl: z.optional(z.nullable(HttpUrlSchema)),
  postbackUrl: z.optional(z.nullable(HttpUrlSchema)),
  goals: z.optional(z.nullable(z.array(GoalSchema).check(z.maxLength(MAX_GOALS_PER_OFFER)))),
  secureCode: z.optional(z.nullable(z.string().check(z.trim(), z.minLength(1), z.maxLength(256)))),
});

export type ManualValues = z.infer<typeof ManualValuesSchema>;

/**
 * Popup → background: values the user typed, stored as `manual` (they win over every later read).
 * `null` drops the manual value so the next read fills the field again; a missing key leaves it.
 */
export const SetManualOfferFieldsRequestSchema = z.object({
  type: z.literal('setManualOfferFields'),
  network: z.string().check(z.minLength(1)),
  offerId: OfferIdSchema,
  adminHost: z.string().check(z.minLength(1)),
  values: ManualValuesSchema,
});

/** Options page or popup → background: `GET /3.0/offer/{id}` with the stored API host and key. */
export const LoadOfferFromApiRequestSchema = z.object({
  type: z.literal('loadOfferFromApi'),
  offerId: OfferIdSchema,
  /** The admin host to assemble the postback on; derived from the API host when absent. */
  adminHost: z.optional(z.string().check(z.minLength(1))),
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
  offer: z.nullable(OfferSchema),
  missing: z.array(MissingFieldSchema),
  findings: z.array(FindingSchema),
});
export type OfferState = z.infer<typeof OfferStateSchema>;

/**
 * What a content script gets back for its scan: which offer it was stored under and what is still
 * missing, never the stored offer itself (its secure code, other sources' values).
 */
export const OfferScanReceiptSchema = z.object({
  key: z.nullable(z.string()),
  missing: z.array(MissingFieldSchema),
  findings: z.array(FindingSchema),
});
export type OfferScanReceipt = z.infer<typeof OfferScanReceiptSchema>;

export const LoadOfferFromApiResponseSchema = z.discriminatedUnion('ok', [
  z.extend(OfferStateSchema, { ok: z.literal(true) }),
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
  offerPageScanned: OfferScanReceiptSchema,
  getOffer: OfferStateSchema,
  getTabOffer: OfferStateSchema,
  readTabOffer: OfferStateSchema,
  setManualOfferFields: OfferStateSchema,
  loadOfferFromApi: LoadOfferFromApiResponseSchema,
  listOffers: z.object({ offers: z.array(OfferSchema) }),
  syncAdminDomains: SyncAdminDomainsResponseSchema,
};

/** What a page sends about this area and what it gets back (./area.ts). */
export const OFFER_MESSAGES = messageArea(OfferRequestSchemas, OfferResponseSchemas);
