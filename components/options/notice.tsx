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

/** The first problem zod found with a typed entry, as one sentence naming the entry. */
export function draftProblem(
  draft: string,
  issues: readonly { message: string }[],
  fallback: string,
) {
  return `"${draft.trim()}": ${issues[0]?.message ?? fallback}.`;
}
