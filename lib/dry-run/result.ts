import { z } from 'zod/mini';
import { StatusCodeSchema, StatusNameSchema } from '../affise/conversion-status';
import { FindingSchema } from '../core/findings';

/**
 * The output of a dry-run, as zod schemas because it crosses boundaries: the background sends it
 * to the popup, storage keeps the last runs, and the CLI prints it. Types come from the schemas.
 */

/**
 * Which request of the chain. `adjust-callback` is Adjust calling Affise's postback (the Affise
 * postback hop has no request of its own); `advertiser-postback` is a later status change the
 * advertiser sends to the same postback directly.
 */
export const HopSchema = z.enum([
  'click',
  'redirect',
  'adjust-callback',
  'advertiser-postback',
  'affiliate-postback',
  /**
   * No request: something Affise or Adjust does on its own that the timeline must show, such as a
   * hold period expiring (Affise approves the conversion) or the user attributed to another link.
   */
  'internal',
]);
export type Hop = z.infer<typeof HopSchema>;

export const MacroSystemSchema = z.enum(['affise-click', 'adjust', 'affise-affiliate']);

/** One `{macro}` replaced on the way: by whom, with what, and what was written into the URL. */
export const SubstitutionSchema = z.object({
  macro: z.string(),
  system: MacroSystemSchema,
  /** The value before encoding; null when the system has no value for it (it was dropped). */
  value: z.nullable(z.string()),
  /** What went into the request: the value percent-encoded once, or "" when dropped. */
  written: z.string(),
  /** Which part of the request: `path`, a parameter name, or `install_callback → clickid`. */
  where: z.string(),
});
export type Substitution = z.infer<typeof SubstitutionSchema>;

export const RequestParamSchema = z.object({
  name: z.string(),
  /** As written in the request. */
  raw: z.nullable(z.string()),
  /** Decoded once, as the receiving server reads it. */
  value: z.nullable(z.string()),
});
export type RequestParam = z.infer<typeof RequestParamSchema>;

export const DryRunRequestSchema = z.object({
  hop: HopSchema,
  /** null for an `internal` entry, which is no request. */
  method: z.nullable(z.enum(['GET', 'POST'])),
  url: z.string(),
  /** Form fields for POST affiliate postbacks; null for GET. */
  body: z.nullable(z.string()),
  contentType: z.nullable(z.string()),
  at: z.string(),
  /** What the request is: "install_callback (install)", "Affiliate postback, rule 2", … */
  title: z.string(),
  /** Index into scenario.activities that caused it; null for the click and its redirect. */
  activity: z.nullable(z.int()),
  /** The query (and for POST the body) split into parameters. */
  params: z.array(RequestParamSchema),
  substitutions: z.array(SubstitutionSchema),
  findings: z.array(FindingSchema),
  /** What the receiver did with it, when the emulator models the receiver. */
  outcome: z.nullable(z.string()),
});
export type DryRunRequest = z.infer<typeof DryRunRequestSchema>;

export const ConversionSchema = z.object({
  /** Affise transaction id ({transactionid}). */
  id: z.string(),
  /** The goal as received (matched to the offer's goal case-insensitively, kept as sent). */
  goal: z.string(),
  /** The offer's goal value it matched. */
  offerGoal: z.string(),
  status: StatusCodeSchema,
  statusName: StatusNameSchema,
  actionId: z.string(),
  revenue: z.number(),
  payout: z.number(),
  currency: z.string(),
  clickId: z.nullable(z.string()),
  integration: z.enum(['default', 'probabilistic']),
  createdAt: z.string(),
  /** Index of the request that created it. */
  request: z.int(),
  /** Affise's comment when it declined the conversion itself ("Payments not found", "Cap is reached", …). */
  comment: z.optional(z.string()),
  /** When a Hold conversion is approved: the first 15-minute check after the hold period (ISO 8601). */
  approvesAt: z.optional(z.string()),
});
export type Conversion = z.infer<typeof ConversionSchema>;

export const ConversionChangeSchema = z.object({
  conversion: z.int(),
  kind: z.enum(['created', 'status-changed']),
  from: z.nullable(StatusCodeSchema),
  status: StatusCodeSchema,
  at: z.string(),
  request: z.int(),
});
export type ConversionChange = z.infer<typeof ConversionChangeSchema>;

/** What Affise did with one postback request. */
export const PostbackOutcomeSchema = z.object({
  request: z.int(),
  accepted: z.boolean(),
  /** Affise's own wording for a rejection ("Access denied", "Payments not found", …). */
  error: z.nullable(z.string()),
  conversion: z.nullable(z.int()),
  change: z.nullable(z.int()),
});
export type PostbackOutcome = z.infer<typeof PostbackOutcomeSchema>;

export const AffiliatePostbackDecisionSchema = z.object({
  /** Index into scenario.affiliatePostbacks. */
  rule: z.int(),
  /** Index into conversionChanges. */
  change: z.int(),
  conversion: z.int(),
  sent: z.boolean(),
  reason: z.string(),
  request: z.nullable(
    z.object({ method: z.enum(['GET', 'POST']), url: z.string(), body: z.nullable(z.string()) }),
  ),
  /** Index into requests when sent. */
  requestIndex: z.nullable(z.int()),
});
export type AffiliatePostbackDecision = z.infer<typeof AffiliatePostbackDecisionSchema>;

export const DryRunSchema = z.object({
  version: z.literal(1),
  clickId: z.string(),
  trackingLink: z.object({ url: z.string(), shortlink: z.boolean() }),
  requests: z.array(DryRunRequestSchema),
  conversions: z.array(ConversionSchema),
  conversionChanges: z.array(ConversionChangeSchema),
  postbacks: z.array(PostbackOutcomeSchema),
  affiliatePostbacks: z.array(AffiliatePostbackDecisionSchema),
  findings: z.array(FindingSchema),
  summary: z.object({
    requests: z.int(),
    conversions: z.int(),
    affiliateSent: z.int(),
    affiliateSkipped: z.int(),
    errors: z.int(),
    warnings: z.int(),
  }),
});
export type DryRun = z.infer<typeof DryRunSchema>;
