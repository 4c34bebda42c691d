import type { Finding } from '@/lib/core/findings';
import { CopyButton } from './CopyButton';
import { fillVerdict } from './model/fill-verdict';
import type { GuardedCopy } from './use-guarded-copy';
import type { FillDone } from './use-page-actions';

export interface FillResultProps {
  done: FillDone;
  copy: GuardedCopy;
  onShowTab: (tabId: number) => void;
}

/**
 * After filling Adjust's Encoding tool: one verdict naming the link to use, with its Copy button.
 * How Adjust's output compares, parameter by parameter, is behind "Details".
 */
export function FillResult({ done, copy, onShowTab }: FillResultProps) {
  const { comparison } = done;
  const verdict = fillVerdict(comparison);
  return (
    <div
      class={`pb-notice pb-${verdict.tone}`}
      data-comparison={comparison.verdict}
      data-fill-verdict={verdict.tone}
    >
      <h3>{verdict.headline}</h3>
      {/* The link to use is the final link shown above: named and copied here, not printed again. */}
      <div class="pb-row" data-output="fill-link">
        <CopyButton
          what="the link to use"
          primary
          copied={copy.copied === 'fill-link'}
          onCopy={() =>
            copy.request({ key: 'fill-link', what: 'the link to use', text: verdict.link })
          }
        >
          {verdict.use === 'postbridge' ? 'Copy Postbridge’s link' : 'Copy Adjust’s link'}
        </CopyButton>
        {done.toolTab !== null && (
          <button type="button" class="pb-button" onClick={() => onShowTab(done.toolTab ?? 0)}>
            Show the Adjust tab
          </button>
        )}
      </div>
      <ComparisonDetails done={done} />
    </div>
  );
}

function FindingLines({ findings }: { findings: readonly Finding[] }) {
  return (
    <>
      {findings.map((finding, index) => (
        <p key={`${index}-${finding.code}`} class={`pb-finding pb-${finding.severity}`}>
          {finding.message}
        </p>
      ))}
    </>
  );
}

function ComparisonDetails({ done }: { done: FillDone }) {
  const { comparison } = done;
  return (
    <details class="pb-details">
      <summary>Details</summary>
      <p>{comparison.summary}</p>
      {comparison.notes.length > 0 && (
        <ul>
          {comparison.notes.map((note) => (
            <li key={note}>{note}</li>
          ))}
        </ul>
      )}
      {comparison.differences.length > 0 && (
        <ul class="pb-diff" data-differences>
          {comparison.differences.map((difference, index) => (
            <li key={`${index}-${difference.param}`}>
              {difference.message}
              {difference.ours?.decoded != null && (
                <div>
                  Postbridge: <code class="pb-code">{difference.ours.decoded}</code>
                </div>
              )}
              {difference.adjust?.decoded != null && (
                <div>
                  Adjust: <code class="pb-code">{difference.adjust.decoded}</code>
                </div>
              )}
            </li>
          ))}
        </ul>
      )}
      {comparison.adjust !== null && (
        <>
          <div class="pb-muted">Adjust’s “Generated URLs”</div>
          <code class="pb-code" data-adjust-generated>
            {comparison.adjust}
          </code>
        </>
      )}
      <FindingLines findings={done.findings} />
    </details>
  );
}
