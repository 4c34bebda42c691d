import type { StoredDryRun } from '@/lib/messages/dry-run';

export interface RunHistoryProps {
  runs: readonly StoredDryRun[];
  selected: string | null;
  onSelect: (run: StoredDryRun) => void;
  onClear: () => void;
}

/** The last runs kept by the background (newest first). */
export function RunHistory({ runs, selected, onSelect, onClear }: RunHistoryProps) {
  if (runs.length === 0) return <p class="pb-muted">No stored runs yet.</p>;
  return (
    <div>
      <ul class="pbd-history">
        {runs.map((r) => (
          <li key={r.id}>
            <button
              type="button"
              class="pb-button pb-link"
              aria-current={r.id === selected ? 'true' : undefined}
              onClick={() => onSelect(r)}
            >
              {r.label}
            </button>{' '}
            <span class="pb-muted">
              {r.run.summary.requests} requests, {r.run.summary.conversions} conversions,{' '}
              {r.run.summary.errors} errors
            </span>
          </li>
        ))}
      </ul>
      <button type="button" class="pb-button pb-small" onClick={onClear}>
        Clear stored runs
      </button>
    </div>
  );
}
