import type { DryRun, DryRunRequest } from '@/lib/dry-run/result';
import { elapsedSince, formatScenarioClock } from '@/lib/dry-run/scenario-time';
import { RunFindings } from './RunFindings';
import { TableHead } from './TableHead';

const HOP_LABEL: Record<DryRunRequest['hop'], string> = {
  click: 'Click',
  redirect: 'Redirect',
  'adjust-callback': 'Adjust → Affise',
  'advertiser-postback': 'Advertiser → Affise',
  'affiliate-postback': 'Affise → affiliate',
  internal: 'No request',
};

function worst(request: DryRunRequest): 'error' | 'warning' | null {
  if (request.findings.some((f) => f.severity === 'error')) return 'error';
  if (request.findings.some((f) => f.severity === 'warning')) return 'warning';
  return null;
}

function ParamsTable({ params }: { params: DryRunRequest['params'] }) {
  if (params.length === 0) return null;
  return (
    <details class="pbd-details">
      <summary>Parameters ({params.length})</summary>
      <table class="pbd-table">
        <TableHead columns={['Parameter', 'As sent', 'As the server reads it']} />
        <tbody>
          {params.map((p, i) => (
            <tr key={i}>
              <th scope="row">
                <code>{p.name}</code>
              </th>
              <td>
                <code class="pbd-value">{p.raw ?? '(no value)'}</code>
              </td>
              <td>
                <code class="pbd-value">{p.value ?? '(no value)'}</code>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}

function SubstitutionsTable({ substitutions }: { substitutions: DryRunRequest['substitutions'] }) {
  if (substitutions.length === 0) return null;
  return (
    <details class="pbd-details">
      <summary>Substituted ({substitutions.length})</summary>
      <table class="pbd-table">
        <TableHead columns={['Macro', 'Filled by', 'Value', 'Written', 'Where']} />
        <tbody>
          {substitutions.map((s, i) => (
            <tr key={i} class={s.value === null ? 'pbd-dropped' : undefined}>
              <th scope="row">
                <code>{`{${s.macro}}`}</code>
              </th>
              <td>{s.system}</td>
              <td>
                {s.value === null ? (
                  <em>no data: dropped</em>
                ) : (
                  <code class="pbd-value">{s.value}</code>
                )}
              </td>
              <td>
                <code class="pbd-value">{s.written || '""'}</code>
              </td>
              <td>{s.where}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}

function RequestItem({
  request,
  index,
  start,
}: {
  request: DryRunRequest;
  index: number;
  start: string;
}) {
  const level = worst(request);
  return (
    <li
      class={`pbd-hop pbd-hop-${request.hop}${level ? ` pbd-has-${level}` : ''}`}
      data-hop={request.hop}
    >
      <div class="pbd-hop-head">
        <span class="pbd-hop-number">{index + 1}</span>
        <span class="pbd-badge">{HOP_LABEL[request.hop]}</span>
        <strong class="pbd-method">{request.method}</strong>
        <span class="pbd-hop-title">{request.title}</span>
        {level && (
          <span class={`pbd-flag pbd-${level}`}>{level === 'error' ? 'Error' : 'Warning'}</span>
        )}
        <span class="pb-muted pbd-time" title={formatScenarioClock(request.at)}>
          {elapsedSince(start, request.at)} · {formatScenarioClock(request.at)}
        </span>
      </div>
      {request.url !== '' && <code class="pbd-url">{request.url}</code>}
      {request.body !== null && (
        <div>
          <span class="pb-muted">Body ({request.contentType}):</span>{' '}
          <code class="pbd-url">{request.body}</code>
        </div>
      )}
      {request.outcome && <p class="pbd-outcome">{request.outcome}</p>}
      <RunFindings findings={request.findings} compact />
      <ParamsTable params={request.params} />
      <SubstitutionsTable substitutions={request.substitutions} />
    </li>
  );
}

/**
 * Every request of the chain in order; none of them was sent. Times are on the scenario's clock:
 * how long after the click (`start`), and the instant.
 */
export function RunTimeline({ run, start }: { run: DryRun; start: string }) {
  return (
    <ol class="pbd-timeline" aria-label="Requests in order">
      {run.requests.map((request, i) => (
        <RequestItem key={i} request={request} index={i} start={start} />
      ))}
    </ol>
  );
}
