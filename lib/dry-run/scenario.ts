import { z } from 'zod/mini';
import { CLICK_ID_PATTERN } from '../affise/click-id';
import { STATUS_NAME_LIST, StatusCodeSchema } from '../affise/conversion-status';
import { CurrencySchema, GoalValueSchema, OfferIdSchema, PayoutTypeSchema } from '../affise/offer';
import { LinkKindSchema } from '../link/schemas';
import { DEFAULT_AFTER_SECONDS, LAST_INSTANT } from './clock';

/**
 * The input of one dry-run: the offer as Affise holds it, one click on the affiliate's tracking
 * link, the device Adjust sees, what the app user does afterwards, and the affiliate's postback
 * rules. Every field has a default where Affise or Adjust has one, so a scenario can stay short.
 * The CLI, the background and the popup all parse with this schema.
 */

const text = (max = 16_384) =>
  z.string().check(z.maxLength(max, `longer than ${max.toLocaleString('en')} characters`));

export const ScenarioGoalSchema = z.object({
  value: GoalValueSchema,
  title: z.optional(text(512)),
  /** What the advertiser pays the network (Affise "Revenue"); used when the postback has no `sum`. */
  revenue: z.optional(z.number()),
  /** What the network pays the affiliate (Affise "Payout"); a goal without one gets "Payments not found". */
  payout: z.optional(z.number()),
  currency: z.optional(CurrencySchema),
  /** `fixed` when left out: revenue and payout are amounts; `percent`: they are percentages of `sum`. */
  payoutType: z.optional(PayoutTypeSchema),
});
export type ScenarioGoal = z.infer<typeof ScenarioGoalSchema>;

const IPV4 = '(25[0-5]|2[0-4]\\d|1?\\d?\\d)(\\.(25[0-5]|2[0-4]\\d|1?\\d?\\d)){3}';

/** One IPv4 address: where a postback comes from. */
export const IpAddressSchema = z
  .string()
  .check(z.regex(new RegExp(`^${IPV4}$`), 'an IPv4 address such as 178.162.216.65'));

/** An IPv4 address or an IPv4 CIDR range (`178.162.216.64/26`), as an IP whitelist holds them. */
export const IpRangeSchema = z
  .string()
  .check(
    z.regex(
      new RegExp(`^${IPV4}(\\/([12]?\\d|3[0-2]))?$`),
      'an IPv4 address such as 178.162.216.65, or a range such as 178.162.216.64/26',
    ),
  );
const IpWhitelistSchema = z.array(IpRangeSchema).check(z.maxLength(200));

const SecureCodeSchema = text(256);

/** A span of time as Affise's offer settings take it. */
const durationOf = <U extends string>(units: readonly [U, ...U[]]) =>
  z.object({
    value: z.number().check(z.gt(0, 'a duration is more than 0')),
    unit: z.enum(units),
  });
export const LifespanSchema = durationOf(['minutes', 'hours', 'days']);
export type Lifespan = z.infer<typeof LifespanSchema>;

/** Offer edit → Postbacks → Hold period: up to 60 days or hours (articles 6538245, 4142439). */
export const HoldPeriodSchema = z.object({
  value: z
    .int({ error: 'a hold period is a whole number of days or hours' })
    .check(
      z.gte(1, 'a hold period is at least 1'),
      z.lte(60, 'a hold period is at most 60 (days or hours)'),
    ),
  unit: z.enum(['days', 'hours']),
});
export type HoldPeriod = z.infer<typeof HoldPeriodSchema>;

/** A conversion cap: conversions of one goal (or of every goal) the offer accepts. */
export const CapSchema = z.object({
  goal: z.optional(text(256)),
  conversions: z
    .int({ error: 'a cap is a whole number of conversions' })
    .check(z.gte(0, 'a cap is 0 or more conversions')),
});

/**
 * Offer settings that refuse or decline postbacks (articles 6476587, 6549863, 6570106, 4111827).
 * Every one is optional and, left out, changes nothing: a version-1 scenario runs as before.
 */
const OfferSettingsShape = {
  /** Status Disabled: Affise answers every postback "Offer disabled". */
  disabled: z.optional(z.boolean()),
  /** Offer-level IP whitelist: a postback from another IP is "Current IP-address is denied". */
  ipWhitelist: z.optional(IpWhitelistSchema),
  /** Conversions beyond a cap are declined with "Cap is reached". */
  caps: z.optional(z.array(CapSchema).check(z.maxLength(100))),
  /** Tracking → Click session lifespan: a conversion later than this after the click is declined. */
  clickSessionLifespan: z.optional(LifespanSchema),
  /** Minimal click session lifespan: a conversion sooner than this after the click is declined. */
  minClickSessionLifespan: z.optional(LifespanSchema),
  /** A repeated postback (same goal and action id) creates another conversion instead of "Conversion exists". */
  allowDuplicateConversions: z.optional(z.boolean()),
  /** Conversions registered without status= are Hold and approved when the period expires. */
  holdPeriod: z.optional(HoldPeriodSchema),
};

export const ScenarioOfferSchema = z.object({
  id: OfferIdSchema,
  name: z.optional(text(1024)),
  /** The offer's Tracking URL: the advertiser's Adjust link with callbacks, Affise macros raw. */
  trackingUrl: text().check(z.minLength(1, 'the Tracking URL is empty')),
  /** The S2S postback template; used for status changes the advertiser sends later. */
  postbackUrl: z.optional(text()),
  /** The offer's secure postback code; when set, a postback without the same `secure` is denied. */
  secureCode: z.optional(text(256)),
  currency: z._default(CurrencySchema, 'USD'),
  /** Status of a conversion whose postback has no `status` (an offer setting in Affise). */
  defaultStatus: z._default(StatusCodeSchema, 1),
  goals: z.array(ScenarioGoalSchema).check(
    z.minLength(1, 'an offer has at least one goal (Payouts tab)'),
    z.maxLength(1000),
    z.superRefine((goals, ctx) => {
      const seen = new Map<string, string>();
      goals.forEach((goal, index) => {
        const lower = goal.value.toLowerCase();
        const other = seen.get(lower);
        if (other !== undefined) {
          ctx.addIssue({
            code: 'custom',
            path: [index, 'value'],
            message: `goal "${goal.value}" differs from goal "${other}" only in case; Affise cannot hold both`,
          });
        }
        seen.set(lower, goal.value);
      });
    }),
  ),
  /** How Adjust names callbacks in this link: `adj_*` for branded and universal links. */
  linkKind: z._default(LinkKindSchema, 'auto'),
  ...OfferSettingsShape,
});

const HOST = /^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+$/i;

/** sub1 … sub30 (sub9 and above exist on some Affise plans only). */
const SubNameSchema = z
  .string()
  .check(z.regex(/^sub([1-9]|[12][0-9]|30)$/, 'sub parameters are sub1 … sub30'));

/** Tracking-link parameters besides pid, offer_id and subs (shared/domain.md, section 3). */
export const LINK_PARAM_NAMES = [
  'os_id',
  'ext1',
  'ext2',
  'ext3',
  'ref_id',
  'imp_id',
  'fbclid',
  'redirect',
  'escape',
] as const;

export const ScenarioClickSchema = z.object({
  /** The tracking domain, host only: `rocketcompany.g2afse.com`. */
  domain: z
    .string()
    .check(z.regex(HOST, 'the tracking domain is a host name such as rocketcompany.g2afse.com')),
  /** Affiliate id. */
  pid: z.string().check(z.regex(/^\d{1,12}$/, 'pid is the numeric affiliate id')),
  /** "Use SSL" in Get tracking link: https when on, http when off. */
  useSsl: z._default(z.boolean(), true),
  /** "Use Shortlink": the emulator reports it and works from the long form. */
  shortlink: z._default(z.boolean(), false),
  subs: z._default(z.record(SubNameSchema, text(2048)), {}),
  params: z._default(z.partialRecord(z.enum(LINK_PARAM_NAMES), text(4096)), {}),
  /** A fixed click id (24 lowercase hex); otherwise one is drawn from the scenario's seed. */
  clickId: z.optional(
    z
      .string()
      .check(z.regex(CLICK_ID_PATTERN, 'an Affise click id is 24 lowercase hex characters')),
  ),
  /** Values of Affise click-time macros by name (`ip`, `geo`, `device_ua`, …); catalogue examples otherwise. */
  values: z._default(z.record(z.string(), text(4096)), {}),
});

export const DeviceOsSchema = z.enum(['ios', 'android']);

export const ScenarioDeviceSchema = z.object({
  os: z._default(DeviceOsSchema, 'ios'),
  /** Adjust placeholder values by name; null marks data Adjust does not have (it is dropped). */
  values: z._default(z.record(z.string(), z.nullable(text(4096))), {}),
});

const after = z.optional(
  z
    .number()
    .check(
      z.gte(0, 'after is a number of seconds, 0 or more'),
      z.lte(31_536_000, 'after is at most a year'),
    ),
);

const token = text(64).check(z.minLength(1, 'an event token cannot be empty'));

export const ActivitySchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('install'), after }),
  z.object({
    kind: z.literal('event'),
    token,
    /** Revenue in whole currency units ({revenue_float}); {revenue} gets it in cents. */
    revenue: z.optional(z.number().check(z.gte(0))),
    currency: z.optional(CurrencySchema),
    name: z.optional(text(256)),
    after,
  }),
  z.object({ kind: z.literal('reattribution'), after }),
  z.object({ kind: z.literal('session'), after }),
  z.object({ kind: z.literal('impression'), after }),
  z.object({ kind: z.literal('rejected_install'), reason: z.optional(text(256)), after }),
  z.object({ kind: z.literal('rejected_reattribution'), reason: z.optional(text(256)), after }),
  /**
   * Adjust attributes the user to another network's link: Adjust sends callbacks only for users
   * attributed to the link, so this link's callbacks stop (until a reattribution to it).
   */
  z.object({ kind: z.literal('attributed-elsewhere'), after }),
  /**
   * The advertiser sends the postback again for an existing conversion with a new status. Affise
   * accepts the change only while the conversion is pending.
   */
  z.object({
    kind: z.literal('status-change'),
    goal: text(256),
    status: StatusCodeSchema,
    actionId: z.optional(text(256)),
    /** The IP the advertiser's server sends it from (checked against an IP whitelist). */
    ip: z.optional(IpAddressSchema),
    after,
  }),
]);
export type Activity = z.infer<typeof ActivitySchema>;
export type ActivityKind = Activity['kind'];

/** An affiliate postback's status filter: Any, By creating, or one conversion status. */
export const RuleStatusSchema = z.enum(['any', 'by-creating', ...STATUS_NAME_LIST]);
export type RuleStatus = z.infer<typeof RuleStatusSchema>;
/** Affiliate postback "Integration method"; SKAd is article 4103473. */
export const IntegrationSchema = z.enum(['all', 'default', 'probabilistic', 'skad']);

export const AffiliatePostbackRuleSchema = z
  .object({
    /** Global: every offer of the affiliate. Local: one offer, optionally one goal. */
    scope: z.enum(['global', 'local']),
    /** Local only; the scenario's offer when left out. */
    offerId: z.optional(OfferIdSchema),
    /** Local only; matched case-insensitively, as Affise does. */
    goal: z.optional(text(256)),
    status: z._default(RuleStatusSchema, 'any'),
    integration: z._default(IntegrationSchema, 'all'),
    method: z._default(z.enum(['GET', 'POST']), 'GET'),
    url: text().check(z.minLength(1, 'the affiliate postback URL is empty')),
  })
  .check(
    z.superRefine((rule, ctx) => {
      if (rule.scope !== 'global') return;
      for (const key of ['offerId', 'goal'] as const) {
        if (rule[key] !== undefined) {
          ctx.addIssue({
            code: 'custom',
            path: [key],
            message: `${key} applies to local postbacks only; a global postback covers every offer and goal`,
          });
        }
      }
    }),
  );
export type AffiliatePostbackRule = z.infer<typeof AffiliatePostbackRuleSchema>;

export const PlatformSchema = z.object({
  /** Settings → Affiliates → General: statuses affiliates see; only these are sent to them. */
  statusesShownToAffiliates: z._default(z.array(StatusCodeSchema), [1, 2, 3, 5]),
  /** "Consider global postback" (platform or affiliate level): fall back to the global postback when no local one matches. */
  considerGlobalPostback: z._default(z.boolean(), false),
  /** Platform-level secure postback code (Settings); an advertiser's or the offer's code wins. */
  secureCode: z.optional(SecureCodeSchema),
});

/** The offer's advertiser in Affise: its secure postback code and IP whitelist. */
export const AdvertiserSchema = z.object({
  secureCode: z.optional(SecureCodeSchema),
  ipWhitelist: z.optional(IpWhitelistSchema),
});

/** Adjust's side: the IP its callback servers call from. */
export const AdjustSettingsSchema = z.object({
  callbackIp: z.optional(IpAddressSchema),
});

export const ScenarioSchema = z
  .object({
    version: z._default(z.literal(1), 1),
    /** Seeds the click id, transaction ids and {rand}: the same scenario always gives the same run. */
    seed: z._default(z.int().check(z.gte(0), z.lte(4_294_967_295)), 1),
    /** When the click happens; activities follow at their `after` offsets. */
    startTime: z._default(
      z.iso.datetime({ error: 'startTime is an ISO 8601 time such as 2026-01-15T10:00:00Z' }),
      '2026-01-15T10:00:00Z',
    ),
    offer: ScenarioOfferSchema,
    click: ScenarioClickSchema,
    device: z._default(ScenarioDeviceSchema, { os: 'ios', values: {} }),
    activities: z._default(z.array(ActivitySchema).check(z.maxLength(1000)), [{ kind: 'install' }]),
    affiliatePostbacks: z._default(
      z.array(AffiliatePostbackRuleSchema).check(z.maxLength(100)),
      [],
    ),
    platform: z._default(PlatformSchema, {
      statusesShownToAffiliates: [1, 2, 3, 5],
      considerGlobalPostback: false,
    }),
    advertiser: z.optional(AdvertiserSchema),
    adjust: z.optional(AdjustSettingsSchema),
  })
  .check(z.superRefine(activitiesEndByYear9999));
export type Scenario = z.output<typeof ScenarioSchema>;

/**
 * Every time a run writes is ISO 8601 with a four-digit year, so the last activity (start plus
 * every `after`) must fall before year 10000; a later one is refused here, naming the activity.
 */
function activitiesEndByYear9999(
  scenario: { startTime: string; activities: readonly { after?: number | undefined }[] },
  ctx: z.core.$RefinementCtx,
): void {
  let at = Date.parse(scenario.startTime);
  for (const [index, activity] of scenario.activities.entries()) {
    at += (activity.after ?? DEFAULT_AFTER_SECONDS) * 1000;
    if (at > LAST_INSTANT) {
      ctx.addIssue({
        code: 'too_big',
        origin: 'date',
        maximum: LAST_INSTANT,
        path: ['activities', index, 'after'],
        message:
          'this activity falls after the year 9999; start the scenario earlier or shorten the afters',
      });
      return;
    }
  }
}
export type ScenarioInput = z.input<typeof ScenarioSchema>;
