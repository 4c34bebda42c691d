import { useState } from 'preact/hooks';
import type { Finding } from '@/lib/findings';
import type {
  ApplyTrackingUrlResponse,
  FillAdjustEncodingToolResponse,
} from '@/lib/messages/page-fill';
import type { GenerateResult } from '@/lib/schemas';
import { sendToTab } from '@/utils/tab-messaging';
import { ComparisonView } from './ComparisonView';
import { TeachFromFailure } from './TeachFromFailure';

export interface PageActionsProps {
  tabId: number | null;
  adjustLink: string;
  result: GenerateResult;
  errorCount: number;
}

type Outcome<T> =
  | { kind: 'idle' }
  | { kind: 'busy' }
  | { kind: 'done'; data: T }
  | { kind: 'failed'; message: string; findings: Finding[] };

function thrown(error: unknown): { kind: 'failed'; message: string; findings: Finding[] } {
  return {
    kind: 'failed',
    message: error instanceof Error ? error.message : String(error),
    findings: [],
  };
}

/**
 * Acts on the page in the target tab: fills Adjust's Encoding tool and compares its output with
 * Postbridge's link, or writes the link into the Affise offer's Tracking URL (without saving).
 */
export function PageActions({ tabId, adjustLink, result, errorCount }: PageActionsProps) {
  const [fill, setFill] = useState<Outcome<FillAdjustEncodingToolResponse>>({ kind: 'idle' });
  const [apply, setApply] = useState<Outcome<ApplyTrackingUrlResponse & { link: string }>>({
    kind: 'idle',
  });
  const [confirmApply, setConfirmApply] = useState(false);
  const noTab = tabId === null;
  const noLink = result.link === null;

  const runFill = async () => {
    if (tabId === null) return;
    setFill({ kind: 'busy' });
    try {
      const reply = await sendToTab(tabId, { type: 'fillAdjustEncodingTool', adjustLink, result });
      setFill(
        reply.ok
          ? { kind: 'done', data: reply.data }
          : { kind: 'failed', message: reply.message, findings: reply.findings },
      );
    } catch (error) {
      setFill(thrown(error));
    }
  };

  const runApply = async (link: string) => {
    if (tabId === null) return;
    setConfirmApply(false);
    setApply({ kind: 'busy' });
    try {
      const reply = await sendToTab(tabId, { type: 'applyTrackingUrl', link });
      setApply(
        reply.ok
          ? { kind: 'done', data: { ...reply.data, link } }
          : { kind: 'failed', message: reply.message, findings: reply.findings },
      );
    } catch (error) {
      setApply(thrown(error));
    }
  };

  return (
    <section class="pb-section" aria-labelledby="pb-actions-title" data-section="page-actions">
      <h2 id="pb-actions-title">On the page</h2>
      <p class="pb-muted">
        Open Adjust’s Encoding tool or the offer’s Tracking tab in Affise in the current tab, then
        press a button.
      </p>
      <div class="pb-row">
        <button
          type="button"
          class="pb-button"
          data-action="fill-adjust"
          disabled={noTab || noLink || fill.kind === 'busy'}
          onClick={runFill}
        >
          {fill.kind === 'busy' ? 'Filling…' : 'Fill Adjust Encoding tool'}
        </button>
        <button
          type="button"
          class="pb-button"
          data-action="apply-to-offer"
          disabled={noTab || noLink || apply.kind === 'busy'}
          onClick={() => {
            if (errorCount > 0 && !confirmApply) setConfirmApply(true);
            else if (result.link) void runApply(result.link);
          }}
        >
          {apply.kind === 'busy' ? 'Applying…' : 'Apply to offer'}
        </button>
      </div>
      {noLink && <p class="pb-muted">Both need a link: fix the errors above first.</p>}

      {confirmApply && (
        <div class="pb-notice pb-error" role="alert">
          <p>
            The link has {errorCount === 1 ? '1 error' : `${errorCount} errors`} (listed next to the
            fields above). Write it into the offer anyway?
          </p>
          <div class="pb-row">
            <button
              type="button"
              class="pb-button"
              onClick={() => result.link && runApply(result.link)}
            >
              Apply anyway
            </button>
            <button type="button" class="pb-button" onClick={() => setConfirmApply(false)}>
              Cancel
            </button>
          </div>
        </div>
      )}

      <div aria-live="polite">
        {fill.kind === 'failed' && (
          <FailureNotice title="Could not fill the Encoding tool" outcome={fill} />
        )}
        {fill.kind === 'failed' && <TeachFromFailure tabId={tabId} findings={fill.findings} />}
        {fill.kind === 'done' && (
          <ComparisonView comparison={fill.data.comparison} findings={fill.data.findings} />
        )}
        {apply.kind === 'failed' && (
          <FailureNotice title="Could not apply the link" outcome={apply} />
        )}
        {apply.kind === 'done' && (
          <div class="pb-notice pb-ok" data-apply-result>
            <p>
              The link is in the offer’s Tracking URL field. <strong>Press Save in Affise</strong>{' '}
              to keep it.
            </p>
            {apply.data.findings.map((finding, index) => (
              <p key={`${index}-${finding.code}`} class={`pb-finding pb-${finding.severity}`}>
                {finding.message}
              </p>
            ))}
            {apply.data.previous !== '' && apply.data.previous !== apply.data.link && (
              <button
                type="button"
                class="pb-button pb-small"
                onClick={() => runApply(apply.data.previous)}
              >
                Put the previous Tracking URL back
              </button>
            )}
          </div>
        )}
      </div>
    </section>
  );
}

function FailureNotice({
  title,
  outcome,
}: {
  title: string;
  outcome: { message: string; findings: Finding[] };
}) {
  return (
    <div class="pb-notice pb-error" role="alert" data-action-failure>
      <h3>{title}</h3>
      <p>{outcome.message}</p>
      {outcome.findings.length > 0 && (
        <ul>
          {outcome.findings.map((finding, index) => (
            <li key={`${index}-${finding.code}`}>{finding.message}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
