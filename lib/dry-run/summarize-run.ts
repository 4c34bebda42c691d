import type { Finding } from '../findings';
import type { DryRun } from './result';
import { dryRunFinding } from './rules';

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

/** The run as stored; `trimmed` tells whether anything was left out. */
export function summarizeRun(run: DryRun): { run: DryRun; trimmed: boolean } {
  if (sizeOf(run) <= MAX_STORED_RUN_CHARS) return { run, trimmed: false };
  const budget = MAX_STORED_RUN_CHARS / 2;
  let used = 0;
  let kept = 0;
  for (const request of run.requests) {
    used += sizeOf(request);
    if (used > budget) break;
    kept++;
  }
  const note: Finding = dryRunFinding(
    'dry-run-limit-reached',
    `This stored copy keeps ${kept} of ${run.requests.length} requests and the first ${KEPT_FINDINGS} findings, to fit the browser's storage. Run the scenario again to see everything.`,
    'requests',
  );
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
    findings: [note, ...run.findings.slice(0, KEPT_FINDINGS)],
  };
  return { run: summary, trimmed: true };
}
