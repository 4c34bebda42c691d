import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  MAX_SHOWN_RUNS,
  rememberShownRun,
  shownRunId,
  shownRuns,
  withShownRun,
} from '@/utils/dry-run-shown';

describe('the run each dry-run view showed last', () => {
  beforeEach(() => fakeBrowser.reset());

  it('is kept per view, so each offer reopens on its own result', async () => {
    await rememberShownRun('rocketcompany/12', 'run-a');
    await rememberShownRun('rocketcompany/27', 'run-b');
    await rememberShownRun('rocketcompany/12', 'run-c');
    expect(await shownRunId('rocketcompany/12')).toBe('run-c');
    expect(await shownRunId('rocketcompany/27')).toBe('run-b');
    expect(await shownRunId('never-shown')).toBeNull();
  });

  it('forgets the least recent views beyond the maximum', () => {
    let shown = {};
    for (let i = 0; i <= MAX_SHOWN_RUNS; i++)
      shown = withShownRun(shown, `offer-${i}`, `run-${i}`, i);
    expect(Object.keys(shown)).toHaveLength(MAX_SHOWN_RUNS);
    expect(shown).not.toHaveProperty('offer-0');
    expect(shown).toHaveProperty(`offer-${MAX_SHOWN_RUNS}`);
  });

  it('reads a damaged stored value as nothing shown', async () => {
    await fakeBrowser.storage.local.set({ dryRunShown: { a: { runId: 'r', at: 1 } } });
    expect(await shownRunId('a')).toBe('r');
    await fakeBrowser.storage.local.set({ dryRunShown: { a: { runId: 5 } } });
    expect(await shownRuns.getValue()).toEqual({});
  });
});
