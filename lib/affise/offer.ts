import { z } from 'zod/mini';

/**
 * Where a field's value came from. `assembled` means Postbridge built it from other data (the API
 * gives no postback, only the secure code), so the user should compare it with the Postbacks tab.
 */
export const FieldSourceSchema = z.enum(['page', 'api', 'manual', 'assembled']);
export type FieldSource = z.infer<typeof FieldSourceSchema>;

/** An ISO 8601 timestamp in UTC, as `Date.prototype.toISOString` writes it. */
export const TimestampSchema = z.iso.datetime();

function sourced<T extends z.ZodMiniType>(value: T) {
  return z.object({ value, source: FieldSourceSchema, readAt: TimestampSchema });
}

/** Affise offer ids are the numeric ids shown in the admin panel and used by `GET /3.0/offer/{id}`. */
export const OfferIdSchema = z
  .string()
  .check(z.regex(/^\d{1,12}$/, 'an Affise offer id is a number of 1 to 12 digits'));

/** Affise's rule for "Goal value": letters, digits, `_`, space, `.` and `-`. */
export const GoalValueSchema = z
  .string()
  .check(
    z.minLength(1, 'a goal value cannot be empty'),
    z.maxLength(256, 'a goal value is at most 256 characters'),
    z.regex(
      /^[A-Za-z0-9_ .-]+$/,
      'an Affise goal value may contain only letters, digits, "_", space, "." and "-"',
    ),
  );

export const CurrencySchema = z
  .string()
  .check(z.regex(/^[A-Z]{3}$/, 'a currency is a three-letter ISO 4217 code such as USD'));

/**
 * How a payout is computed (help-center.affise.com/en/articles/6759666): `fixed` (CPA) gives the
 * conversion the goal's revenue and payout whatever `sum` says; `percent` (CPS) makes revenue and
 * payout those percentages of the `sum` the advertiser sends. The API calls it `payments[].type`.
 */
export const PayoutTypeSchema = z.enum(['fixed', 'percent']);
export type PayoutType = z.infer<typeof PayoutTypeSchema>;

export const GoalSchema = z.object({
  value: GoalValueSchema,
  title: z.string().check(z.maxLength(512)),
  /** What the advertiser pays the network for the goal (Affise "Revenue", API `total`). */
  revenue: z.optional(z.number()),
  /** What the network pays the affiliate (Affise "Payout", API `revenue`). */
  payout: z.optional(z.number()),
  currency: z.optional(CurrencySchema),
  /** `fixed` when left out. */
  payoutType: z.optional(PayoutTypeSchema),
});
export type Goal = z.infer<typeof GoalSchema>;

/** http(s) only: a `javascript:` or `data:` value in a Tracking URL field is never a link to use. */
export const HttpUrlSchema = z.url({
  protocol: /^https?$/,
  error: 'expected an http(s) URL such as https://app.adjust.com/abc123',
});

/**
 * Goals kept per offer. Affise offers rarely carry more than a few dozen; a page with thousands of
 * payout rows would otherwise fill the browser's storage quota (issue 10 §5).
 */
export const MAX_GOALS_PER_OFFER = 200;

export const OfferFieldSchemas = {
  title: sourced(z.string().check(z.minLength(1), z.maxLength(1024))),
  trackingUrl: sourced(HttpUrlSchema),
  postbackUrl: sourced(HttpUrlSchema),
  goals: sourced(z.array(GoalSchema).check(z.maxLength(MAX_GOALS_PER_OFFER))),
  secureCode: sourced(z.string().check(z.minLength(1), z.maxLength(256))),
};

/** The fields a page, the API or the user can supply; each carries its source and read time. */
export const OfferFieldsSchema = z.object({
  title: z.optional(OfferFieldSchemas.title),
  trackingUrl: z.optional(OfferFieldSchemas.trackingUrl),
  postbackUrl: z.optional(OfferFieldSchemas.postbackUrl),
  goals: z.optional(OfferFieldSchemas.goals),
  secureCode: z.optional(OfferFieldSchemas.secureCode),
});
export type OfferFields = z.infer<typeof OfferFieldsSchema>;
export type OfferFieldName = keyof OfferFields;
export const OFFER_FIELD_NAMES = [
  'title',
  'trackingUrl',
  'postbackUrl',
  'goals',
  'secureCode',
] as const satisfies readonly OfferFieldName[];

/** Which offer a read belongs to: the network (see `networkOf`) and the offer id. */
export const OfferRefSchema = z.object({
  network: z.string().check(z.minLength(1)),
  offerId: OfferIdSchema,
});
export type OfferRef = z.infer<typeof OfferRefSchema>;

/** One partial read of an offer (a page, one API answer, or the user's typing). */
export const OfferReadSchema = z.extend(OfferRefSchema, {
  /** The admin host the read came from (`rocketcompany.affise.com`, a custom domain, …). */
  adminHost: z.string().check(z.minLength(1)),
  fields: OfferFieldsSchema,
});
export type OfferRead = z.infer<typeof OfferReadSchema>;

/** Everything known about one offer, merged over all reads. */
export const OfferSchema = z.extend(OfferReadSchema, {
  key: z.string(),
  updatedAt: TimestampSchema,
});
export type Offer = z.infer<typeof OfferSchema>;

export function offerKey(ref: OfferRef): string {
  return `${ref.network}/${ref.offerId}`;
}

export interface MissingField {
  field: OfferFieldName;
  /** False for fields the link builder can do without (the title, the secure code). */
  required: boolean;
  hint: string;
}

const MISSING_HINTS: Record<OfferFieldName, Omit<MissingField, 'field'>> = {
  trackingUrl: {
    required: true,
    hint: 'Open the Tracking tab of the offer to read the Tracking URL, or paste it.',
  },
  postbackUrl: {
    required: true,
    hint: 'Open the Postbacks tab (Integration pixels → S2S (Postback)) to read the postback, or paste it.',
  },
  goals: {
    required: true,
    hint: 'Open the Payouts tab to read goals, or type the goal values.',
  },
  title: { required: false, hint: 'Open the General tab of the offer to read its title.' },
  secureCode: {
    required: false,
    hint: 'The secure postback code is read from the postback’s secure= parameter or from the Affise API.',
  },
};

/**
 * What the popup still has to ask for. An empty goals list counts as missing: every Affise offer has
 * at least one payout row, so none means the Payouts tab was not rendered when it was read.
 */
export function listMissing(offer: Pick<Offer, 'fields'> | null | undefined): MissingField[] {
  const fields = offer?.fields ?? {};
  return OFFER_FIELD_NAMES.filter((name) => {
    if (name === 'goals') return (fields.goals?.value.length ?? 0) === 0;
    return fields[name] === undefined;
  }).map((field) => ({ field, ...MISSING_HINTS[field] }));
}
