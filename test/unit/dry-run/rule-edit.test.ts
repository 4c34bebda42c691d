import { describe, expect, it } from 'vitest';
import { scopePatch, withShownStatus } from '@/components/dry-run/rule-edit';
import type { StatusCode } from '@/lib/affise/conversion-status';

describe('the affiliate-postback editor’s edits', () => {
  it.each([
    [
      'global drops the offer and goal',
      'global',
      { scope: 'global', offerId: undefined, goal: undefined },
    ],
    ['local starts on the scenario’s offer', 'local', { scope: 'local', offerId: '42' }],
  ] as const)('scopePatch: %s', (_, scope, expected) => {
    expect(scopePatch(scope, '42')).toEqual(expected);
  });

  it.each<[string, StatusCode[], StatusCode, boolean, StatusCode[]]>([
    ['tick keeps status order', [1, 5], 3, true, [1, 3, 5]],
    ['tick an already shown status: once', [1, 3], 3, true, [1, 3]],
    ['untick', [1, 2, 3], 2, false, [1, 3]],
    ['untick a status not shown', [1], 2, false, [1]],
    ['tick into an empty list', [], 5, true, [5]],
  ])('withShownStatus: %s', (_, shown, status, on, expected) => {
    expect(withShownStatus(shown, status, on)).toEqual(expected);
  });
});
