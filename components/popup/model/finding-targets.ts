import type { Finding } from '@/lib/core/findings';

/** Where a finding is shown: next to an offer field, on a goal row, or in the general list. */
export type FindingTarget =
  | { kind: 'field'; field: 'trackingUrl' | 'postbackUrl' | 'linkKind' }
  | { kind: 'goal'; goal: string }
  | { kind: 'general' };

const EVENT_PATH = /^events\[(\d+)\]/;

export function findingTarget(
  path: string,
  eventGoals: readonly string[],
  installGoal: string | null,
): FindingTarget {
  if (path === 'adjustLink') return { kind: 'field', field: 'trackingUrl' };
  if (path === 'postbackUrl') return { kind: 'field', field: 'postbackUrl' };
  if (path === 'linkKind') return { kind: 'field', field: 'linkKind' };
  if (path.startsWith('install') && installGoal !== null)
    return { kind: 'goal', goal: installGoal };
  const event = EVENT_PATH.exec(path);
  const goal = event ? eventGoals[Number(event[1])] : undefined;
  if (goal !== undefined) return { kind: 'goal', goal };
  return { kind: 'general' };
}

export interface TargetedFinding extends Finding {
  target: FindingTarget;
  /** Stable across renders, for keys and for the anchor the error summary links to. */
  id: string;
}

export function targetFindings(
  findings: readonly Finding[],
  eventGoals: readonly string[],
  installGoal: string | null,
): TargetedFinding[] {
  return findings.map((finding, index) => ({
    ...finding,
    target: findingTarget(finding.path, eventGoals, installGoal),
    id: `finding-${index}-${finding.code}`,
  }));
}

export function findingsFor(
  findings: readonly TargetedFinding[],
  match: (target: FindingTarget) => boolean,
): TargetedFinding[] {
  return findings.filter((f) => match(f.target));
}
