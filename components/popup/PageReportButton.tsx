import { useState } from 'preact/hooks';
import { errorMessage } from '@/lib/core/error-message';
import { TEACH_MESSAGES } from '@/lib/messages/teach';
import { sendRequest } from '@/utils/send-request';

type ReportState =
  | { kind: 'idle' }
  | { kind: 'busy' }
  | { kind: 'done'; report: string; copied: boolean; note: string }
  | { kind: 'failed'; message: string };

/**
 * "Page report": copies what the page's form looks like (labels, kinds of fields, headings, how
 * many of each), with no values and no address beyond the host, for whoever maintains the team's
 * setup. The report is shown too, so the user sees exactly what they would send.
 */
export function PageReportButton({
  tabId,
  reason,
  copy,
}: {
  tabId: number;
  reason: string;
  copy: (text: string) => Promise<void>;
}) {
  const [state, setState] = useState<ReportState>({ kind: 'idle' });
  const run = async () => {
    setState({ kind: 'busy' });
    try {
      const { report } = await sendRequest(TEACH_MESSAGES, { type: 'pageReport', tabId, reason });
      const note = await copy(report).then(
        () => 'Copied. Paste it into a message to whoever sets up Postbridge for your team.',
        errorMessage,
      );
      setState({ kind: 'done', report, copied: note.startsWith('Copied'), note });
    } catch (error) {
      setState({ kind: 'failed', message: errorMessage(error) });
    }
  };
  return (
    <div class="pb-page-report">
      <button
        type="button"
        class="pb-button pb-small"
        data-action="page-report"
        disabled={state.kind === 'busy'}
        onClick={run}
      >
        Page report
      </button>
      <div aria-live="polite">
        {state.kind === 'failed' && <p class="pb-notice pb-error">{state.message}</p>}
        {state.kind === 'done' && (
          <>
            <p class={state.copied ? 'pb-muted' : 'pb-notice pb-error'}>{state.note}</p>
            <details>
              <summary>What the report says (no values, no addresses)</summary>
              <pre class="pb-report" data-page-report>
                {state.report}
              </pre>
            </details>
          </>
        )}
      </div>
    </div>
  );
}
