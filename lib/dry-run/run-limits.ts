import { dryRunFinding } from '../catalog/dry-run-rules';
import type { Finding } from '../core/findings';
import type { MacroResolver } from './fill-macros';
import type { DryRun } from './result';

/**
 * How much one dry-run may produce. A scenario inside every field limit can still multiply: 100
 * rules × 1,000 status changes, or a 16 kB template whose 2,000 macros each take a 4 kB value. The
 * run stops at these caps with a `dry-run-limit-reached` finding instead of growing, so its work
 * and output stay within a constant factor of a 1 MB input (README, "Limits").
 */
export const RUN_LIMITS = {
  /** Requests plus affiliate-postback decisions in one run. */
  entries: 5_000,
  /** Characters of every request's URL and body together. */
  requestChars: 1_000_000,
  /** Parameters and macro substitutions of every request together (each is a line of the output). */
  requestParts: 20_000,
  /** Characters macro values may add to one URL or body (before percent-encoding). */
  filledChars: 65_536,
  /** Findings listed in the result; the rest are counted in one closing finding. */
  findings: 500,
} as const;

/** Thrown by a cap; runScenario catches it and returns what ran so far with `finding`. */
export class RunLimitReached extends Error {
  constructor(readonly finding: Finding) {
    super(finding.message);
    this.name = 'RunLimitReached';
  }
}

function stop(message: string, path: string): never {
  throw new RunLimitReached(dryRunFinding('dry-run-limit-reached', message, path));
}

export interface RunBudget {
  entries: number;
  requestChars: number;
  requestParts: number;
}

export function createRunBudget(): RunBudget {
  return { entries: 0, requestChars: 0, requestParts: 0 };
}

/** Counts one request against the run's caps; throws RunLimitReached when it would pass one. */
export function admitRequest(
  budget: RunBudget,
  request: { url: string; body: string | null; params: unknown[]; substitutions: unknown[] },
  path: string,
): void {
  admitEntry(budget, path);
  budget.requestChars += request.url.length + (request.body?.length ?? 0);
  budget.requestParts += request.params.length + request.substitutions.length;
  if (
    budget.requestChars > RUN_LIMITS.requestChars ||
    budget.requestParts > RUN_LIMITS.requestParts
  ) {
    stop(
      `The run stopped here: its requests passed ${RUN_LIMITS.requestChars.toLocaleString('en')} characters or ${RUN_LIMITS.requestParts.toLocaleString('en')} parameters in all. Shorten the postback URLs or run fewer activities and rules at once.`,
      path,
    );
  }
}

/** Counts one affiliate-postback decision (sent or skipped) against the run's caps. */
export function admitEntry(budget: RunBudget, path: string): void {
  budget.entries += 1;
  if (budget.entries > RUN_LIMITS.entries) {
    stop(
      `The run stopped here: it reached ${RUN_LIMITS.entries.toLocaleString('en')} requests and affiliate-postback decisions. Split the activities or the affiliate rules into smaller scenarios.`,
      path,
    );
  }
}

/**
 * The resolver of one fill, counting what its values add: a template with thousands of macros
 * cannot turn a few kilobytes of scenario into megabytes of one URL.
 */
export function limitResolver(resolve: MacroResolver, where: string): MacroResolver {
  let added = 0;
  return (name) => {
    const resolved = resolve(name);
    added += resolved?.value?.length ?? 0;
    if (added > RUN_LIMITS.filledChars) {
      stop(
        `The run stopped here: the macros of ${where} fill in more than ${RUN_LIMITS.filledChars.toLocaleString('en')} characters. Use fewer macros, or shorter values for them.`,
        where,
      );
    }
    return resolved;
  };
}

/** The first RUN_LIMITS.findings findings, and one more saying how many were left out. */
export function capFindings(findings: Finding[]): Finding[] {
  if (findings.length <= RUN_LIMITS.findings) return findings;
  const left = findings.length - RUN_LIMITS.findings;
  return [
    ...findings.slice(0, RUN_LIMITS.findings),
    dryRunFinding(
      'dry-run-limit-reached',
      `${left.toLocaleString('en')} more findings are not listed: a run lists at most ${RUN_LIMITS.findings} findings. Fix the ones above and run it again.`,
      'findings',
    ),
  ];
}

/** The result of a run stopped before its click was issued: no request, only the reason. */
export function stoppedRun(finding: Finding, trackingLink: DryRun['trackingLink']): DryRun {
  return {
    version: 1,
    clickId: '',
    trackingLink,
    requests: [],
    conversions: [],
    conversionChanges: [],
    postbacks: [],
    affiliatePostbacks: [],
    findings: [finding],
    summary: {
      requests: 0,
      conversions: 0,
      affiliateSent: 0,
      affiliateSkipped: 0,
      errors: finding.severity === 'error' ? 1 : 0,
      warnings: finding.severity === 'warning' ? 1 : 0,
    },
  };
}
