import type { DryRun } from './result';
import { isSampleAffiliateRule } from './sample-affiliate-rule';
import type { Scenario } from './scenario';

export interface RunVerdict {
  /** The worst that happened: colours the line, and is spelled out in it. */
  level: 'ok' | 'warning' | 'error';
  /** One sentence: conversions created, affiliate postbacks sent and skipped, problems. */
  text: string;
  /** Set when every affiliate postback came from a sample rule. */
  sampleNote: string | null;
}

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

function problems(errors: number, warnings: number): string {
  if (errors === 0 && warnings === 0) return 'No problems.';
  const parts = [
    ...(errors > 0 ? [count(errors, 'error', 'errors')] : []),
    ...(warnings > 0 ? [count(warnings, 'warning', 'warnings')] : []),
  ];
  return `${parts.join(' and ')}: see Problems below.`;
}

/** The one line a dry run's result starts with. */
export function runVerdict(
  run: DryRun,
  scenario: Pick<Scenario, 'affiliatePostbacks'>,
): RunVerdict {
  const created = run.conversionChanges.filter((change) => change.kind === 'created').length;
  const { affiliateSent: sent, affiliateSkipped: skipped, errors, warnings } = run.summary;
  const conversions =
    created === 0
      ? 'No conversion created'
      : `${count(created, 'conversion', 'conversions')} created`;
  const postbacks =
    sent + skipped === 0
      ? 'no affiliate postback considered'
      : `affiliate postbacks: ${sent} sent, ${skipped} skipped`;
  const rules = scenario.affiliatePostbacks;
  const allSamples = rules.length > 0 && rules.every(isSampleAffiliateRule);
  return {
    level: errors > 0 ? 'error' : warnings > 0 ? 'warning' : 'ok',
    text: `${conversions}; ${postbacks}. ${problems(errors, warnings)}`,
    sampleNote: allSamples
      ? 'The affiliate postbacks are samples (.example addresses): put in your affiliate’s postback URL to check the real one.'
      : null,
  };
}
