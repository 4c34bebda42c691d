import { runDryRun, runScenario } from '../lib/dry-run/run-dry-run';
import { type ScenarioInput, ScenarioSchema } from '../lib/dry-run/scenario';
import { buildLink } from '../lib/link/build-link';
import { measure, report } from './measure';

/**
 * Whole-chain dry-runs per second for an offer with 10 goals and 5 affiliate postback rules:
 * click, redirect, install + 9 events through Adjust, 10 conversions at Affise, 2 later status
 * changes, and 5 rules decided for each of the 12 conversion changes.
 */
const postbackUrl =
  'https://offers-rocketcompany.affise.com/postback?clickid={clickid}&secure=8d7a1c&sum={revenue_float}&ip={ip_address}';
const goals = Array.from({ length: 10 }, (_, i) => ({
  value: i === 0 ? '1' : `goal ${i + 1}`,
  revenue: 2 + i,
  payout: 1 + i / 2,
}));
const events = goals
  .slice(1)
  .map((g, i) => ({ goal: g.value, token: `tok${String(i).padStart(3, '0')}` }));
const link =
  buildLink({
    adjustLink: 'https://app.adjust.com/abc123?campaign={offer_id}&adgroup={pid}',
    postbackUrl,
    events,
  }).link ?? '';

const scenario: ScenarioInput = {
  seed: 1,
  offer: {
    id: '12',
    trackingUrl: link,
    postbackUrl,
    secureCode: '8d7a1c',
    defaultStatus: 2,
    goals,
  },
  click: {
    domain: 'rocketcompany.g2afse.com',
    pid: '7',
    subs: { sub1: 'aff-click-1', sub2: 'spring' },
  },
  activities: [
    { kind: 'install' },
    ...events.map((e, i) => ({ kind: 'event' as const, token: e.token, revenue: 1 + i })),
    { kind: 'status-change', goal: 'goal 2', status: 1 },
    { kind: 'status-change', goal: '1', status: 3 },
  ],
  affiliatePostbacks: [
    {
      scope: 'global',
      url: 'https://aff.example/pb?c={sub1}&s={sum}&st={status}&g={goal}&o={offerid}&t={transactionid}',
    },
    {
      scope: 'local',
      goal: 'goal 2',
      status: 'approved',
      url: 'https://aff.example/approved?c={sub1}&s={sum}',
    },
    {
      scope: 'local',
      status: 'by-creating',
      integration: 'default',
      method: 'POST',
      url: 'https://aff.example/new?c={sub1}&g={goal}',
    },
    { scope: 'local', status: 'declined', url: 'https://aff.example/declined?c={sub1}' },
    { scope: 'local', offerId: '99', url: 'https://aff.example/other?c={sub1}' },
  ],
  platform: { considerGlobalPostback: true },
};
const parsed = ScenarioSchema.parse(scenario);
const sample = runScenario(parsed);
console.log(
  `scenario: ${goals.length} goals, ${parsed.affiliatePostbacks.length} rules → ${sample.summary.requests} requests, ${sample.summary.conversions} conversions, ${sample.affiliatePostbacks.length} affiliate decisions, ${sample.summary.errors} errors`,
);
const whole = measure(() => runScenario(parsed), 1500);
report('dry-run, whole chain (parsed scenario)', whole, '10,000/s');
// A same-run baseline: these machines vary, so the run is also given as a ratio to copying its
// own scenario, which the same load slows alike.
const baseline = measure(() => structuredClone(parsed), 1500);
report('baseline: structuredClone(scenario)', baseline);
console.log(
  `a run costs ${(baseline.opsPerSec / whole.opsPerSec).toFixed(1)} scenario copies by ops/s, ${(whole.medianMs / baseline.medianMs).toFixed(1)} by median time`,
);
report(
  'dry-run, whole chain incl. zod parse',
  measure(() => runDryRun(scenario), 1500),
);
