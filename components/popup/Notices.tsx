/** Problems that concern no single field: unreadable stored data, failed messages. */
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
      {problems.map((problem, index) => (
        <div class="pb-notice pb-warning pb-row" key={`${index}-${problem}`} data-notice>
          <span style={{ flex: 1 }}>{problem}</span>
          <button type="button" class="pb-button pb-small" onClick={() => onDismiss(index)}>
            Dismiss
          </button>
        </div>
      ))}
    </div>
  );
}
