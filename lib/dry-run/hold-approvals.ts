import { STATUS_NAMES } from '../affise/conversion-status';
import { dryRunFinding } from '../catalog/dry-run-rules';
import type { AffiseState } from './affise-postback';
import { type Instant, isoTime } from './clock';
import type { DryRunRequest } from './result';

/**
 * Affise approves Hold conversions when the offer's hold period expires (articles 6538245,
 * 4142439). The run asks for the approvals due before each activity and, at its end, for all the
 * rest, so every approval and the affiliate postbacks it causes appear in the timeline.
 */

/** Conversions still on Hold whose approval falls at or before `until` (all when null), earliest first. */
export function dueHoldApprovals(state: AffiseState, until: Instant | null): number[] {
  const due: { index: number; at: Instant }[] = [];
  state.conversions.forEach((c, index) => {
    if (c.status !== 5 || c.approvesAt === undefined) return;
    const at = Date.parse(c.approvesAt);
    if (until === null || at <= until) due.push({ index, at });
  });
  return due.sort((a, b) => a.at - b.at || a.index - b.index).map((d) => d.index);
}

/** The timeline entry for one approval: no request, something Affise does on its own. */
export function holdApprovalEntry(state: AffiseState, index: number): DryRunRequest {
  const c = state.conversions[index];
  const at = c?.approvesAt ?? '';
  const finding = dryRunFinding(
    'dry-run-hold-approved',
    `Conversion ${c?.id ?? ''} (goal ${c?.goal ?? ''}) was registered as Hold; the offer's hold period ended and Affise approved it at its next 15-minute check, ${at}.`,
    'offer.holdPeriod',
  );
  return {
    hop: 'internal',
    method: null,
    url: '',
    body: null,
    contentType: null,
    at,
    title: `Hold period over: Affise approves conversion ${c?.id ?? ''} (goal ${c?.goal ?? ''})`,
    activity: null,
    params: [],
    substitutions: [],
    findings: [finding],
    outcome: 'Status changed from 5 (hold) to 1 (approved). No request: Affise does this itself.',
  };
}

/** Hold → approved; returns the index of the conversion change. */
export function approveHold(state: AffiseState, index: number, request: number): number {
  const c = state.conversions[index];
  if (!c) return -1;
  c.status = 1;
  c.statusName = STATUS_NAMES[1];
  state.changes.push({
    conversion: index,
    kind: 'status-changed',
    from: 5,
    status: 1,
    at: c.approvesAt ?? isoTime(0),
    request,
  });
  return state.changes.length - 1;
}
