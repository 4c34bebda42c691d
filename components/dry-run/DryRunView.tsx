import './dry-run.css';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { describeScenario } from '@/lib/dry-run/describe-scenario';
import { type Scenario, ScenarioSchema } from '@/lib/dry-run/scenario';
import {
  type MappingPrefill,
  type OfferPrefill,
  scenarioFromOffer,
} from '@/lib/dry-run/scenario-from-offer';
import type { TrackingLinkOptions } from '@/lib/dry-run/tracking-link';
import { AffiliateLinkBuilder } from './AffiliateLinkBuilder';
import { openDryRunPage, openOptionsPage } from './open-pages';
import { RunHistory } from './RunHistory';
import { RunResult } from './RunResult';
import { ScenarioEditor } from './ScenarioEditor';
import { type IssueMap, issueMap } from './scenario-issues';
import { type DryRuns, useDryRuns } from './use-dry-runs';
import { type ScenarioDraft, useScenarioDraft } from './use-scenario-draft';

export interface DryRunViewProps {
  /** The open Affise offer; the scenario starts from it. Without one, from the sample scenario. */
  offer?: OfferPrefill | null;
  /** Its goal ↔ Adjust mapping and the link `generate` built from it. */
  mapping?: MappingPrefill | null;
  /**
   * Where the edited scenario is kept (the popup's draft key for the offer), so it survives tab
   * switches and closing the popup. Without one, edits live as long as the view.
   */
  draftKey?: string | null;
  /** The form starts open (the full-tab page has room); in the popup it starts as one line. */
  scenarioOpen?: boolean;
  /** In the popup: offer the full-tab page and the options page. */
  inPopup?: boolean;
}

/** The prefill props change identity on every popup render; their JSON says when they changed. */
function useScenarioFromOffer(
  offer: DryRunViewProps['offer'],
  mapping: DryRunViewProps['mapping'],
) {
  const prefill = JSON.stringify({ offer: offer ?? null, mapping: mapping ?? null });
  return useMemo(() => {
    const start: { offer: OfferPrefill | null; mapping: MappingPrefill | null } =
      JSON.parse(prefill);
    return scenarioFromOffer(start.offer, start.mapping);
  }, [prefill]);
}

function ScenarioIssues({ issues }: { issues: IssueMap }) {
  return (
    <div class="pbd-issues" role="alert">
      <strong>The scenario cannot run yet: fix the fields marked below.</strong>
      <ul>
        {[...issues].map(([path, message]) => (
          <li key={path}>
            <code>{path || '(scenario)'}</code>: {message}
          </li>
        ))}
      </ul>
    </div>
  );
}

/**
 * A run's name when the user gives none: the offer and a number, not the time it ran, because
 * every time the dry run shows is on the scenario's clock.
 */
function defaultLabel(scenario: Scenario, runs: DryRuns): string {
  const { id, name } = scenario.offer;
  const offer = `Offer ${id}${name ? ` (${name})` : ''}`;
  const numbers = runs.history.map((r) =>
    r.label.startsWith(`${offer}, run `) ? Number(r.label.slice(offer.length + 6)) || 0 : 0,
  );
  return `${offer}, run ${Math.max(0, ...numbers) + 1}`;
}

interface RunBarProps {
  canRun: boolean;
  runs: DryRuns;
  onRun: () => void;
  resetLabel: string;
  onReset: () => void;
  inPopup: boolean;
  onOpenPage: () => void;
}

/** Run first; then reset; in the popup also the full-tab page and the options. */
function RunBar(props: RunBarProps) {
  return (
    <div class="pbd-row pbd-run-bar">
      <button
        type="button"
        class="pb-button pb-primary"
        disabled={!props.canRun || props.runs.running}
        onClick={props.onRun}
      >
        {props.runs.running ? 'Running…' : 'Run dry-run'}
      </button>
      <button type="button" class="pb-button" onClick={props.onReset}>
        {props.resetLabel}
      </button>
      <span class="pb-muted pbd-offline">Offline: nothing is sent.</span>
      <span class="pbd-grow" />
      {props.inPopup && (
        <>
          <button type="button" class="pb-button pb-small" onClick={props.onOpenPage}>
            Open in a tab
          </button>
          <button type="button" class="pb-button pb-small" onClick={() => void openOptionsPage()}>
            Options
          </button>
        </>
      )}
    </div>
  );
}

function DraftNotices({ draft, resetLabel }: { draft: ScenarioDraft; resetLabel: string }) {
  return (
    <>
      {draft.problems.map((problem, index) => (
        <p class="pb-notice pb-warning" role="alert" key={`${index}-${problem}`}>
          {problem}
        </p>
      ))}
      {draft.offerChanged && (
        <div class="pb-notice pb-info pbd-row" role="status" data-testid="dry-run-offer-changed">
          <span class="pbd-grow">
            The offer or its goal mapping changed since you started editing this scenario. Your
            edits are kept.
          </span>
          <button type="button" class="pb-button pb-small" onClick={draft.reset}>
            {resetLabel}
          </button>
        </div>
      )}
    </>
  );
}

interface ScenarioFormProps {
  draft: ScenarioDraft;
  issues: IssueMap;
  summary: string;
  startOpen: boolean;
  canRun: boolean;
  label: string;
  onLabel: (label: string) => void;
}

/** The scenario as one line that opens into the form; it opens itself when the scenario cannot run. */
function ScenarioForm({
  draft,
  issues,
  summary,
  startOpen,
  canRun,
  label,
  onLabel,
}: ScenarioFormProps) {
  const [open, setOpen] = useState(startOpen);
  useEffect(() => {
    if (!canRun) setOpen(true);
  }, [canRun]);
  if (!draft.loaded) {
    return (
      <p class="pb-muted" role="status">
        Loading the scenario…
      </p>
    );
  }
  return (
    <details
      class="pbd-details pbd-scenario"
      open={open}
      onToggle={(e) => setOpen((e.currentTarget as HTMLDetailsElement).open)}
    >
      <summary>
        <strong>Scenario</strong>{' '}
        <span class="pbd-scenario-summary" data-scenario-summary>
          {summary}
        </span>
      </summary>
      <ScenarioEditor scenario={draft.scenario} issues={issues} onChange={draft.setScenario} />
      <div class="pbd-field">
        <label for="pbd-run-label">Run name (optional)</label>
        <input
          id="pbd-run-label"
          type="text"
          class="pb-input pbd-plain"
          value={label}
          onInput={(e) => onLabel(e.currentTarget.value)}
        />
      </div>
    </details>
  );
}

function History({ runs, draft }: { runs: DryRuns; draft: ScenarioDraft }) {
  return (
    <section class="pb-section" aria-labelledby="pbd-history-title">
      <h2 id="pbd-history-title">Last runs</h2>
      <RunHistory
        runs={runs.history}
        selected={runs.current?.id ?? null}
        onSelect={(stored) => {
          runs.show(stored);
          draft.setScenario(stored.scenario);
        }}
        onClear={runs.clear}
      />
    </section>
  );
}

/** A run that failed, or ran but could not be kept in the history. */
function RunNotices({ runs }: { runs: DryRuns }) {
  return (
    <>
      {runs.error && (
        <p class="pbd-field-error" role="alert">
          {runs.error}
        </p>
      )}
      {runs.notSaved && (
        <p class="pb-notice pb-warning" role="status" data-testid="dry-run-not-saved">
          {runs.notSaved}
        </p>
      )}
    </>
  );
}

/** The affiliate link builder starts from the scenario's click on the scenario's offer. */
function affiliateLinkStart(scenario: Scenario): TrackingLinkOptions {
  const { domain, pid, useSsl, shortlink, subs, params } = scenario.click;
  return { domain, pid, useSsl, shortlink, subs, params, offerId: scenario.offer.id };
}

/**
 * The "Dry run" view: Run at the top, the scenario as one line that opens into the form, then
 * the result (verdict line, problems, timeline), the last runs and the affiliate link builder.
 * The background emulates the chain; nothing is sent.
 */
export function DryRunView(props: DryRunViewProps) {
  const fromOffer = useScenarioFromOffer(props.offer, props.mapping);
  const draft = useScenarioDraft(props.draftKey, fromOffer);
  const { scenario } = draft;
  const runs = useDryRuns(props.draftKey ?? null);
  const [label, setLabel] = useState('');
  const parsed = useMemo(() => ScenarioSchema.safeParse(scenario), [scenario]);
  const issues = issueMap(parsed.success ? null : parsed.error);
  const resetLabel = props.offer ? 'Reset to offer' : 'Reset to the sample';
  const linkStart = affiliateLinkStart(scenario);
  return (
    <div class="pbd-root">
      <section class="pb-section" aria-labelledby="pbd-title">
        <h2 id="pbd-title" class="pb-visually-hidden">
          Dry run: click → Adjust → Affise → affiliates
        </h2>
        <RunBar
          canRun={parsed.success}
          runs={runs}
          onRun={() =>
            parsed.success &&
            void runs.run(parsed.data, label.trim() || defaultLabel(parsed.data, runs))
          }
          resetLabel={resetLabel}
          onReset={draft.reset}
          inPopup={props.inPopup ?? false}
          onOpenPage={() => void openDryRunPage(scenario, runs.current?.id ?? null)}
        />
        <RunNotices runs={runs} />
        <DraftNotices draft={draft} resetLabel={resetLabel} />
        {!parsed.success && <ScenarioIssues issues={issues} />}
        <ScenarioForm
          draft={draft}
          issues={issues}
          summary={
            parsed.success
              ? describeScenario(parsed.data)
              : `${issues.size} field${issues.size === 1 ? '' : 's'} to fix`
          }
          startOpen={props.scenarioOpen ?? false}
          canRun={parsed.success}
          label={label}
          onLabel={setLabel}
        />
      </section>
      {runs.current && <RunResult stored={runs.current} />}
      <History runs={runs} draft={draft} />
      {/* Starts from the scenario's click and follows it when the click changes there. */}
      <AffiliateLinkBuilder key={JSON.stringify(linkStart)} initial={linkStart} />
    </div>
  );
}
