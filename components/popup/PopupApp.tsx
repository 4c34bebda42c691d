import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { listMissing } from '@/lib/affise/offer';
import { buildLink } from '@/lib/build-link';
import { inspectLink } from '@/lib/inspect-link';
import type { GenerateResult, LinkInspection } from '@/lib/schemas';
import { adminDomains } from '@/utils/offer-store';
import { type Draft, type DraftGoal, type GoalMapping, TYPED_DRAFT_KEY } from '@/utils/popup-state';
import { DryRunTab } from './DryRunTab';
import { ErrorBoundary } from './ErrorBoundary';
import { type EffectiveOffer, effectiveOffer, type TextFieldName } from './effective-offer';
import { type FindingTarget, type TargetedFinding, targetFindings } from './finding-targets';
import { GoalTable } from './GoalTable';
import { mappedGoals, toGenerateInput } from './generate-input';
import { LazyTeachSection } from './LazyTeachSection';
import { LinkKindField } from './LinkKindField';
import { MacroPalette } from './MacroPalette';
import { Notices } from './Notices';
import { OfferField } from './OfferField';
import { OfferSection } from './OfferSection';
import { OutputSection } from './OutputSection';
import { PageActions } from './PageActions';
import type { PageParams } from './page-params';
import { type QuickFixAction, quickFixesFor } from './quick-fixes';
import { Tabs } from './Tabs';
import { useCurrentOffer } from './use-current-offer';
import { usePopupStore } from './use-popup-store';

/** buildLink throws only for input outside its schema (a value over 16,384 characters, …). */
function safeBuild(build: () => GenerateResult): GenerateResult {
  try {
    return build();
  } catch (error) {
    const path =
      typeof error === 'object' && error !== null && 'path' in error ? String(error.path) : '';
    return {
      link: null,
      kind: null,
      callbacks: [],
      findings: [
        {
          code: 'input-invalid',
          severity: 'error',
          message: error instanceof Error ? error.message : String(error),
          path,
        },
      ],
    };
  }
}

function safeInspect(link: string): LinkInspection | null {
  if (link.trim() === '') return null;
  try {
    return inspectLink(link);
  } catch {
    return null;
  }
}

const isField = (field: string) => (target: FindingTarget) =>
  target.kind === 'field' && target.field === field;

function hasValue(offer: EffectiveOffer, field: TextFieldName | 'goals'): boolean {
  return field === 'goals' ? offer.goals.value.length > 0 : offer[field].value.trim() !== '';
}

/** The popup: offer, goal mapping, macro palette, result with copy, page actions, dry run. */
export function PopupApp({ params }: { params: PageParams }) {
  const [offerKey, setOfferKey] = useState<string | null>(null);
  const [offerLoaded, setOfferLoaded] = useState(false);
  const store = usePopupStore(offerKey, offerLoaded);
  const current = useCurrentOffer(params.tabId, store.loaded ? store.key : null, store.loaded);
  const [dismissed, setDismissed] = useState<number>(0);
  const [adminHosts, setAdminHosts] = useState<string[]>([]);
  const [announcement, setAnnouncement] = useState('');
  const postbackRef = useRef<HTMLTextAreaElement>(null);
  const caret = useRef<{ start: number; end: number } | null>(null);

  useEffect(() => {
    setOfferKey(current.offer?.key ?? null);
    setOfferLoaded(current.loaded);
  }, [current.offer, current.loaded]);

  useEffect(() => {
    adminDomains
      .getValue()
      .then(setAdminHosts)
      .catch(() => setAdminHosts([]));
  }, []);

  const { draft, updateDraft } = store;
  const offer = current.offer;
  const effective = useMemo(() => effectiveOffer(offer, draft.manual), [offer, draft.manual]);
  const inspection = useMemo(
    () => safeInspect(effective.trackingUrl.value),
    [effective.trackingUrl.value],
  );
  const linkToken = inspection && inspection.tokens.length > 0 ? inspection.tokens.join('_') : null;
  const remembered = linkToken ? store.memory[linkToken] : undefined;
  const goals = useMemo(
    () => mappedGoals(effective.goals.value, draft, remembered),
    [effective.goals.value, draft, remembered],
  );
  const hosts = useMemo(
    () =>
      offer && !offer.adminHost.endsWith('.affise.com')
        ? [...adminHosts, offer.adminHost]
        : adminHosts,
    [adminHosts, offer],
  );
  const built = useMemo(
    () =>
      toGenerateInput(
        effective.trackingUrl.value,
        effective.postbackUrl.value,
        goals,
        draft,
        hosts,
      ),
    [effective.trackingUrl.value, effective.postbackUrl.value, goals, draft, hosts],
  );
  const result = useMemo(() => safeBuild(() => buildLink(built.input)), [built]);
  const findings = useMemo(
    () => targetFindings(result.findings, built.eventGoals, built.installGoal),
    [result, built],
  );
  const missing = useMemo(
    () => listMissing(offer).filter((item) => item.required && !hasValue(effective, item.field)),
    [offer, effective],
  );

  const { remember } = store;
  useEffect(() => {
    if (linkToken && Object.keys(draft.mapping).length > 0) remember(linkToken, draft.mapping);
  }, [linkToken, draft.mapping, remember]);

  useEffect(() => {
    if (store.loaded && current.loaded) performance.mark('postbridge:ready');
  }, [store.loaded, current.loaded]);

  const setManual = useCallback(
    (field: TextFieldName, value: string | undefined) =>
      updateDraft((d) => {
        const manual = { ...d.manual };
        if (value === undefined) delete manual[field];
        else manual[field] = value;
        return { ...d, manual };
      }),
    [updateDraft],
  );

  const setMapping = useCallback(
    (goal: string, mapping: GoalMapping) =>
      updateDraft((d) => {
        const next: Record<string, GoalMapping> = { ...d.mapping, [goal]: mapping };
        // One install callback per link: choosing the install for one goal leaves the previous one out.
        if (mapping.activity === 'install') {
          for (const other of goals) {
            if (other.value !== goal && other.mapping.activity === 'install') {
              next[other.value] = { ...other.mapping, activity: 'none' };
            }
          }
        }
        return { ...d, mapping: next };
      }),
    [updateDraft, goals],
  );

  const setGoals = useCallback(
    (next: DraftGoal[], renamed?: { from: string; to: string }) =>
      updateDraft((d) => {
        const mapping = { ...d.mapping };
        if (renamed) {
          // Only a mapping the user chose moves with the goal; a suggested one is re-derived for the new value.
          const moved = mapping[renamed.from];
          delete mapping[renamed.from];
          if (moved) mapping[renamed.to] = moved;
        }
        return { ...d, manual: { ...d.manual, goals: next }, mapping };
      }),
    [updateDraft],
  );

  const applyFix = useCallback(
    (action: QuickFixAction) => {
      if (action.kind === 'setText') setManual(action.field, action.value);
      else if (action.kind === 'setMapping') setMapping(action.goal, action.mapping);
      else updateDraft((d) => ({ ...d, linkKind: action.linkKind }));
      setAnnouncement('Quick fix applied.');
    },
    [setManual, setMapping, updateDraft],
  );

  const fixesFor = useCallback(
    (finding: TargetedFinding) =>
      quickFixesFor({
        finding,
        trackingUrl: effective.trackingUrl.value,
        postbackUrl: effective.postbackUrl.value,
        mappingOf: (goal) => goals.find((g) => g.value === goal)?.mapping,
      }),
    [effective, goals],
  );

  const insertMacro = useCallback(
    (macro: string) => {
      const value = effective.postbackUrl.value;
      const at = caret.current ?? { start: value.length, end: value.length };
      const start = Math.min(at.start, value.length);
      const end = Math.min(Math.max(at.end, start), value.length);
      setManual('postbackUrl', value.slice(0, start) + macro + value.slice(end));
      caret.current = { start: start + macro.length, end: start + macro.length };
      setAnnouncement(`Inserted ${macro} into the postback.`);
    },
    [effective.postbackUrl.value, setManual],
  );

  // Keeps the textarea's caret where the insertion ended, so the next macro follows it.
  useEffect(() => {
    const area = postbackRef.current;
    const at = caret.current;
    if (area && at && document.activeElement === area) area.setSelectionRange(at.start, at.end);
  }, [effective.postbackUrl.value]);

  const header = (
    <header class="pb-header">
      <h1>Postbridge</h1>
      <Tabs current={store.tab} onChange={store.setTab} />
    </header>
  );
  if (!store.loaded) {
    return (
      <>
        {header}
        <main class="pb-main">
          <p class="pb-muted" role="status">
            Loading…
          </p>
        </main>
      </>
    );
  }

  const fieldFindings = (field: string) => findings.filter((f) => isField(field)(f.target));
  const errorCount = findings.filter((f) => f.severity === 'error').length;
  const typeByHand = () => {
    store.selectDraft(TYPED_DRAFT_KEY);
    void current.showStored(null);
  };
  const fieldProps = (field: TextFieldName) => ({
    field: effective[field],
    onInput: (value: string) => setManual(field, value),
    onReset: () => setManual(field, undefined),
    findings: fieldFindings(field),
    fixesFor,
    onFix: applyFix,
  });

  return (
    <>
      {header}
      <main class="pb-main">
        <Notices
          problems={store.problems.slice(dismissed)}
          onDismiss={() => setDismissed((count) => count + 1)}
        />
        <div class="pb-visually-hidden" aria-live="polite">
          {announcement}
        </div>
        <div
          id="pb-panel-build"
          role="tabpanel"
          aria-labelledby="pb-tab-build"
          hidden={store.tab !== 'build'}
        >
          <OfferSection
            offer={offer}
            origin={current.origin}
            title={effective.title.value}
            missing={missing}
            readFindings={current.readFindings}
            reading={current.reading}
            error={current.error}
            canRead={current.tabId !== null}
            onRead={() => void current.readPage()}
            onTypeByHand={typeByHand}
          >
            <OfferField id="pb-title" label="Offer title" {...fieldProps('title')} />
            <OfferField
              id="pb-tracking-url"
              label="Adjust link (offer Tracking URL)"
              multiline
              placeholder="https://app.adjust.com/abc123?campaign={offer_id}&adgroup={pid}"
              {...fieldProps('trackingUrl')}
            />
            <LinkKindField
              value={draft.linkKind}
              detected={inspection?.kind ?? 'unknown'}
              onChange={(linkKind) => updateDraft((d) => ({ ...d, linkKind }))}
              findings={fieldFindings('linkKind')}
              fixesFor={fixesFor}
              onFix={applyFix}
            />
            <OfferField
              id="pb-postback-url"
              label="Affise postback (S2S)"
              multiline
              placeholder="https://offers-network.affise.com/postback?clickid={clickid}"
              hint="Type or paste the S2S (Postback) URL; insert macros from the palette below at the cursor."
              inputRef={postbackRef}
              onCaret={(start, end) => {
                caret.current = { start, end };
              }}
              {...fieldProps('postbackUrl')}
            />
            <ErrorBoundary name="The macro palette">
              <MacroPalette
                onInsert={insertMacro}
                sharedMacros={draft.sharedMacros}
                onSharedMacro={(name, owner) =>
                  updateDraft((d: Draft) => ({
                    ...d,
                    sharedMacros: { ...d.sharedMacros, [name]: owner },
                  }))
                }
              />
            </ErrorBoundary>
            <OfferField
              id="pb-secure-code"
              label="Secure postback code"
              {...fieldProps('secureCode')}
            />
          </OfferSection>
          <GoalTable
            goals={goals}
            source={effective.goals.source}
            canReset={effective.goals.read !== null}
            onResetGoals={() =>
              updateDraft((d) => {
                const { goals: _typed, ...manual } = d.manual;
                return { ...d, manual };
              })
            }
            onGoalsChange={setGoals}
            onMapping={setMapping}
            findingsFor={(goal) =>
              findings.filter((f) => f.target.kind === 'goal' && f.target.goal === goal)
            }
            fixesFor={fixesFor}
            onFix={applyFix}
            mergeSharedTokens={draft.mergeSharedTokens}
            onMergeSharedTokens={(merge) =>
              updateDraft((d) => ({ ...d, mergeSharedTokens: merge }))
            }
            rememberedApp={remembered && Object.keys(draft.mapping).length === 0 ? linkToken : null}
          />
          <ErrorBoundary name="The result">
            <OutputSection
              result={result}
              goals={goals}
              offerTitle={effective.title.value}
              findings={findings}
              fixesFor={fixesFor}
              onFix={applyFix}
            />
          </ErrorBoundary>
          <ErrorBoundary name="The page actions">
            <PageActions
              tabId={current.tabId}
              adjustLink={effective.trackingUrl.value}
              result={result}
              errorCount={errorCount}
            />
          </ErrorBoundary>
          <LazyTeachSection tabId={current.tabId} offer={offer} />
        </div>
        {store.tab === 'dry-run' && (
          <div id="pb-panel-dry-run" role="tabpanel" aria-labelledby="pb-tab-dry-run">
            <ErrorBoundary name="The dry run">
              <DryRunTab
                offer={offer}
                effective={effective}
                input={built.input}
                result={result}
                draftKey={store.key}
              />
            </ErrorBoundary>
          </div>
        )}
      </main>
    </>
  );
}
