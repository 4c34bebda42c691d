import { useState } from 'preact/hooks';
import { errorMessage } from '@/lib/core/error-message';
import { TEACH_MESSAGES } from '@/lib/messages/teach';
import { type TeachableField, teachableField } from '@/lib/teach/teachable-fields';
import { sendRequest } from '@/utils/send-request';

/** Starts pick mode in the tab for one field; says what to do next, or why it cannot. */
export function useTeach(tabId: number | null) {
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const teach = async (field: TeachableField) => {
    if (tabId === null) return;
    try {
      const outcome = await sendRequest(TEACH_MESSAGES, { type: 'startTeach', tabId, field });
      setMessage({ ok: outcome.ok, text: outcome.message });
    } catch (error) {
      setMessage({ ok: false, text: errorMessage(error) });
    }
  };
  return { message, teach };
}

/** "Show me where it is" for one field: a small button that starts pick mode for it. */
export function ShowMeWhereButton({
  field,
  onTeach,
  disabled,
}: {
  field: TeachableField;
  onTeach: (field: TeachableField) => void;
  disabled?: boolean;
}) {
  const name = teachableField(field)?.name ?? field;
  return (
    <button
      type="button"
      class="pb-button pb-small"
      data-action="show-me-where"
      data-field={field}
      aria-label={`Show me where it is: ${name}`}
      disabled={disabled}
      onClick={() => onTeach(field)}
    >
      Show me where it is
    </button>
  );
}

export function TeachMessage({ message }: { message: { ok: boolean; text: string } | null }) {
  if (!message) return null;
  return (
    <p class={message.ok ? 'pb-notice pb-ok' : 'pb-notice pb-error'} data-teach-message>
      {message.text}
    </p>
  );
}
