import { dryRunFinding } from '../catalog/dry-run-rules';
import type { Finding } from '../core/findings';
import { type Instant, isoTime } from './clock';
import type { Conversion } from './result';
import type { HoldPeriod, Lifespan, Scenario, ScenarioGoal } from './scenario';

/**
 * What a new conversion gets besides its goal: its money (article 6759666), a decline Affise
 * applies itself (articles 4111827, 6549863, 6570106) and a hold period (6538245, 4142439).
 */

const MS: Record<Lifespan['unit'] | HoldPeriod['unit'], number> = {
  minutes: 60_000,
  hours: 3_600_000,
  days: 86_400_000,
};

export const durationMs = (d: Lifespan | HoldPeriod): number => d.value * MS[d.unit];

const cents = (amount: number) => Math.round(amount * 100) / 100;

export interface Money {
  revenue: number;
  payout: number;
  findings: Finding[];
}

/** A `sum` Affise can read: digits with an optional decimal part. */
export function readSum(sumText: string | null): number | null {
  if (sumText === null) return null;
  const trimmed = sumText.trim();
  return /^-?\d+(\.\d+)?$/.test(trimmed) ? Number(trimmed) : null;
}

/**
 * Fixed: the goal's revenue and payout, whatever `sum` says (sum stays the order sum). Percent:
 * both are that percentage of `sum`, rounded to cents (the rounding is the emulator's choice).
 */
export function conversionMoney(goal: ScenarioGoal, sumText: string | null, source: string): Money {
  const sum = readSum(sumText);
  const findings: Finding[] = [];
  if (sumText !== null && sum === null && !/^\{[A-Za-z0-9_]+\}$/.test(sumText)) {
    findings.push(
      dryRunFinding(
        'dry-run-postback-sum-invalid',
        `sum=${sumText.slice(0, 30)} is not a number, so Affise keeps no order sum${goal.payoutType === 'percent' ? ` and goal "${goal.value}"'s percent payout comes to 0` : ''}. Use sum={revenue_float}.`,
        source,
      ),
    );
  }
  if (goal.payoutType !== 'percent') {
    return { revenue: goal.revenue ?? 0, payout: goal.payout ?? 0, findings };
  }
  if (sum === null && sumText === null) {
    findings.push(
      dryRunFinding(
        'dry-run-postback-percent-no-sum',
        `Goal "${goal.value}" pays a percent of the sale, but the postback has no sum=, so revenue and payout come to 0. Add sum={revenue_float} to the callback.`,
        source,
      ),
    );
  }
  const base = sum ?? 0;
  return {
    revenue: cents((base * (goal.revenue ?? 0)) / 100),
    payout: cents((base * (goal.payout ?? 0)) / 100),
    findings,
  };
}

export interface Decline {
  /** Affise's comment on the declined conversion. */
  comment: string;
  finding: Finding;
}

/** "Click session lifespan is expired" / "Min click session lifespan is not reached". */
export function lifespanDecline(
  offer: Scenario['offer'],
  clickAt: Instant | undefined,
  /** When the conversion happens; read only when the offer has a lifespan. */
  at: () => Instant,
  source: string,
): Decline | null {
  const { clickSessionLifespan: max, minClickSessionLifespan: min } = offer;
  if (clickAt === undefined || (max === undefined && min === undefined)) return null;
  const after = at() - clickAt;
  if (max !== undefined && after > durationMs(max)) {
    return {
      comment: 'Click session lifespan is expired',
      finding: dryRunFinding(
        'dry-run-conversion-lifespan-expired',
        `The conversion comes ${describeMs(after)} after the click, later than the offer's click session lifespan (${max.value} ${max.unit}): Affise declines it ("Click session lifespan is expired"). Lengthen the lifespan (Offer → Tracking) if such late conversions count.`,
        source,
      ),
    };
  }
  if (min !== undefined && after < durationMs(min)) {
    return {
      comment: 'Min click session lifespan is not reached',
      finding: dryRunFinding(
        'dry-run-conversion-lifespan-min',
        `The conversion comes ${describeMs(after)} after the click, sooner than the offer's minimal click session lifespan (${min.value} ${min.unit}): Affise declines it ("Min click session lifespan is not reached").`,
        source,
      ),
    };
  }
  return null;
}

function describeMs(ms: number): string {
  const minutes = Math.round(ms / 60_000);
  if (minutes < 120) return `${minutes} minutes`;
  const hours = Math.round(minutes / 60);
  return hours < 48 ? `${hours} hours` : `${Math.round(hours / 24)} days`;
}

/**
 * "Cap is reached": a cap counts the conversions of its goal (every goal when it names none) that
 * Affise registered and did not decline. The emulator counts this run only, in one cap period.
 */
export function capDecline(
  offer: Scenario['offer'],
  conversions: readonly Conversion[],
  offerGoal: string,
): Decline | null {
  const caps = offer.caps;
  if (caps === undefined || caps.length === 0) return null;
  const lower = offerGoal.toLowerCase();
  for (const [index, cap] of caps.entries()) {
    if (cap.goal !== undefined && cap.goal.toLowerCase() !== lower) continue;
    const counted = conversions.filter(
      (c) => c.status !== 3 && (cap.goal === undefined || c.offerGoal.toLowerCase() === lower),
    ).length;
    if (counted < cap.conversions) continue;
    return {
      comment: 'Cap is reached',
      finding: dryRunFinding(
        'dry-run-conversion-cap-reached',
        `The offer's cap ${index + 1} (${cap.conversions} conversion${cap.conversions === 1 ? '' : 's'}${cap.goal === undefined ? '' : ` of goal "${cap.goal}"`}) is already reached, so Affise declines this conversion ("Cap is reached"). Raise the cap or turn on Overcap.`,
        `offer.caps[${index}]`,
      ),
    };
  }
  return null;
}

/** Affise checks hold periods every 15 minutes (article 4142439). */
export const HOLD_CHECK_MS = 15 * 60_000;

/**
 * When Affise approves a Hold conversion: at the first of its quarter-hour checks (hh:00, :15,
 * :30, :45 UTC — the alignment is the emulator's assumption) at or after the period's end.
 */
export function holdApprovalAt(createdAt: Instant, hold: HoldPeriod): Instant {
  const expires = createdAt + durationMs(hold);
  return Math.ceil(expires / HOLD_CHECK_MS) * HOLD_CHECK_MS;
}

export const holdApprovalIso = (createdAt: Instant, hold: HoldPeriod) =>
  isoTime(holdApprovalAt(createdAt, hold));
