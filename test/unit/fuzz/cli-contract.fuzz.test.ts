import { describe, expect, it } from 'vitest';
import { fuzzCase, runCase, type Violation } from '../../fuzz/fuzz-harness';

/**
 * The short, seeded fuzz run of `npm test` (issue 10 §8): the same 300 inputs every time over
 * generate, inspect and dry-run. `npm run fuzz` runs many more, each in a worker with a time and
 * memory limit, and prints the figures the README reports.
 */
const SEED = 20_261_130;
const CASES = 300;

describe('CLI contract under seeded fuzzing', () => {
  it(`${CASES} generated inputs: exit 0/1/2, no stack trace, JSON out, bounded time and output`, async () => {
    const violations: Violation[] = [];
    const codes = new Map<number, number>();
    for (let i = 0; i < CASES; i++) {
      const outcome = await runCase(fuzzCase(SEED, i));
      violations.push(...outcome.violations);
      const code = outcome.result?.code ?? -1;
      codes.set(code, (codes.get(code) ?? 0) + 1);
    }
    expect(violations).toEqual([]);
    // The generator reaches every outcome, so the contract is checked on each of them.
    expect([...codes.keys()].sort()).toEqual([0, 1, 2]);
  }, 120_000);
});
