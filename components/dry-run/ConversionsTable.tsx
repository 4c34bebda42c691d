import type { DryRun } from '@/lib/dry-run/result';
import { formatScenarioClock } from '@/lib/dry-run/scenario-time';
import { TableHead } from './TableHead';

const CONVERSION_COLUMNS = [
  '#',
  'Goal',
  'Status',
  'Action id',
  'Revenue',
  'Payout',
  'Integration',
  'Created (scenario clock)',
];

export function ConversionsTable({ run }: { run: DryRun }) {
  if (run.conversions.length === 0) return <p class="pb-muted">Affise registered no conversion.</p>;
  return (
    <table class="pbd-table" aria-label="Conversions">
      <TableHead columns={CONVERSION_COLUMNS} />
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
