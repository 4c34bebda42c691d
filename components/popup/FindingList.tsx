import type { TargetedFinding } from './model/finding-targets';
import type { QuickFix, QuickFixAction } from './quick-fixes';

const SEVERITY_LABEL = { error: 'Error', warning: 'Warning', info: 'Note' } as const;

export interface FindingListProps {
  findings: readonly TargetedFinding[];
  fixesFor: (finding: TargetedFinding) => QuickFix[];
  onFix: (action: QuickFixAction) => void;
  /** Lets a field point at its findings with aria-describedby. */
  id?: string;
}

/** Findings next to the field they concern, errors first (the engine sorts them). */
export function FindingList({ findings, fixesFor, onFix, id }: FindingListProps) {
  if (findings.length === 0) return null;
  return (
    <ul class="pb-findings" id={id}>
      {findings.map((finding) => (
        <li
          key={finding.id}
          id={finding.id}
          class={`pb-finding pb-${finding.severity}`}
          data-code={finding.code}
          tabIndex={-1}
        >
          <span class="pb-severity">{SEVERITY_LABEL[finding.severity]}:</span>
          {finding.message}
          <QuickFixButtons fixes={fixesFor(finding)} onFix={onFix} />
        </li>
      ))}
    </ul>
  );
}

function QuickFixButtons({
  fixes,
  onFix,
}: {
  fixes: QuickFix[];
  onFix: (action: QuickFixAction) => void;
}) {
  if (fixes.length === 0) return null;
  return (
    <div class="pb-fixes">
      {fixes.map((fix) => (
        <button
          key={fix.label}
          type="button"
          class="pb-button pb-small"
          title={fix.detail}
          data-quick-fix={fix.label}
          onClick={() => onFix(fix.action)}
        >
          {fix.label}
        </button>
      ))}
    </div>
  );
}
