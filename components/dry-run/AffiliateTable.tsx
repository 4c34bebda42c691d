import { STATUS_NAMES } from '@/lib/affise/conversion-status';
import type { AffiliatePostbackDecision, DryRun } from '@/lib/dry-run/result';
import { isSampleAffiliateRule } from '@/lib/dry-run/sample-affiliate-rule';
import type { AffiliatePostbackRule } from '@/lib/dry-run/scenario';
import { TableHead } from './TableHead';

function DecisionRow({
  run,
  decision: a,
  rule,
}: {
  run: DryRun;
  decision: AffiliatePostbackDecision;
  rule: AffiliatePostbackRule | undefined;
}) {
  const change = run.conversionChanges[a.change];
  const conversion = run.conversions[a.conversion];
  return (
    <tr class={a.sent ? 'pbd-sent' : 'pbd-skipped'}>
      <th scope="row">
        {a.rule + 1}
        {rule && isSampleAffiliateRule(rule) && <span class="pbd-sample"> (sample)</span>}
      </th>
      <td>
        {conversion ? `#${a.conversion + 1} ${conversion.goal}` : ''}
        {change
          ? `: ${change.kind === 'created' ? 'created' : 'changed'} as ${change.status} ${STATUS_NAMES[change.status]}`
          : ''}
      </td>
      <td>
        <strong>{a.sent ? 'Sent' : 'Skipped'}</strong>
      </td>
      <td>{a.reason}</td>
      <td>
        {a.request ? (
          <code class="pbd-value">
            {a.request.method} {a.request.url}
            {a.request.body ? ` body: ${a.request.body}` : ''}
          </code>
        ) : (
          '—'
        )}
      </td>
    </tr>
  );
}

/** One row per rule × conversion change: sent with the request, or skipped with why. */
export function AffiliateTable({
  run,
  rules,
}: {
  run: DryRun;
  /** The scenario's rules, to label the samples among them. */
  rules: readonly AffiliatePostbackRule[];
}) {
  if (run.affiliatePostbacks.length === 0) {
    return (
      <p class="pb-muted">
        No affiliate postback was considered: no rule, or no conversion changed.
      </p>
    );
  }
  return (
    <table class="pbd-table pbd-affiliate" aria-label="Affiliate postbacks">
      <TableHead columns={['Rule', 'Conversion change', 'Result', 'Why', 'Request']} />
      <tbody>
        {run.affiliatePostbacks.map((decision, i) => (
          <DecisionRow key={i} run={run} decision={decision} rule={rules[decision.rule]} />
        ))}
      </tbody>
    </table>
  );
}
