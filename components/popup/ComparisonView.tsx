import type { GeneratedComparison } from '@/lib/adjust/compare-generated';
import type { Finding } from '@/lib/findings';

const VERDICT: Record<
  GeneratedComparison['verdict'],
  { title: string; tone: 'ok' | 'warning' | 'error' }
> = {
  identical: { title: 'Adjust’s output equals Postbridge’s link', tone: 'ok' },
  equivalent: { title: 'Adjust’s output is equivalent to Postbridge’s link', tone: 'ok' },
  different: { title: 'Adjust’s output differs from Postbridge’s link', tone: 'error' },
  'no-output': { title: 'Adjust’s tool produced no output', tone: 'warning' },
};

/** Adjust's generated URL against ours: equal, or each difference in words and values. */
export function ComparisonView({
  comparison,
  findings,
}: {
  comparison: GeneratedComparison;
  findings: readonly Finding[];
}) {
  const verdict = VERDICT[comparison.verdict];
  return (
    <div class={`pb-notice pb-${verdict.tone}`} data-comparison={comparison.verdict}>
      <h3>{verdict.title}</h3>
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
                  Postbridge: <del class="pb-code">{difference.ours.decoded}</del>
                </div>
              )}
              {difference.adjust?.decoded != null && (
                <div>
                  Adjust: <ins class="pb-code">{difference.adjust.decoded}</ins>
                </div>
              )}
            </li>
          ))}
        </ul>
      )}
      {comparison.adjust !== null && comparison.verdict !== 'identical' && (
        <details class="pb-details">
          <summary>Both links</summary>
          <div class="pb-muted">Postbridge</div>
          <code class="pb-code">{comparison.ours}</code>
          <div class="pb-muted">Adjust’s “Generated URLs”</div>
          <code class="pb-code" data-adjust-generated>
            {comparison.adjust}
          </code>
        </details>
      )}
      {findings.map((finding, index) => (
        <p key={`${index}-${finding.code}`} class={`pb-finding pb-${finding.severity}`}>
          {finding.message}
        </p>
      ))}
    </div>
  );
}
