import { describe, expect, it } from 'vitest';
import { boundedMemo } from '../../../lib/core/bounded-cache';

describe('boundedMemo', () => {
  it('computes each key once while it is remembered, null results included', () => {
    const calls: string[] = [];
    const parse = boundedMemo((key: string) => {
      calls.push(key);
      return key.startsWith('x') ? null : key.length;
    }, 8);
    expect([parse('abc'), parse('xyz'), parse('abc'), parse('xyz')]).toEqual([3, null, 3, null]);
    expect(calls).toEqual(['abc', 'xyz']);
  });

  it('holds at most `max` keys, then starts over', () => {
    const calls: number[] = [];
    const square = boundedMemo((n: number) => {
      calls.push(n);
      return n * n;
    }, 2);
    for (const n of [1, 2, 3, 1]) expect(square(n)).toBe(n * n);
    // 3 did not fit beside 1 and 2, so the cache was emptied and 1 computed again.
    expect(calls).toEqual([1, 2, 3, 1]);
    expect(square(3)).toBe(9);
    expect(calls).toEqual([1, 2, 3, 1]);
  });
});
