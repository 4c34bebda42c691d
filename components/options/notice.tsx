/**
 * The options page's one status notice: a sentence that is either an error (read out at once, as
 * an alert) or a confirmation (a polite status). Every section shows its outcome through it.
 */
export type Notice = { kind: 'error' | 'ok'; text: string } | null;

export const okNotice = (text: string): Notice => ({ kind: 'ok', text });
export const errorNotice = (text: string): Notice => ({ kind: 'error', text });

export function NoticeLine({ notice }: { notice: Notice }) {
  if (!notice) return null;
  return (
    <p
      class={notice.kind === 'error' ? 'po-notice po-notice-error' : 'po-notice po-notice-ok'}
      role={notice.kind === 'error' ? 'alert' : 'status'}
    >
      {notice.text}
    </p>
  );
}

/** The "type an entry, press Add" row under a list of origins (admin domains, Encoding tool sites). */
export function AddEntryForm({
  inputId,
  label,
  placeholder,
  button,
  draft,
  onDraft,
  onAdd,
}: {
  inputId: string;
  label: string;
  placeholder: string;
  button: string;
  draft: string;
  onDraft: (value: string) => void;
  onAdd: (event: Event) => void;
}) {
  return (
    <form class="po-row" onSubmit={onAdd}>
      <label for={inputId}>{label}</label>
      <input
        id={inputId}
        type="text"
        inputMode="url"
        autoComplete="off"
        spellcheck={false}
        placeholder={placeholder}
        value={draft}
        onInput={(event) => onDraft(event.currentTarget.value)}
      />
      <button type="submit" class="po-button">
        {button}
      </button>
    </form>
  );
}

/** The first problem zod found with a typed entry, as one sentence naming the entry. */
export function draftProblem(
  draft: string,
  issues: readonly { message: string }[],
  fallback: string,
) {
  return `"${draft.trim()}": ${issues[0]?.message ?? fallback}.`;
}
