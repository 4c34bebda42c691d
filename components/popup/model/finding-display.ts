import type { Severity } from '@/lib/findings';
import type { TargetedFinding } from './finding-targets';

/**
 * How a finding is shown. `todo`: something not done yet rather than done wrong (an event token
 * not typed yet), neutral until the user copies or fills, when it becomes the error it is.
 */
export type DisplaySeverity = Severity | 'todo';

/** Findings that only say a step is still open. */
const STEPS_LEFT: ReadonlySet<string> = new Set(['goal-without-token', 'no-callbacks']);

export function displaySeverity(finding: TargetedFinding, attempted: boolean): DisplaySeverity {
  return !attempted && STEPS_LEFT.has(finding.code) ? 'todo' : finding.severity;
}

/** Errors that make the link wrong now: steps left open are not counted until the user acts. */
export function shownErrors(
  findings: readonly TargetedFinding[],
  attempted: boolean,
): TargetedFinding[] {
  return findings.filter((f) => displaySeverity(f, attempted) === 'error');
}
