import { useCallback, useMemo, useState } from 'preact/hooks';
import { ErrorBoundary } from './ErrorBoundary';
import { CopyGate, FinalLink } from './FinalLink';
import { type FindingDisplay, FindingDisplayContext } from './finding-display-context';
import { GoalTable } from './GoalTable';
import { LazyTeachSection } from './LazyTeachSection';
import { lazyPart } from './lazy-part';
import { displaySeverity } from './model/finding-display';
import type { TargetedFinding } from './model/finding-targets';
import { plainMessage } from './model/plain-messages';
import { NextStep } from './NextStep';
import { OfferSummary } from './OfferSummary';
import type { QuickFixAction } from './quick-fixes';
import type { BuildState } from './use-build';
import { useGuardedCopy } from './use-guarded-copy';
import { usePageActions } from './use-page-actions';
import { useQuickFixes } from './use-quick-fixes';
import { useTabKind } from './use-tab-kind';

/** Folded once the offer is read: its code loads right after the first render. */
const OfferFields = lazyPart('The offer fields', () =>
  import('./OfferFields').then((m) => m.OfferFields),
);

/** Below the first screen: its code loads right after the first render. */
const MoreOutput = lazyPart('The callbacks', () =>
  import('./MoreOutput').then((m) => m.MoreOutput),
);

/** What the Build tab derives for its parts from the build state. */
function useBuildTab(build: BuildState) {
  const { model, current } = build;
  const [attempted, setAttempted] = useState(false);
  const attempt = useCallback(() => setAttempted(true), []);
  const display: FindingDisplay = useMemo(
    () => ({
      attempted,
      plain: {
        trackingUrl: model.effective.trackingUrl.value,
        postbackUrl: model.effective.postbackUrl.value,
      },
    }),
    [attempted, model.effective.trackingUrl.value, model.effective.postbackUrl.value],
  );
  const errors = model.findings.filter((f) => f.severity === 'error');
  const copy = useGuardedCopy(errors, attempt);
  const tab = useTabKind(current.tabId, current.origin === 'tab');
  const page = usePageActions(current.tabId, model.effective.trackingUrl.value, model.result);
  const quickFixes = useQuickFixes();
  const fixesFor = useCallback(
    (finding: TargetedFinding) =>
      quickFixes?.quickFixesFor({
        finding,
        trackingUrl: model.effective.trackingUrl.value,
        postbackUrl: model.effective.postbackUrl.value,
        mappingOf: (goal) => model.goals.find((g) => g.value === goal)?.mapping,
      }) ?? [],
    [model, quickFixes],
  );
  const onFields = model.findings.filter((f) => f.target.kind === 'field');
  const shown = onFields.map((f) => displaySeverity(f, attempted, display.plain));
  const fieldCounts = {
    errors: shown.filter((s) => s === 'error').length,
    warnings: shown.filter((s) => s === 'warning').length,
  };
  // Screen readers hear that a quick fix changed the draft: the button that was pressed is gone.
  const [announcement, setAnnouncement] = useState('');
  const { applyFix } = build.actions;
  const onFix = useCallback(
    (action: QuickFixAction) => {
      applyFix(action);
      setAnnouncement('Quick fix applied.');
    },
    [applyFix],
  );
  return { display, errors, copy, tab, page, fixesFor, fieldCounts, attempt, onFix, announcement };
}

/** The Build tab, task first: the offer in a line, goals → tokens, the final link, the next step. */
export function BuildTab({ build }: { build: BuildState }) {
  const { model, actions, current, draft } = build;
  const tab = useBuildTab(build);
  const readButton = tab.tab.kind !== 'other' && tab.tab.kind !== null && (
    <button
      type="button"
      class="pb-button pb-link pb-small"
      onClick={() => void current.readPage()}
    >
      {current.reading ? 'Reading…' : 'Read this page'}
    </button>
  );
  return (
    <FindingDisplayContext.Provider value={tab.display}>
      <div class="pb-visually-hidden" aria-live="polite">
        {tab.announcement}
      </div>
      <OfferSummary
        current={current}
        title={model.effective.title.value}
        missing={model.missing}
        fieldFindings={tab.fieldCounts}
        offerlessTab={current.origin !== 'tab' && tab.tab.kind === 'other'}
        actions={
          <>
            {readButton}
            {current.offer && (
              <button type="button" class="pb-button pb-link pb-small" onClick={actions.typeByHand}>
                Type another offer by hand
              </button>
            )}
          </>
        }
      >
        <OfferFields build={build} fixesFor={tab.fixesFor} onFix={tab.onFix} />
      </OfferSummary>
      <GoalTable
        goals={model.goals}
        source={model.effective.goals.source}
        canReset={model.effective.goals.read !== null}
        onResetGoals={actions.resetGoals}
        onGoalsChange={actions.setGoals}
        onMapping={actions.setMapping}
        findingsFor={(goal) =>
          model.findings.filter((f) => f.target.kind === 'goal' && f.target.goal === goal)
        }
        fixesFor={tab.fixesFor}
        onFix={tab.onFix}
        mergeSharedTokens={draft.mergeSharedTokens}
        onMergeSharedTokens={actions.setMergeSharedTokens}
        rememberedApp={
          model.remembered && Object.keys(draft.mapping).length === 0 ? model.linkToken : null
        }
      />
      <ErrorBoundary name="The result">
        <BuildResult build={build} tab={tab} />
      </ErrorBoundary>
    </FindingDisplayContext.Provider>
  );
}

function BuildResult({ build, tab }: { build: BuildState; tab: ReturnType<typeof useBuildTab> }) {
  const { model, current } = build;
  return (
    <>
      <FinalLink link={model.result.link} copy={tab.copy} />
      <CopyGate
        copy={tab.copy}
        errors={tab.errors}
        plain={(finding) => plainMessage(finding, tab.display.plain)}
      />
      <NextStep
        kind={tab.tab.kind}
        tabId={current.tabId}
        link={model.result.link}
        reading={current.reading}
        actions={tab.page}
        copy={tab.copy}
        errorCount={tab.errors.length}
        onRead={() => void current.readPage()}
        onAttempt={tab.attempt}
      />
      <MoreOutput
        result={model.result}
        goals={model.goals}
        offerTitle={model.effective.title.value}
        general={model.findings.filter((f) => f.target.kind === 'general')}
        fixesFor={tab.fixesFor}
        onFix={tab.onFix}
        copy={tab.copy}
      />
      <LazyTeachSection tabId={current.tabId} offer={current.offer} />
    </>
  );
}
