import { runVerdict } from '@/lib/dry-run/run-verdict';
import { formatScenarioClock } from '@/lib/dry-run/scenario-time';
import type { StoredDryRun } from '@/lib/messages/dry-run';
import { AffiliateTable } from './AffiliateTable';
import { ConversionsTable } from './ConversionsTable';
import { ExportBar } from './ExportBar';
import { RunFindings } from './RunFindings';
import { RunTimeline } from './RunTimeline';

const VERDICT_WORD = { ok: 'Done', warning: 'Warning', error: 'Error' } as const;

/**
 * One run, results first: the verdict line (conversions created, affiliate postbacks sent and
 * skipped, problems), the problems, then the timeline; the tables and the export after them.
 */
export function RunResult({ stored }: { stored: StoredDryRun }) {
  const { run, scenario } = stored;
  const verdict = runVerdict(run, scenario);
  // Problems are what the verdict counts; notes (info) explain the emulation and wait folded.
  const problems = run.findings.filter((f) => f.severity !== 'info');
  const notes = run.findings.filter((f) => f.severity === 'info');
  return (
    <section
      class="pb-section pbd-result"
      aria-labelledby="pbd-result-title"
      data-testid="dry-run-result"
    >
      <h2 id="pbd-result-title">Result: {stored.label}</h2>
      <p class={`pbd-verdict pbd-verdict-${verdict.level}`} role="status" data-verdict>
        <strong>{VERDICT_WORD[verdict.level]}:</strong> {verdict.text}
      </p>
      {verdict.sampleNote && <p class="pb-muted pbd-sample-note">{verdict.sampleNote}</p>}
      <p class="pb-muted pbd-summary">
        Click id <code>{run.clickId}</code> at {formatScenarioClock(scenario.startTime)}; every time
        below is on the scenario’s clock, counted from that click.
      </p>
      {problems.length > 0 && (
        <>
          <h3>Problems</h3>
          <RunFindings findings={problems} />
        </>
      )}
      {notes.length > 0 && (
        <details class="pbd-details">
          <summary>Notes ({notes.length})</summary>
          <RunFindings findings={notes} />
        </details>
      )}
      <h3>Timeline</h3>
      <RunTimeline run={run} start={scenario.startTime} />
      <details class="pbd-details">
        <summary>Conversions ({run.conversions.length})</summary>
        <ConversionsTable run={run} />
      </details>
      <details class="pbd-details">
        <summary>
          Affiliate postbacks ({run.summary.affiliateSent} sent, {run.summary.affiliateSkipped}{' '}
          skipped)
        </summary>
        <AffiliateTable run={run} rules={scenario.affiliatePostbacks} />
      </details>
      <ExportBar stored={stored} />
    </section>
  );
}
