/** The first sentence of a problem is said; the rest (stored keys, schema paths) is behind "Details". */
function splitProblem(problem: string): { plain: string; detail: string } {
  const end = problem.search(/\.\s/);
  return end < 0
    ? { plain: problem, detail: '' }
    : { plain: problem.slice(0, end + 1), detail: problem.slice(end + 2).trim() };
}

/** Problems that concern no single field: unreadable stored data, failed saves. */
export function Notices({
  problems,
  onDismiss,
}: {
  problems: readonly string[];
  onDismiss: (index: number) => void;
}) {
  if (problems.length === 0) return null;
  return (
    <div role="alert">
      {problems.map((problem, index) => {
        const { plain, detail } = splitProblem(problem);
        return (
          <div class="pb-notice pb-warning pb-row" key={`${index}-${problem}`} data-notice>
            <span style={{ flex: 1 }}>
              {plain}
              {detail && (
                <details class="pb-details pb-finding-details">
                  <summary>Details</summary>
                  {detail}
                </details>
              )}
            </span>
            <button type="button" class="pb-button pb-small" onClick={() => onDismiss(index)}>
              Dismiss
            </button>
          </div>
        );
      })}
    </div>
  );
}
