import type { Goal } from './offer';

/**
 * Payout rows repeat a goal for other countries, devices or affiliates; the goal exists once.
 * Affise matches goal values case-insensitively (two values differing only in case cannot
 * coexist), so `Purchase` and `purchase` are the same goal. The first row wins.
 */
export function dedupeGoals(goals: readonly Goal[]): { goals: Goal[]; repeated: string[] } {
  const seen = new Map<string, Goal>();
  const repeated = new Set<string>();
  for (const goal of goals) {
    const key = goal.value.toLowerCase();
    if (seen.has(key)) repeated.add(seen.get(key)?.value ?? goal.value);
    else seen.set(key, goal);
  }
  return { goals: [...seen.values()], repeated: [...repeated] };
}
