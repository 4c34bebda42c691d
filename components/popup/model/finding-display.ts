import type { Severity } from '@/lib/core/findings';
import type { TargetedFinding } from './finding-targets';
import { isEmptyFieldFinding, type PlainContext } from './plain-messages';

/**
 * How a finding is shown. `todo`: a step not done yet rather than something done wrong (an event
 * token not typed, an empty field): neutral until the user copies or fills, when it becomes the
 * error it is.
 */
export type DisplaySeverity = Severity | 'todo';

/** Findings that only say a step is still open. */
const STEPS_LEFT: ReadonlySet<string> = new Set(['goal-without-token', 'no-callbacks']);

export function displaySeverity(
  finding: TargetedFinding,
  attempted: boolean,
  context: PlainContext,
): DisplaySeverity {
  if (attempted) return finding.severity;
  return STEPS_LEFT.has(finding.code) || isEmptyFieldFinding(finding, context)
    ? 'todo'
    : finding.severity;
}
