import { truncate } from '../analyse-adjust-link';
import type { Finding } from '../findings';
import { PostbackFields } from './postback-fields';
import type { SeededRandom } from './random';
import type { Conversion, ConversionChange, RequestParam } from './result';
import { dryRunFinding } from './rules';
import { type Scenario, type ScenarioGoal, STATUS_NAMES, type StatusCode } from './scenario';

/**
 * Affise's advertiser postback, validated the way Affise's help centre documents it
 * (shared/domain.md, section 3): the error texts are Affise's own, so a user can match them with
 * Statistics → Server postbacks.
 */

export interface AffiseState {
  conversions: Conversion[];
  /** Parallel to conversions: the postback's decoded parameters and the URL that created it. */
  details: { fields: ReadonlyMap<string, string>; sourceUrl: string }[];
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

const CLICK_ID = /^[0-9a-f]{24}$/;
// A Map: `status=toString` in a postback must not find Object.prototype.toString.
const STATUS_CODES: ReadonlyMap<string, StatusCode> = new Map([
  ['1', 1],
  ['2', 2],
  ['3', 3],
  ['5', 5],
]);

function reject(error: string, findings: Finding[]): PostbackResult {
  return {
    accepted: false,
    error,
    outcome: `Rejected by Affise: ${error}`,
    conversion: null,
    change: null,
    findings,
  };
}

const fmtStatus = (status: StatusCode) => `${status} (${STATUS_NAMES[status]})`;

export function receivePostback(
  state: AffiseState,
  url: string,
  /** The request's query split and decoded once (see requestParams). */
  params: readonly RequestParam[],
  /** When it arrives, ISO 8601 UTC. */
  atIso: string,
  request: number,
  source: string,
  ctx: PostbackContext,
): PostbackResult {
  const { offer } = ctx;
  const fields = new PostbackFields(params);
  const findings: Finding[] = [];
  const get = (name: string) => {
    const value = fields.get(name);
    return value === undefined || value === '' ? null : value;
  };

  const clickId = get('clickid') ?? get('click_id');
  let integration: Conversion['integration'] = 'default';
  if (clickId === null) {
    const offerId = get('offer_id');
    const pid = get('pid');
    if (offerId === null && pid === null) {
      return reject('Missing mandatory parameter clickid/click_id or ref_id or aimp_id', [
        dryRunFinding(
          'dry-run-postback-missing-clickid',
          `${truncate(url, 80)} has no clickid (or click_id): Affise rejects it. Add clickid={clickid} to the postback.`,
          source,
        ),
      ]);
    }
    if (offerId === null || pid === null) {
      return reject('Missing mandatory parameters offer_id and pid', [
        dryRunFinding(
          'dry-run-postback-missing-offer-pid',
          `The postback has no click id and only ${offerId === null ? 'pid' : 'offer_id'}; a probabilistic-attribution postback needs both offer_id and pid.`,
          source,
        ),
      ]);
    }
    if (offerId !== offer.id) {
      return reject('Offer not found', [
        dryRunFinding(
          'dry-run-postback-offer-not-found',
          `The postback names offer_id=${offerId}, but the offer is ${offer.id}.`,
          source,
        ),
      ]);
    }
    integration = 'probabilistic';
    findings.push(
      dryRunFinding(
        'dry-run-postback-probabilistic',
        `The postback has no click id but offer_id=${offerId} and pid=${pid}: Affise registers it as a probabilistic-attribution conversion.`,
        source,
      ),
    );
  } else if (!CLICK_ID.test(clickId)) {
    return reject('Broken clickid', [
      dryRunFinding(
        'dry-run-postback-broken-clickid',
        `The postback's click id "${truncate(clickId, 40)}" is not 24 lowercase hex characters, so Affise answers "Broken clickid". Make sure {clickid} is raw in the Tracking URL so Affise fills it.`,
        source,
      ),
    ]);
  } else if (clickId !== ctx.clickId) {
    return reject('Click not found', [
      dryRunFinding(
        'dry-run-postback-click-not-found',
        `The postback carries click id ${clickId}, but this run's click is ${ctx.clickId}: a hard-coded click id? Use {clickid} in the postback.`,
        source,
      ),
    ]);
  }

  if (offer.secureCode !== undefined && get('secure') !== offer.secureCode) {
    const sent = get('secure');
    return reject('Access denied', [
      dryRunFinding(
        'dry-run-postback-access-denied',
        sent === null
          ? 'The offer has a secure postback code but the postback has no secure= parameter: Affise answers "Access denied". Add secure=<the offer\'s code>.'
          : `The postback's secure=${truncate(sent, 30)} is not the offer's secure code: Affise answers "Access denied".`,
        source,
      ),
    ]);
  }

  const sentGoal = get('goal');
  const goal = sentGoal ?? '1';
  if (sentGoal === null) {
    findings.push(
      dryRunFinding(
        'dry-run-postback-goal-defaulted',
        'The postback has no goal, so Affise records goal "1".',
        source,
      ),
    );
  }
  const lower = goal.toLowerCase();
  const offerGoal = ctx.goals.get(lower);
  if (!offerGoal || offerGoal.payout === undefined) {
    return reject('Payments not found', [
      ...findings,
      dryRunFinding(
        'dry-run-postback-payments-not-found',
        offerGoal
          ? `Goal "${offerGoal.value}" has no payout on the offer: Affise answers "Payments not found". Add a payout for it (Payouts tab).`
          : `Goal "${truncate(goal, 40)}" is not among the offer's goals (${offer.goals.map((g) => g.value).join(', ')}): Affise answers "Payments not found".`,
        source,
      ),
    ]);
  }
  if (offerGoal.value !== goal) {
    findings.push(
      dryRunFinding(
        'dry-run-postback-goal-case',
        `The postback sends goal "${goal}" and the offer's goal value is "${offerGoal.value}": Affise matches them ignoring case and keeps "${goal}".`,
        source,
      ),
    );
  }

  const statusText = get('status');
  let status: StatusCode = offer.defaultStatus;
  if (statusText !== null) {
    const parsed = STATUS_CODES.get(statusText);
    if (parsed === undefined) {
      return reject('Unknown status', [
        ...findings,
        dryRunFinding(
          'dry-run-postback-status-invalid',
          `status=${truncate(statusText, 20)} is not 1 (approved), 2 (pending), 3 (declined) or 5 (hold).`,
          source,
        ),
      ]);
    }
    status = parsed;
  }

  const actionId = get('action_id') ?? clickId ?? ctx.random.hex(24);
  const key = `${offer.id}\u0000${lower}\u0000${actionId}`;
  const existingIndex = state.byKey.get(key);
  const existing = existingIndex === undefined ? undefined : state.conversions[existingIndex];
  if (existingIndex !== undefined && existing) {
    const isChange = statusText !== null && status !== existing.status;
    if (isChange && existing.status === 2) {
      const change: ConversionChange = {
        conversion: existingIndex,
        kind: 'status-changed',
        from: 2,
        status,
        at: atIso,
        request,
      };
      existing.status = status;
      existing.statusName = STATUS_NAMES[status];
      state.changes.push(change);
      return {
        accepted: true,
        error: null,
        outcome: `Conversion ${existing.id} (goal ${existing.goal}) changed from 2 (pending) to ${fmtStatus(status)}.`,
        conversion: existingIndex,
        change: state.changes.length - 1,
        findings,
      };
    }
    if (isChange) {
      return reject('Conversion status is not pending', [
        ...findings,
        dryRunFinding(
          'dry-run-postback-status-not-pending',
          `The postback tries to change conversion ${existing.id} (goal ${existing.goal}) to ${fmtStatus(status)}, but it is ${fmtStatus(existing.status)}: Affise changes a status by postback only while it is pending.`,
          source,
        ),
      ]);
    }
    return reject('Conversion exists', [
      ...findings,
      dryRunFinding(
        'dry-run-postback-conversion-exists',
        `A conversion for goal "${existing.goal}" with action id ${actionId} already exists, so Affise rejects this one ("Conversion exists"). Send a distinct action_id for goals that repeat.`,
        source,
      ),
    ]);
  }

  const sumText = get('sum');
  let revenue = offerGoal.revenue ?? 0;
  if (sumText !== null) {
    const sum = Number(sumText);
    if (Number.isFinite(sum) && /^-?\d+(\.\d+)?$/.test(sumText.trim())) revenue = sum;
    else {
      findings.push(
        dryRunFinding(
          'dry-run-postback-sum-invalid',
          `sum=${truncate(sumText, 30)} is not a number, so the goal's revenue (${revenue}) is used. Use sum={revenue_float}.`,
          source,
        ),
      );
    }
  }
  const conversion: Conversion = {
    id: ctx.random.hex(24),
    goal,
    offerGoal: offerGoal.value,
    status,
    statusName: STATUS_NAMES[status],
    actionId,
    revenue,
    payout: offerGoal.payout,
    currency: offerGoal.currency ?? offer.currency,
    clickId,
    integration,
    createdAt: atIso,
    request,
  };
  state.conversions.push(conversion);
  state.details.push({ fields, sourceUrl: url });
  const index = state.conversions.length - 1;
  state.byKey.set(key, index);
  state.changes.push({
    conversion: index,
    kind: 'created',
    from: null,
    status,
    at: atIso,
    request,
  });
  return {
    accepted: true,
    error: null,
    outcome: `Conversion ${conversion.id} created: goal ${goal}, status ${fmtStatus(status)}, revenue ${revenue}, payout ${offerGoal.payout} ${conversion.currency}.`,
    conversion: index,
    change: state.changes.length - 1,
    findings,
  };
}
