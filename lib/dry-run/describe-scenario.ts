import { isSampleAffiliateRule } from './sample-affiliate-rule';
import type { Activity, Scenario } from './scenario';
import { formatElapsed, formatScenarioClock } from './scenario-time';

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

const ACTIVITY_WORD: Record<string, [string, string]> = {
  install: ['install', 'installs'],
  event: ['event', 'events'],
  'status-change': ['status change', 'status changes'],
};

function activities(list: readonly Pick<Activity, 'kind' | 'after'>[]): string {
  if (list.length === 0) return 'no activity after the click';
  const counts = new Map<string, number>();
  for (const activity of list) counts.set(activity.kind, (counts.get(activity.kind) ?? 0) + 1);
  const parts = [...counts].map(([kind, n]) => {
    const [one, many] = ACTIVITY_WORD[kind] ?? [
      kind.replace(/[_-]/g, ' '),
      `${kind.replace(/[_-]/g, ' ')}s`,
    ];
    return plural(n, one, many);
  });
  const span = list.reduce((total, activity) => total + (Number(activity.after) || 0), 0);
  return `${parts.join(', ')} over ${formatElapsed(span).slice(1)}`;
}

function rules(list: Scenario['affiliatePostbacks']): string {
  if (list.length === 0) return 'no affiliate postback';
  const samples = list.filter(isSampleAffiliateRule).length;
  const what = plural(list.length, 'affiliate postback');
  if (samples === 0) return what;
  return samples === list.length ? `${what} (samples)` : `${what} (${samples} of them samples)`;
}

/**
 * The scenario in one line, for the collapsed form: which offer, which click, what happens, which
 * affiliate postbacks, and when the scenario's clock starts.
 */
export function describeScenario(scenario: Scenario): string {
  const { offer, click } = scenario;
  const name = offer.name ? ` “${offer.name}”` : '';
  return [
    `Offer ${offer.id}${name}`,
    `click by affiliate ${click.pid} on ${click.domain}`,
    activities(scenario.activities),
    rules(scenario.affiliatePostbacks),
    `clock starts ${formatScenarioClock(scenario.startTime)}`,
  ].join(' · ');
}
