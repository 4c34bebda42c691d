import { describe, expect, it } from 'vitest';
import { payoutHint, revenueHint } from '@/components/dry-run/goal-hints';
import type { ScenarioGoal } from '@/lib/dry-run/scenario';

describe('the hints under a goal’s money boxes', () => {
  it.each<[string, ScenarioGoal, string | undefined, string | undefined]>([
    ['fixed (default)', { value: '1', revenue: 2, payout: 1 }, undefined, undefined],
    [
      'fixed, said',
      { value: '1', revenue: 2, payout: 1, payoutType: 'fixed' },
      undefined,
      undefined,
    ],
    [
      'percent',
      { value: '1', revenue: 20, payout: 10, payoutType: 'percent' },
      '% of the sum',
      '% of the sum',
    ],
    ['no payout', { value: '1', revenue: 2 }, undefined, 'none: "Payments not found"'],
    [
      'percent, no payout',
      { value: '1', revenue: 2, payoutType: 'percent' },
      '% of the sum',
      'none: "Payments not found"',
    ],
  ])('%s', (_, goal, revenue, payout) => {
    expect(revenueHint(goal)).toBe(revenue);
    expect(payoutHint(goal)).toBe(payout);
  });
});
