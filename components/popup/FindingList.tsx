import type { Rule } from '@/lib/catalog/rules';
import { ownEntry } from '@/lib/core/own-entry';
import { useFindingDisplay } from './finding-display-context';
import { type DisplaySeverity, displaySeverity } from './model/finding-display';
import type { TargetedFinding } from './model/finding-targets';
import { plainMessage } from './model/plain-messages';
import type { QuickFix, QuickFixAction } from './quick-fixes';
import { lazyModule } from './use-lazy-module';

/** What each finding means and its source, for "Details" only. */
const useRuleCatalogue = lazyModule('the finding catalogue', () => import('@/lib/catalog/rules'));

const SEVERITY_LABEL: Record<DisplaySeverity, string> = {
  error: 'Error',
  warning: 'Warning',
  info: 'Note',
  todo: 'To do',
};

export interface FindingListProps {
  findings: readonly TargetedFinding[];
  fixesFor: (finding: TargetedFinding) => QuickFix[];
  onFix: (action: QuickFixAction) => void;
  /** Lets a field point at its findings with aria-describedby. */
  id?: string;
}

/**
 * Findings next to the field they concern, errors first (the engine sorts them): one plain
 * sentence and its quick fixes; the engine's message, code and rule stay behind "Details".
 */
export function FindingList({ findings, fixesFor, onFix, id }: FindingListProps) {
  const display = useFindingDisplay();
  if (findings.length === 0) return null;
  return (
    <ul class="pb-findings" id={id}>
      {findings.map((finding) => {
        const severity = displaySeverity(finding, display.attempted, display.plain);
        return (
          <li
            key={finding.id}
            id={finding.id}
            class={`pb-finding pb-${severity}`}
            data-code={finding.code}
            data-severity={severity}
            tabIndex={-1}
          >
            <span class="pb-severity">{SEVERITY_LABEL[severity]}:</span>{' '}
            <span data-plain>{plainMessage(finding, display.plain)}</span>
            <QuickFixButtons fixes={fixesFor(finding)} onFix={onFix} />
            <FindingDetails finding={finding} />
          </li>
        );
      })}
    </ul>
  );
}

/** What the engine said, for whoever wants to know exactly (or to file a ticket). */
function FindingDetails({ finding }: { finding: TargetedFinding }) {
  const catalogue = useRuleCatalogue();
  const rule = catalogue ? ownEntry<Rule>(catalogue.RULES, finding.code) : undefined;
  return (
    <details class="pb-details pb-finding-details">
      <summary>Details</summary>
      <p data-engine-message>{finding.message}</p>
      <p class="pb-muted">
        Code <code>{finding.code}</code>
        {finding.path ? (
          <>
            {' '}
            at <code>{finding.path}</code>
          </>
        ) : null}
        {rule ? `. ${rule.description} ` : '. '}
        {rule?.source && (
          <a href={rule.source} target="_blank" rel="noreferrer">
            Source
          </a>
        )}
      </p>
    </details>
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
    <span class="pb-fixes">
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
    </span>
  );
}
