import { pageFinding } from '../catalog/page-rules';
import type { Finding } from '../core/findings';
import { type Goal, MAX_GOALS_PER_OFFER } from './offer';

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

/**
 * The first MAX_GOALS_PER_OFFER goals, with a finding when more were offered: stored offers stay
 * within the browser's storage quota, and the user learns that some goals were left out.
 */
export function capGoals(goals: readonly Goal[]): { goals: Goal[]; finding: Finding | null } {
  if (goals.length <= MAX_GOALS_PER_OFFER) return { goals: [...goals], finding: null };
  return {
    goals: goals.slice(0, MAX_GOALS_PER_OFFER),
    finding: pageFinding(
      'affise.goals-capped',
      `The offer shows ${goals.length.toLocaleString('en')} goals; Postbridge keeps the first ${MAX_GOALS_PER_OFFER}. Type any other goal you need in the popup.`,
      'goals',
    ),
  };
}
