import './dry-run.css';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { ScenarioSchema } from '@/lib/dry-run/scenario';
import {
  type MappingPrefill,
  type OfferPrefill,
  scenarioFromOffer,
} from '@/lib/dry-run/scenario-from-offer';
import type { StoredDryRun } from '@/lib/messages/dry-run';
import { sendRequest } from '@/utils/messaging';
import { AffiliateLinkBuilder } from './AffiliateLinkBuilder';
import { AffiliateTable } from './AffiliateTable';
import { ConversionsTable } from './ConversionsTable';
import { ExportBar } from './ExportBar';
import { RunFindings } from './RunFindings';
import { RunHistory } from './RunHistory';
import { RunTimeline } from './RunTimeline';
import { ScenarioEditor } from './ScenarioEditor';
import { issueMap } from './scenario-issues';
import { useScenarioDraft } from './use-scenario-draft';

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
}

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * The "Dry run" view: edit a scenario, let the background emulate the whole chain (nothing is
 * sent), and read every request, conversion and affiliate postback decision; export the run.
 */
export function DryRunView({ offer, mapping, draftKey }: DryRunViewProps) {
  // The popup passes new objects on every render; their JSON tells when the offer really changed.
  const prefill = JSON.stringify({ offer: offer ?? null, mapping: mapping ?? null });
  const fromOffer = useMemo(() => {
    const start: { offer: OfferPrefill | null; mapping: MappingPrefill | null } =
      JSON.parse(prefill);
    return scenarioFromOffer(start.offer, start.mapping);
  }, [prefill]);
  const draft = useScenarioDraft(draftKey, fromOffer);
  const { scenario, setScenario } = draft;
  const [current, setCurrent] = useState<StoredDryRun | null>(null);
  const [history, setHistory] = useState<StoredDryRun[]>([]);
  const [running, setRunning] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [notSaved, setNotSaved] = useState<string | null>(null);
  const [label, setLabel] = useState('');

  const parsed = useMemo(() => ScenarioSchema.safeParse(scenario), [scenario]);
  const issues = issueMap(parsed.success ? null : parsed.error);

  useEffect(() => {
    sendRequest({ type: 'listDryRuns' })
      .then(({ runs, notice }) => {
        setHistory(runs);
        if (notice) setNotSaved(notice);
      })
      .catch((e: unknown) => setError(`Stored runs could not be read: ${messageOf(e)}`));
  }, []);

  const run = async () => {
    if (!parsed.success) return;
    setRunning(true);
    setError(null);
    try {
      const { stored, notSaved: why } = await sendRequest({
        type: 'runDryRun',
        scenario: parsed.data,
        ...(label.trim() ? { label: label.trim() } : {}),
      });
      setCurrent(stored);
      setNotSaved(why ?? null);
      if (why === undefined) {
        setHistory((runs) => [stored, ...runs.filter((r) => r.id !== stored.id)].slice(0, 10));
      }
    } catch (e) {
      setError(messageOf(e));
    } finally {
      setRunning(false);
    }
  };

  const result = current?.run;
  const { domain, pid, useSsl, shortlink, subs, params } = scenario.click;
  const linkStart = { domain, pid, useSsl, shortlink, subs, params, offerId: scenario.offer.id };
  return (
    <div class="pbd-root">
      <section class="pb-section" aria-labelledby="pbd-title">
        <h2 id="pbd-title">Dry run: click → Adjust → Affise → affiliates</h2>
        <p class="pb-muted">
          Emulated offline. No request is sent to Affise, Adjust or any affiliate.
        </p>
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
              {offer ? 'Reset to offer' : 'Reset to the sample'}
            </button>
          </div>
        )}
        {draft.loaded ? (
          <details class="pbd-details" open>
            <summary>Scenario</summary>
            <ScenarioEditor scenario={scenario} issues={issues} onChange={setScenario} />
          </details>
        ) : (
          <p class="pb-muted" role="status">
            Loading the scenario…
          </p>
        )}
        {!parsed.success && (
          <div class="pbd-issues" role="alert">
            <strong>The scenario cannot run yet:</strong>
            <ul>
              {[...issues].map(([path, message]) => (
                <li key={path}>
                  <code>{path || '(scenario)'}</code>: {message}
                </li>
              ))}
            </ul>
          </div>
        )}
        <div class="pbd-row pbd-run-bar">
          <div class="pbd-field">
            <label for="pbd-run-label">Run name (optional)</label>
            <input
              id="pbd-run-label"
              type="text"
              class="pb-input pbd-plain"
              value={label}
              onInput={(e) => setLabel(e.currentTarget.value)}
            />
          </div>
          <button
            type="button"
            class="pb-button pb-primary"
            disabled={!parsed.success || running}
            onClick={run}
          >
            {running ? 'Running…' : 'Run dry-run'}
          </button>
          <button type="button" class="pb-button" onClick={draft.reset}>
            {offer ? 'Reset to offer' : 'Reset to the sample'}
          </button>
        </div>
        {error && (
          <p class="pbd-field-error" role="alert">
            {error}
          </p>
        )}
        {notSaved && (
          <p class="pb-notice pb-warning" role="status" data-testid="dry-run-not-saved">
            {notSaved}
          </p>
        )}
      </section>

      {current && result && (
        <section
          class="pb-section pbd-result"
          aria-labelledby="pbd-result-title"
          data-testid="dry-run-result"
        >
          <h2 id="pbd-result-title">Result: {current.label}</h2>
          <p class="pbd-summary" role="status">
            Click id <code>{result.clickId}</code>: {result.summary.requests} requests,{' '}
            {result.summary.conversions} conversions, affiliate postbacks{' '}
            {result.summary.affiliateSent} sent / {result.summary.affiliateSkipped} skipped;{' '}
            {result.summary.errors} errors, {result.summary.warnings} warnings.
          </p>
          <ExportBar stored={current} />
          <h3>Findings</h3>
          <RunFindings findings={result.findings} />
          <h3>Timeline</h3>
          <RunTimeline run={result} />
          <h3>Conversions</h3>
          <ConversionsTable run={result} />
          <h3>Affiliate postbacks</h3>
          <AffiliateTable run={result} />
        </section>
      )}

      <section class="pb-section" aria-labelledby="pbd-history-title">
        <h2 id="pbd-history-title">Last runs</h2>
        <RunHistory
          runs={history}
          selected={current?.id ?? null}
          onSelect={(stored) => {
            setCurrent(stored);
            setScenario(stored.scenario);
          }}
          onClear={() => {
            sendRequest({ type: 'clearDryRuns' })
              .then(() => setHistory([]))
              .catch((e: unknown) => setError(messageOf(e)));
          }}
        />
      </section>

      {/* Starts from the scenario's click and follows it when the click changes there. */}
      <AffiliateLinkBuilder key={JSON.stringify(linkStart)} initial={linkStart} />
    </div>
  );
}
