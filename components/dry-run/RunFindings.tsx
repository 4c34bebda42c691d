import type { Finding } from '@/lib/core/findings';

/** Findings with their severity spelled out, not only coloured; code and path behind "Details". */
export function RunFindings({
  findings,
  compact,
}: {
  findings: readonly Finding[];
  compact?: boolean;
}) {
  if (findings.length === 0) return compact ? null : <p class="pb-muted">No findings.</p>;
  return (
    <ul class="pbd-findings">
      {findings.map((f, i) => (
        <li key={i} class={`pbd-finding pbd-${f.severity}`} data-code={f.code}>
          <strong class="pbd-severity">{f.severity}</strong>{' '}
          <span class="pbd-message">{f.message}</span>
          {/* The rule's code and where it applies are for support, not the first read. */}
          <details class="pbd-where">
            <summary>Details</summary>
            <code>{f.code}</code> at <code>{f.path}</code>
          </details>
        </li>
      ))}
    </ul>
  );
}
