import { z } from 'zod/mini';
import { MAX_STORED_RUNS, type StoredDryRun, StoredDryRunSchema } from '@/lib/messages/dry-run';
import { defineStoredItem } from '@/utils/storage';

export { MAX_STORED_RUNS };

const problems: string[] = [];

/** What was set aside reading the stored runs since the last call; "Last runs" shows it. */
export function takeDryRunStoreProblems(): string[] {
  return problems.splice(0, problems.length);
}

/** The last dry-runs, newest first. Version 1; raise it with a migration when StoredDryRun changes. */
export const dryRunHistory = defineStoredItem('local:dryRuns', {
  schema: z.array(StoredDryRunSchema).check(z.maxLength(MAX_STORED_RUNS)),
  fallback: [],
  version: 1,
  label: 'stored dry-runs',
  onInvalid: (message) => problems.push(message),
});

export async function listStoredRuns(): Promise<StoredDryRun[]> {
  return dryRunHistory.getValue();
}

/** Puts a run first and keeps the newest MAX_STORED_RUNS. */
export async function addStoredRun(run: StoredDryRun): Promise<StoredDryRun[]> {
  const runs = [run, ...(await dryRunHistory.getValue()).filter((r) => r.id !== run.id)].slice(
    0,
    MAX_STORED_RUNS,
  );
  await dryRunHistory.setValue(runs);
  return runs;
}

export async function clearStoredRuns(): Promise<void> {
  await dryRunHistory.removeValue();
}
