import type { DryRun } from '@/lib/dry-run/result';
import { formatScenarioClock } from '@/lib/dry-run/scenario-time';

export function ConversionsTable({ run }: { run: DryRun }) {
  if (run.conversions.length === 0) return <p class="pb-muted">Affise registered no conversion.</p>;
  return (
    <table class="pbd-table" aria-label="Conversions">
      <thead>
        <tr>
          <th scope="col">#</th>
          <th scope="col">Goal</th>
          <th scope="col">Status</th>
          <th scope="col">Action id</th>
          <th scope="col">Revenue</th>
          <th scope="col">Payout</th>
          <th scope="col">Integration</th>
          <th scope="col">Created (scenario clock)</th>
        </tr>
      </thead>
      <tbody>
        {run.conversions.map((c, i) => (
          <tr key={c.id}>
            <th scope="row">{i + 1}</th>
            <td>{c.goal}</td>
            <td>
              {c.status} {c.statusName}
              {c.comment ? ` (${c.comment})` : ''}
            </td>
            <td>
              <code class="pbd-value">{c.actionId}</code>
            </td>
            <td>
              {c.revenue} {c.currency}
            </td>
            <td>
              {c.payout} {c.currency}
            </td>
            <td>{c.integration}</td>
            <td>{formatScenarioClock(c.createdAt)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
