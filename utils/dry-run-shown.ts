import { z } from 'zod/mini';
import { defineStoredItem } from '@/utils/storage';

/**
 * Which stored run each dry-run view showed last, by the view's draft key (the popup's key for
 * the offer of the tab, or the full-tab page's own key). Reopening the popup on that tab shows
 * that result again instead of an empty result area. Runs themselves stay in utils/dry-run-store.
 */

/** Views not used for a while are forgotten beyond this many. */
export const MAX_SHOWN_RUNS = 30;

const ShownRunSchema = z.object({
  runId: z.string().check(z.minLength(1), z.maxLength(128)),
  at: z.number(),
});
export type ShownRun = z.infer<typeof ShownRunSchema>;

export const shownRuns = defineStoredItem('local:dryRunShown', {
  schema: z.record(z.string(), ShownRunSchema),
  fallback: {},
  version: 1,
});

/** `shown` with `key` → `runId`, keeping the MAX_SHOWN_RUNS most recent views. */
export function withShownRun(
  shown: Readonly<Record<string, ShownRun>>,
  key: string,
  runId: string,
  now: number,
): Record<string, ShownRun> {
  const next = { ...shown, [key]: { runId, at: now } };
  const newest = Object.entries(next)
    .sort(([, a], [, b]) => b.at - a.at)
    .slice(0, MAX_SHOWN_RUNS);
  return Object.fromEntries(newest);
}

export async function rememberShownRun(key: string, runId: string): Promise<void> {
  await shownRuns.setValue(withShownRun(await shownRuns.getValue(), key, runId, Date.now()));
}

export async function shownRunId(key: string): Promise<string | null> {
  return (await shownRuns.getValue())[key]?.runId ?? null;
}
