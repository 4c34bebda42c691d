import type { ScenarioGoal } from '@/lib/dry-run/scenario';

/** What a percent payout type makes of the revenue and payout boxes. */
const PERCENT_HINT = '% of the sum';

/** The hint under a goal's Revenue box: a percent goal takes a percentage of `sum`. */
export function revenueHint(goal: ScenarioGoal): string | undefined {
  return goal.payoutType === 'percent' ? PERCENT_HINT : undefined;
}

/**
 * The hint under a goal's Payout box: with no payout Affise finds no payment for the goal and
 * declines the conversion ("Payments not found"), which outweighs the percent hint.
 */
export function payoutHint(goal: ScenarioGoal): string | undefined {
  if (goal.payout === undefined) return 'none: "Payments not found"';
  return revenueHint(goal);
}
