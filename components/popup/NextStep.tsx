import { useState } from 'preact/hooks';
import { lazyPart } from './lazy-part';
import { nextActions, type PageActionId, type TabKind } from './model/tab-kind';
import type { GuardedCopy } from './use-guarded-copy';
import type { ActionFailure, PageActions } from './use-page-actions';

/** Shown only after a fill, so its code loads then. */
const FillResult = lazyPart('The fill result', () =>
  import('./FillResult').then((m) => m.FillResult),
);

/** Shown only after a fill that could not find a field. */
const TeachFromFailure = lazyPart('“Show me where it is”', () =>
  import('./TeachFromFailure').then((m) => m.TeachFromFailure),
);

const LABEL: Record<PageActionId, { idle: string; busy: string; what: string }> = {
  'fill-in-adjust': {
    idle: 'Fill in Adjust',
    busy: 'Filling Adjust’s tool…',
    what: 'Opens Adjust’s Encoding tool in a background tab (or uses one already open) and fills it.',
  },
  'fill-this-page': {
    idle: 'Fill this page',
    busy: 'Filling…',
    what: 'Fills Adjust’s Encoding tool in this tab.',
  },
  'apply-to-offer': {
    idle: 'Apply to offer',
    busy: 'Applying…',
    what: 'Writes the link into the offer’s Tracking URL field on its Tracking tab; you then press Save in Affise.',
  },
  'read-page': {
    idle: 'Read this page',
    busy: 'Reading…',
    what: 'Reads the Affise offer shown in this tab.',
  },
};

export interface NextStepProps {
  kind: TabKind | null;
  /** The tab the popup works on, where "Show me where it is" picks a field. */
  tabId: number | null;
  link: string | null;
  reading: boolean;
  actions: PageActions;
  copy: GuardedCopy;
  /** Errors the link has now; "Apply to offer" asks before writing a link with errors. */
  errorCount: number;
  onRead: () => void;
  /** The user acted: steps left open count as errors from now on. */
  onAttempt: () => void;
}

function busyOf(id: PageActionId, props: NextStepProps): boolean {
  if (id === 'read-page') return props.reading;
  if (id === 'apply-to-offer') return props.actions.apply.kind === 'busy';
  return props.actions.fill.kind === 'busy';
}

/** The one next action for the tab the popup works on, the others that work there, and results. */
export function NextStep(props: NextStepProps) {
  const { kind, link, actions } = props;
  const [confirmApply, setConfirmApply] = useState(false);
  if (kind === null) return null;
  const { primary, secondary } = nextActions(kind);
  const run = (id: PageActionId) => {
    if (id === 'read-page') return props.onRead();
    props.onAttempt();
    if (id === 'fill-in-adjust') void actions.fillInAdjust();
    else if (id === 'fill-this-page') void actions.fillHere();
    else if (props.errorCount > 0 && !confirmApply) setConfirmApply(true);
    else if (link) void actions.applyToOffer(link);
  };
  const button = (id: PageActionId, main: boolean) => (
    <button
      key={id}
      type="button"
      class={`pb-button${main ? ' pb-primary pb-big' : ''}`}
      data-action={id}
      title={LABEL[id].what}
      disabled={busyOf(id, props) || (id !== 'read-page' && link === null)}
      onClick={() => run(id)}
    >
      {busyOf(id, props) ? LABEL[id].busy : LABEL[id].idle}
    </button>
  );
  return (
    <section class="pb-section pb-next" aria-labelledby="pb-next-title" data-section="next-step">
      <div class="pb-row">
        <h2 id="pb-next-title" class="pb-next-title">
          Next step
        </h2>
        {button(primary, true)}
        {secondary.map((id) => button(id, false))}
      </div>
      <p class="pb-muted pb-next-what">{LABEL[primary].what}</p>
      {primary !== 'read-page' && link === null && (
        <p class="pb-muted">This needs a link first: complete what is marked above.</p>
      )}
      {confirmApply && (
        <ApplyConfirm
          errorCount={props.errorCount}
          onApply={() => {
            setConfirmApply(false);
            if (link) void actions.applyToOffer(link);
          }}
          onCancel={() => setConfirmApply(false)}
        />
      )}
      <div aria-live="polite">
        <Outcomes {...props} />
      </div>
    </section>
  );
}

function ApplyConfirm(props: { errorCount: number; onApply: () => void; onCancel: () => void }) {
  return (
    <div class="pb-notice pb-error" role="alert">
      <p>
        The link has {props.errorCount === 1 ? '1 error' : `${props.errorCount} errors`} (marked
        above). Write it into the offer anyway?
      </p>
      <div class="pb-row">
        <button type="button" class="pb-button" onClick={props.onApply}>
          Apply anyway
        </button>
        <button type="button" class="pb-button" onClick={props.onCancel}>
          Cancel
        </button>
      </div>
    </div>
  );
}

/** Failures that mean the tab is not (or no longer) the Encoding tool. */
const NOT_THE_TOOL: ReadonlySet<string> = new Set(['field-not-found', 'not-running']);

function Outcomes({ actions, copy, link, tabId }: NextStepProps) {
  const { fill, apply } = actions;
  return (
    <>
      {fill.kind === 'failed' && (
        <FailureNotice failure={fill.failure}>
          {NOT_THE_TOOL.has(fill.failure.code) && link !== null && (
            <button type="button" class="pb-button" onClick={() => void actions.fillInAdjust()}>
              Open Adjust’s Encoding tool and fill it
            </button>
          )}
        </FailureNotice>
      )}
      {fill.kind === 'failed' && (
        <TeachFromFailure tabId={tabId} findings={fill.failure.findings} />
      )}
      {fill.kind === 'done' && (
        <FillResult done={fill.data} copy={copy} onShowTab={actions.showTab} />
      )}
      {apply.kind === 'failed' && <FailureNotice failure={apply.failure} />}
      {apply.kind === 'done' && (
        <div class="pb-notice pb-ok" data-apply-result>
          <p>
            The link is in the offer’s Tracking URL field. <strong>Press Save in Affise</strong> to
            keep it.
          </p>
          {apply.data.previous !== '' && apply.data.previous !== apply.data.link && (
            <button
              type="button"
              class="pb-button pb-small"
              onClick={() => void actions.applyToOffer(apply.data.previous)}
            >
              Put the previous Tracking URL back
            </button>
          )}
        </div>
      )}
    </>
  );
}

function FailureNotice({
  failure,
  children,
}: {
  failure: ActionFailure;
  children?: preact.ComponentChildren;
}) {
  return (
    <div class="pb-notice pb-error" role="alert" data-action-failure={failure.code}>
      <p>{failure.message}</p>
      {children}
      <details class="pb-details">
        <summary>Details</summary>
        <p>{failure.detail}</p>
        {failure.findings.map((finding, index) => (
          <p key={`${index}-${finding.code}`}>{finding.message}</p>
        ))}
      </details>
    </div>
  );
}
