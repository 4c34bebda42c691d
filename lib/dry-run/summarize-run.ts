import type { DryRun } from './result';

/**
 * The copy of a run kept in "Last runs" (issue 10 §5): a whole run can take megabytes, and ten of
 * them would pass the browser's 10 MB storage quota. A run within MAX_STORED_RUN_CHARS of JSON is
 * kept whole; a larger one keeps its first requests, findings and decisions, and says so.
 */
export const MAX_STORED_RUN_CHARS = 200_000;
const KEPT_FINDINGS = 100;
const KEPT_DECISIONS = 200;

function sizeOf(value: unknown): number {
  return JSON.stringify(value).length;
}

/**
 * The run as stored, and `note`, a sentence saying what was left out (null when nothing was): the
 * caller shows it with the stored run. Not a finding: the run itself found nothing new.
 */
export function summarizeRun(run: DryRun): { run: DryRun; note: string | null } {
  if (sizeOf(run) <= MAX_STORED_RUN_CHARS) return { run, note: null };
  const budget = MAX_STORED_RUN_CHARS / 2;
  let used = 0;
  let kept = 0;
  for (const request of run.requests) {
    used += sizeOf(request);
    if (used > budget) break;
    kept++;
  }
  const note = `stored copy: first ${kept} of ${run.requests.length} requests; run it again to see all`;
  const summary: DryRun = {
    ...run,
    requests: run.requests.slice(0, kept),
    postbacks: run.postbacks.filter((p) => p.request < kept),
    affiliatePostbacks: run.affiliatePostbacks.slice(0, KEPT_DECISIONS).map((decision) => ({
      ...decision,
      request: null,
      requestIndex:
        decision.requestIndex !== null && decision.requestIndex < kept
          ? decision.requestIndex
          : null,
    })),
    findings: run.findings.slice(0, KEPT_FINDINGS),
  };
  return { run: summary, note };
}
