import type { Finding } from '@/lib/core/findings';
import { teachableField } from '@/lib/teach/teachable-fields';
import { ShowMeWhereButton, TeachMessage, useTeach } from './ShowMeWhere';
import { fillerFieldsToTeach } from './teach-fields';

/**
 * Under a failed "Fill Adjust Encoding tool": one "Show me where it is" per field the filler could
 * not find (or whose taught place is gone), so the user can point at it and fill again.
 */
export function TeachFromFailure({
  tabId,
  findings,
}: {
  tabId: number | null;
  findings: Finding[];
}) {
  const { message, teach } = useTeach(tabId);
  const fields = fillerFieldsToTeach(findings);
  if (fields.length === 0) return null;
  return (
    <div data-teach-from-failure>
      <p>
        If the page shows these under other words, show Postbridge where they are, then fill again:
      </p>
      <ul class="pb-teach-list">
        {fields.map((field) => (
          <li key={field}>
            {teachableField(field)?.name ?? field}{' '}
            <ShowMeWhereButton field={field} onTeach={teach} disabled={tabId === null} />
          </li>
        ))}
      </ul>
      <TeachMessage message={message} />
    </div>
  );
}
