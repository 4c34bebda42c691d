import type { DryRun } from '../../../lib/dry-run/result';
import { runScenario } from '../../../lib/dry-run/run-dry-run';
import { SAMPLE_SCENARIO } from '../../../lib/dry-run/sample-scenario';
import { type Scenario, ScenarioSchema } from '../../../lib/dry-run/scenario';

export const POSTBACK = 'https://offers-rocketcompany.affise.com/postback';
export const CLICK_ID = '5ec25b044a4f2b0001211111';

/** A fresh, parsed copy of the sample scenario with a fixed click id. */
export function sample(edit?: (s: Scenario) => void): Scenario {
  const copy = ScenarioSchema.parse(JSON.parse(JSON.stringify(SAMPLE_SCENARIO)));
  copy.click.clickId = CLICK_ID;
  edit?.(copy);
  return ScenarioSchema.parse(copy);
}

/** Encodes a callback URL the way the link builder does: Affise macros stay raw. */
export function encodeCallback(url: string): string {
  return encodeURIComponent(url).replace(/%7B(clickid|click_id|pid|offer_id|sub\d+)%7D/g, '{$1}');
}

/** An Adjust link whose callbacks are the given URLs (values encoded once, Affise macros raw). */
export function adjustLink(
  callbacks: Record<string, string>,
  base = 'https://app.adjust.com/abc123?campaign={offer_id}',
): string {
  const params = Object.entries(callbacks).map(([name, url]) => `${name}=${encodeCallback(url)}`);
  return [base, ...params].join(base.includes('?') ? '&' : '?');
}

export function run(edit?: (s: Scenario) => void): DryRun {
  return runScenario(sample(edit));
}

export function codes(run: DryRun): string[] {
  return run.findings.map((f) => f.code);
}
