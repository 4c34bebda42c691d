import { CLICK_ID_LENGTH, CLICK_ID_PATTERN } from '../affise/click-id';
import {
  describeStatus,
  parseStatusCode,
  STATUS_NAMES,
  type StatusCode,
} from '../affise/conversion-status';
import { dryRunFinding } from '../catalog/dry-run-rules';
import type { Finding } from '../core/findings';
import { truncate } from '../core/truncate';
import type { Instant } from './clock';
import {
  capDecline,
  conversionMoney,
  type Decline,
  holdApprovalIso,
  lifespanDecline,
} from './conversion-terms';
import {
  type IpWhitelist,
  ipRefusal,
  offerDisabledRefusal,
  type PostbackOrigin,
  type Refusal,
  type SecureSetting,
  secureRefusal,
} from './postback-refusals';
import type { SeededRandom } from './random';
import type { Conversion, ConversionChange, RequestParam } from './result';
import type { Scenario, ScenarioGoal } from './scenario';

/**
 * Affise's advertiser postback, validated the way Affise's help centre documents it
 * (shared/domain.md, section 3): the error texts are Affise's own, so a user can match them with
 * Statistics → Server postbacks. A postback is refused (no conversion, an error in the log) or
 * creates a conversion, which Affise may decline itself ("Payments not found", "Cap is reached").
 */

export interface AffiseState {
  conversions: Conversion[];
  /** Parallel to conversions: the postback's decoded parameters and the URL that created it. */
  details: { fields: PostbackFields; sourceUrl: string }[];
  changes: ConversionChange[];
  /** Uniqueness key (offer, goal, action id) → conversion index. */
  byKey: Map<string, number>;
}

export function createAffiseState(): AffiseState {
  return { conversions: [], details: [], changes: [], byKey: new Map() };
}

export interface PostbackContext {
  offer: Scenario['offer'];
  /** The offer's goals by lowercased value (see goalsByValue). */
  goals: ReadonlyMap<string, ScenarioGoal>;
  clickId: string;
  random: SeededRandom;
  /** When the click happened, for the click session lifespan; no lifespan check without it. */
  clickAt?: Instant;
  /** The secure code in force (resolveSecure); the offer's own code when left out. */
  secure?: SecureSetting | null;
  /** The IP whitelist in force (resolveWhitelist); none when left out. */
  whitelist?: IpWhitelist | null;
}

export interface PostbackResult {
  accepted: boolean;
  /** Affise's wording of the rejection; null when accepted. */
  error: string | null;
  /** One sentence for the timeline. */
  outcome: string;
  conversion: number | null;
  change: number | null;
  findings: Finding[];
}

/** Goals are matched case-insensitively; two values differing only in case cannot coexist. */
export function goalsByValue(goals: readonly ScenarioGoal[]): Map<string, ScenarioGoal> {
  return new Map(goals.map((goal) => [goal.value.toLowerCase(), goal]));
}

/** Affise's postback lives on an admin domain under /postback, never on the tracking domain. */
const POSTBACK_PATH = /^[a-z][a-z0-9+.-]*:\/\/[^/?#]*(?:\/[^?#]*)?\/postback\/?(?:[?#]|$)/i;

export function isAffisePostbackUrl(url: string): boolean {
  return POSTBACK_PATH.test(url);
}

function reject(error: string, findings: Finding[]): PostbackResult {
  return {
    accepted: false,
    error,
    outcome: `Refused by Affise: ${error}. No conversion.`,
    conversion: null,
    change: null,
    findings,
  };
}

const refused = (refusal: Refusal, before: readonly Finding[] = []) =>
  reject(refusal.error, [...before, ...refusal.findings]);

/**
 * A postback's fields as Affise's server reads the query: the first value of each name, decoded
 * once ("" for a bare name).
 */
export interface PostbackFields {
  get(name: string): string | undefined;
}

/** Looked up in the parameters when asked: a run reads a handful of names from each postback. */
function postbackFields(params: readonly RequestParam[]): PostbackFields {
  return {
    get(name) {
      for (const p of params) if (p.name === name) return p.value ?? '';
      return undefined;
    },
  };
}

/** One postback as it arrives: its fields read once, where it came from. */
interface Incoming {
  url: string;
  fields: PostbackFields;
  atIso: string;
  request: number;
  source: string;
  get(name: string): string | null;
}

interface Attribution {
  clickId: string | null;
  integration: Conversion['integration'];
  findings: Finding[];
}

/** Which click the postback belongs to: its click id, or offer_id + pid (probabilistic). */
function attribute(pb: Incoming, ctx: PostbackContext): Attribution | Refusal {
  const { source } = pb;
  const clickId = pb.get('clickid') ?? pb.get('click_id');
  if (clickId !== null) return checkClickId(clickId, ctx, source);
  const offerId = pb.get('offer_id');
  const pid = pb.get('pid');
  if (offerId === null && pid === null) {
    return {
      error: 'Missing mandatory parameter clickid/click_id or ref_id or aimp_id',
      findings: [
        dryRunFinding(
          'dry-run-postback-missing-clickid',
          `${truncate(pb.url, 80)} has no clickid (or click_id): Affise refuses it. Add clickid={clickid} to the postback.`,
          source,
        ),
      ],
    };
  }
  if (offerId === null || pid === null) {
    return {
      error: 'Missing mandatory parameters offer_id and pid',
      findings: [
        dryRunFinding(
          'dry-run-postback-missing-offer-pid',
          `The postback has no click id and only ${offerId === null ? 'pid' : 'offer_id'}; a probabilistic-attribution postback needs both offer_id and pid.`,
          source,
        ),
      ],
    };
  }
  if (offerId !== ctx.offer.id) {
    return {
      error: 'Offer not found',
      findings: [
        dryRunFinding(
          'dry-run-postback-offer-not-found',
          `The postback names offer_id=${offerId}, but the offer is ${ctx.offer.id}.`,
          source,
        ),
      ],
    };
  }
  return {
    clickId: null,
    integration: 'probabilistic',
    findings: [
      dryRunFinding(
        'dry-run-postback-probabilistic',
        `The postback has no click id but offer_id=${offerId} and pid=${pid}: Affise registers it as a probabilistic-attribution conversion.`,
        source,
      ),
    ],
  };
}

function checkClickId(
  clickId: string,
  ctx: PostbackContext,
  source: string,
): Attribution | Refusal {
  if (!CLICK_ID_PATTERN.test(clickId)) {
    return {
      error: 'Click_id: invalid format',
      findings: [
        dryRunFinding(
          'dry-run-postback-broken-clickid',
          `The postback's click id "${truncate(clickId, 40)}" is not 24 lowercase hex characters, so Affise refuses it ("Click_id: invalid format", formerly "Broken clickid"). Make sure {clickid} is raw in the Tracking URL so Affise fills it.`,
          source,
        ),
      ],
    };
  }
  if (clickId !== ctx.clickId) {
    return {
      error: 'Click not found',
      findings: [
        dryRunFinding(
          'dry-run-postback-click-not-found',
          `The postback carries click id ${clickId}, but this run's click is ${ctx.clickId}: a hard-coded click id? Use {clickid} in the postback.`,
          source,
        ),
      ],
    };
  }
  return { clickId, integration: 'default', findings: [] };
}

interface ResolvedGoal {
  /** As sent ("1" when absent). */
  goal: string;
  /** The offer's goal with a payout; null means "Payments not found". */
  offerGoal: ScenarioGoal | null;
  findings: Finding[];
}

function resolveGoal(pb: Incoming, ctx: PostbackContext): ResolvedGoal {
  const findings: Finding[] = [];
  const sent = pb.get('goal');
  const goal = sent ?? '1';
  if (sent === null) {
    findings.push(
      dryRunFinding(
        'dry-run-postback-goal-defaulted',
        'The postback has no goal, so Affise records goal "1".',
        pb.source,
      ),
    );
  }
  const offerGoal = ctx.goals.get(goal.toLowerCase());
  if (offerGoal && offerGoal.value !== goal) {
    findings.push(
      dryRunFinding(
        'dry-run-postback-goal-case',
        `The postback sends goal "${goal}" and the offer's goal value is "${offerGoal.value}": Affise matches them ignoring case and keeps "${goal}".`,
        pb.source,
      ),
    );
  }
  return {
    goal,
    offerGoal: offerGoal && offerGoal.payout !== undefined ? offerGoal : null,
    findings,
  };
}

/** "Payments not found": a declined conversion without money (articles 4111827, 6570106). */
function paymentsNotFound(goal: string, pb: Incoming, ctx: PostbackContext): Decline {
  const known = ctx.goals.get(goal.toLowerCase());
  return {
    comment: 'Payments not found',
    finding: dryRunFinding(
      'dry-run-postback-payments-not-found',
      known
        ? `Goal "${known.value}" has no payout on the offer, so Affise declines the conversion ("Payments not found", revenue and payout 0). Add a payout for it (Payouts tab).`
        : `Goal "${truncate(goal, 40)}" matches none of the offer's payouts (${ctx.offer.goals.map((g) => g.value).join(', ')}), so Affise declines the conversion ("Payments not found", revenue and payout 0). Send one of these goals or add a payout for it.`,
      pb.source,
    ),
  };
}

function parseStatus(pb: Incoming): { status: StatusCode | null } | Refusal {
  const text = pb.get('status');
  if (text === null) return { status: null };
  const parsed = parseStatusCode(text);
  if (parsed !== null) return { status: parsed };
  const oldFour =
    text === '4'
      ? ' (4, "Not found", appears only on Affise\'s older conversion-statuses page; postbacks take 1, 2, 3 and 5)'
      : '';
  return {
    error: 'Unknown status',
    findings: [
      dryRunFinding(
        'dry-run-postback-status-invalid',
        `status=${truncate(text, 20)} is not 1 (approved), 2 (pending), 3 (declined) or 5 (hold)${oldFour}.`,
        pb.source,
      ),
    ],
  };
}

/** A postback for a conversion that exists: a status change while it is pending, else refused. */
function updateExisting(
  state: AffiseState,
  index: number,
  status: StatusCode | null,
  actionId: string,
  pb: Incoming,
  findings: Finding[],
): PostbackResult {
  const existing = state.conversions[index] as Conversion;
  const isChange = status !== null && status !== existing.status;
  if (isChange && existing.status === 2) {
    existing.status = status;
    existing.statusName = STATUS_NAMES[status];
    return recordChange(
      state,
      { conversion: index, kind: 'status-changed', from: 2, status },
      pb,
      `Conversion ${existing.id} (goal ${existing.goal}) changed from 2 (pending) to ${describeStatus(status)}.`,
      findings,
    );
  }
  if (isChange) {
    return reject('Conversion status is not pending', [
      ...findings,
      dryRunFinding(
        'dry-run-postback-status-not-pending',
        `The postback tries to change conversion ${existing.id} (goal ${existing.goal}) to ${describeStatus(status)}, but it is ${describeStatus(existing.status)}: Affise changes a status by postback only while it is pending.`,
        pb.source,
      ),
    ]);
  }
  return reject('Conversion exists', [
    ...findings,
    dryRunFinding(
      'dry-run-postback-conversion-exists',
      `A conversion for goal "${existing.goal}" with action id ${actionId} already exists, so Affise refuses this one ("Conversion exists"). Send a distinct action_id for goals that repeat.`,
      pb.source,
    ),
  ]);
}

interface NewConversion {
  goal: ResolvedGoal;
  status: StatusCode | null;
  attribution: Attribution;
  actionId: string;
  key: string;
}

/** The status a new conversion gets: a decline, else status=, else Hold with a hold period, else the default. */
function initialStatus(
  decline: Decline | null,
  sent: StatusCode | null,
  ctx: PostbackContext,
): StatusCode {
  if (decline) return 3;
  if (sent !== null) return sent;
  return ctx.offer.holdPeriod ? 5 : ctx.offer.defaultStatus;
}

/** A decline Affise applies itself, in the emulator's stated order: payout, lifespan, caps. */
function declineOf(
  state: AffiseState,
  made: NewConversion,
  pb: Incoming,
  ctx: PostbackContext,
): Decline | null {
  const offerGoal = made.goal.offerGoal;
  if (!offerGoal) return paymentsNotFound(made.goal.goal, pb, ctx);
  const clickAt = made.attribution.clickId === null ? undefined : ctx.clickAt;
  return (
    lifespanDecline(ctx.offer, clickAt, () => Date.parse(pb.atIso), pb.source) ??
    capDecline(ctx.offer, state.conversions, offerGoal.value)
  );
}

function createConversion(
  state: AffiseState,
  made: NewConversion,
  pb: Incoming,
  ctx: PostbackContext,
  findings: Finding[],
): PostbackResult {
  const { offer } = ctx;
  const offerGoal = made.goal.offerGoal;
  const decline = declineOf(state, made, pb, ctx);
  const money = offerGoal
    ? conversionMoney(offerGoal, pb.get('sum'), pb.source)
    : { revenue: 0, payout: 0, findings: [] };
  for (const f of money.findings) findings.push(f);
  if (decline) findings.push(decline.finding);
  const status = initialStatus(decline, made.status, ctx);
  const conversion: Conversion = {
    id: ctx.random.hex(CLICK_ID_LENGTH),
    goal: made.goal.goal,
    offerGoal: offerGoal?.value ?? made.goal.goal,
    status,
    statusName: STATUS_NAMES[status],
    actionId: made.actionId,
    revenue: money.revenue,
    payout: money.payout,
    currency: offerGoal?.currency ?? offer.currency,
    clickId: made.attribution.clickId,
    integration: made.attribution.integration,
    createdAt: pb.atIso,
    request: pb.request,
  };
  if (decline) conversion.comment = decline.comment;
  if (status === 5 && made.status === null && offer.holdPeriod)
    conversion.approvesAt = holdApprovalIso(Date.parse(pb.atIso), offer.holdPeriod);
  state.conversions.push(conversion);
  state.details.push({ fields: pb.fields, sourceUrl: pb.url });
  const index = state.conversions.length - 1;
  if (!state.byKey.has(made.key)) state.byKey.set(made.key, index);
  return recordChange(
    state,
    { conversion: index, kind: 'created', from: null, status },
    pb,
    createdOutcome(conversion),
    findings,
  );
}

/** Writes one conversion change down (created or status changed) and the accepted postback. */
function recordChange(
  state: AffiseState,
  change: Pick<ConversionChange, 'conversion' | 'kind' | 'from' | 'status'>,
  pb: Incoming,
  outcome: string,
  findings: Finding[],
): PostbackResult {
  // One key order for every change: the JSON output stays byte for byte the same.
  state.changes.push({
    conversion: change.conversion,
    kind: change.kind,
    from: change.from,
    status: change.status,
    at: pb.atIso,
    request: pb.request,
  });
  return {
    accepted: true,
    error: null,
    outcome,
    conversion: change.conversion,
    change: state.changes.length - 1,
    findings,
  };
}

function createdOutcome(c: Conversion): string {
  const money = `revenue ${c.revenue}, payout ${c.payout} ${c.currency}`;
  if (c.comment !== undefined)
    return `Conversion ${c.id} created declined ("${c.comment}"): goal ${c.goal}, ${money}.`;
  const hold = c.approvesAt
    ? `; the hold period ends and Affise approves it at ${c.approvesAt}`
    : '';
  return `Conversion ${c.id} created: goal ${c.goal}, status ${describeStatus(c.status)}, ${money}${hold}.`;
}

/** One postback as the emulator hands it to Affise. */
export interface PostbackArrival {
  url: string;
  /** The request's query split and decoded once (see requestParams). */
  params: readonly RequestParam[];
  /** When it arrives, ISO 8601 UTC. */
  atIso: string;
  /** Index of the request that carries it. */
  request: number;
  /** The scenario field it comes from, for the findings' paths. */
  source: string;
  /** Who sent it, for the IP whitelist; no whitelist check without it. */
  origin?: PostbackOrigin | null;
}

/**
 * Affise receiving one postback: refusals first (offer disabled, IP, click, secure code), then
 * the goal and status, then a status change of an existing conversion or a new one.
 */
export function receivePostback(
  state: AffiseState,
  arrival: PostbackArrival,
  ctx: PostbackContext,
): PostbackResult {
  const { url, params, atIso, request, source } = arrival;
  const fields = postbackFields(params);
  const pb: Incoming = {
    url,
    fields,
    atIso,
    request,
    source,
    get(name) {
      const value = fields.get(name);
      return value === undefined || value === '' ? null : value;
    },
  };
  if (ctx.offer.disabled) return refused(offerDisabledRefusal(source));
  const ip = ipRefusal(ctx.whitelist ?? null, arrival.origin ?? null, source);
  if (ip) return refused(ip);
  const attribution = attribute(pb, ctx);
  if ('error' in attribution) return refused(attribution);
  const secure =
    ctx.secure === undefined
      ? ctx.offer.secureCode === undefined
        ? null
        : { code: ctx.offer.secureCode, level: 'offer' as const }
      : ctx.secure;
  const denied = secureRefusal(secure, pb.get('secure'), source);
  if (denied) return refused(denied, attribution.findings);

  const goal = resolveGoal(pb, ctx);
  const findings = attribution.findings.concat(goal.findings);
  const status = parseStatus(pb);
  if ('error' in status) return refused(status, findings);

  const actionId = pb.get('action_id') ?? attribution.clickId ?? ctx.random.hex(CLICK_ID_LENGTH);
  const key = `${ctx.offer.id}\u0000${goal.goal.toLowerCase()}\u0000${actionId}`;
  const existing = state.byKey.get(key);
  if (existing !== undefined && !(ctx.offer.allowDuplicateConversions && status.status === null))
    return updateExisting(state, existing, status.status, actionId, pb, findings);
  return createConversion(
    state,
    { goal, status: status.status, attribution, actionId, key },
    pb,
    ctx,
    findings,
  );
}
