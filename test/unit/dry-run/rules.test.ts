import { describe, expect, it } from 'vitest';
import { DRY_RUN_RULES, type DryRunCode } from '../../../lib/catalog/dry-run-rules';
import type { Scenario } from '../../../lib/dry-run/scenario';
import { adjustLink, POSTBACK, run } from './helpers';

const PB = `${POSTBACK}?clickid={clickid}&secure=8d7a1c`;
const withCallback =
  (url: string, activities: Scenario['activities'] = [{ kind: 'install' }]) =>
  (s: Scenario) => {
    s.offer.trackingUrl = adjustLink({ install_callback: url });
    s.activities = activities;
  };

/** A callback with `{name}` written raw, which Affise sees at click time. */
const rawInCallback = (name: string) => (s: Scenario) => {
  s.offer.trackingUrl = `https://app.adjust.com/abc123?install_callback=${encodeURIComponent(PB).replace('%7Bclickid%7D', '{clickid}')}%26x%3D{${name}}`;
  s.activities = [{ kind: 'install' }];
};

/**
 * One scenario per rule that must trigger it. A rule added to DRY_RUN_RULES without an example
 * here fails the completeness test, so the catalogue and its proof cannot drift apart.
 */
const EXAMPLES: Record<DryRunCode, (s: Scenario) => void> = {
  'dry-run-tracking-link-shortlink': (s) => (s.click.shortlink = true),
  'dry-run-tracking-link-http': (s) => (s.click.useSsl = false),
  'dry-run-tracking-url-invalid': (s) => (s.offer.trackingUrl = 'app.adjust.com/abc123'),
  'dry-run-click-macro-empty': (s) =>
    (s.offer.trackingUrl = 'https://app.adjust.com/abc123?creative={sub7}'),
  'dry-run-click-macro-unknown': (s) =>
    (s.offer.trackingUrl = 'https://app.adjust.com/abc123?creative={subid}'),
  'dry-run-click-macro-adjust-raw': rawInCallback('country'),
  'dry-run-click-macro-shared-raw': rawInCallback('city'),
  'dry-run-click-macro-encoded': (s) =>
    (s.offer.trackingUrl = `https://app.adjust.com/abc123?install_callback=${encodeURIComponent(`${POSTBACK}?clickid={clickid}`)}`),
  'dry-run-adjust-link-unusable': (s) =>
    (s.offer.trackingUrl = 'https://example.com/landing?x={clickid}'),
  'dry-run-adjust-callback-prefix': (s) =>
    (s.offer.trackingUrl = adjustLink({ adj_install_callback: PB })),
  'dry-run-adjust-no-callback': (s) => (s.activities = [{ kind: 'event', token: 'zzzzzz' }]),
  'dry-run-adjust-event-token-format': (s) =>
    (s.activities = [{ kind: 'event', token: 'Purchase' }]),
  'dry-run-adjust-placeholder-dropped': withCallback(`${PB}&g={gps_adid}`),
  'dry-run-adjust-placeholder-unknown': withCallback(
    'https://tracker.example/cb?c={clickid}&x={foo}',
  ),
  'dry-run-adjust-callback-not-url': (s) =>
    (s.offer.trackingUrl = `https://app.adjust.com/abc123?install_callback=${encodeURIComponent(encodeURIComponent(PB))}`),
  'dry-run-adjust-callback-ip-host': withCallback('https://203.0.113.9/postback?clickid={clickid}'),
  'dry-run-adjust-callback-http': withCallback(PB.replace('https:', 'http:')),
  'dry-run-adjust-callback-not-affise': withCallback('https://tracker.example/cb?c={clickid}'),
  'dry-run-postback-missing-clickid': withCallback(`${POSTBACK}?secure=8d7a1c`),
  'dry-run-postback-missing-offer-pid': withCallback(`${POSTBACK}?secure=8d7a1c&pid={pid}`),
  'dry-run-postback-probabilistic': withCallback(
    `${POSTBACK}?secure=8d7a1c&pid={pid}&offer_id={offer_id}`,
  ),
  'dry-run-postback-broken-clickid': withCallback(`${POSTBACK}?clickid={sub1}&secure=8d7a1c`),
  'dry-run-postback-click-not-found': withCallback(
    `${POSTBACK}?clickid=aaaaaaaaaaaaaaaaaaaaaaaa&secure=8d7a1c`,
  ),
  'dry-run-postback-offer-not-found': withCallback(
    `${POSTBACK}?secure=8d7a1c&pid={pid}&offer_id=99`,
  ),
  'dry-run-postback-access-denied': withCallback(`${POSTBACK}?clickid={clickid}`),
  'dry-run-postback-goal-defaulted': withCallback(PB),
  'dry-run-postback-goal-case': withCallback(`${PB}&goal=PURCHASE`, [{ kind: 'install' }]),
  'dry-run-postback-payments-not-found': withCallback(`${PB}&goal=deposit`),
  'dry-run-postback-status-invalid': withCallback(`${PB}&status=4`),
  'dry-run-postback-sum-invalid': withCallback(`${PB}&sum=lots`),
  'dry-run-postback-conversion-exists': withCallback(PB, [
    { kind: 'install' },
    { kind: 'install' },
  ]),
  'dry-run-postback-status-not-pending': (s) => {
    withCallback(`${PB}&status=1`)(s);
    s.activities.push({ kind: 'status-change', goal: '1', status: 3 });
  },
  'dry-run-status-change-no-postback': (s) => {
    s.offer.postbackUrl = undefined;
    s.activities = [{ kind: 'status-change', goal: 'purchase', status: 1 }];
  },
  'dry-run-affiliate-status-hidden': (s) => (s.platform.statusesShownToAffiliates = [1]),
  'dry-run-affiliate-post-body': (s) =>
    (s.affiliatePostbacks = [
      {
        scope: 'global',
        status: 'any',
        integration: 'all',
        method: 'POST',
        url: 'https://aff.example/pb?c={sub1}',
      },
    ]),
  'dry-run-affiliate-url-invalid': (s) =>
    (s.affiliatePostbacks = [
      { scope: 'global', status: 'any', integration: 'all', method: 'GET', url: 'aff.example/pb' },
    ]),
  'dry-run-affiliate-macro-unknown': (s) =>
    (s.affiliatePostbacks = [
      {
        scope: 'global',
        status: 'any',
        integration: 'all',
        method: 'GET',
        url: 'https://aff.example/pb?p={payout}',
      },
    ]),
  'dry-run-affiliate-clickid': (s) =>
    (s.affiliatePostbacks = [
      {
        scope: 'global',
        status: 'any',
        integration: 'all',
        method: 'GET',
        url: 'https://aff.example/pb?c={clickid}',
      },
    ]),
  'dry-run-affiliate-offer-id-macro': (s) =>
    (s.affiliatePostbacks = [
      {
        scope: 'global',
        status: 'any',
        integration: 'all',
        method: 'GET',
        url: 'https://aff.example/pb?o={offer_id}',
      },
    ]),
  'dry-run-macro-left-literal': (s) =>
    (s.offer.trackingUrl = 'https://app.adjust.com/abc123?campaign={campaign_name}'),
  'dry-run-postback-macro-literal': withCallback(`${PB}&sum={sum}`),
  'dry-run-postback-percent-no-sum': (s) => {
    withCallback(PB)(s);
    s.offer.goals = [{ value: '1', revenue: 20, payout: 10, payoutType: 'percent' }];
  },
  'dry-run-postback-offer-disabled': (s) => (s.offer.disabled = true),
  'dry-run-postback-ip-denied': (s) => (s.offer.ipWhitelist = ['198.51.100.0/24']),
  'dry-run-conversion-lifespan-expired': (s) => {
    s.offer.clickSessionLifespan = { value: 30, unit: 'minutes' };
    s.activities = [{ kind: 'install', after: 3600 }];
  },
  'dry-run-conversion-lifespan-min': (s) => {
    s.offer.minClickSessionLifespan = { value: 2, unit: 'hours' };
    s.activities = [{ kind: 'install', after: 3600 }];
  },
  'dry-run-conversion-cap-reached': (s) => {
    withCallback(`${PB}&action_id={created_at}`, [{ kind: 'install' }, { kind: 'install' }])(s);
    s.offer.caps = [{ conversions: 1 }];
  },
  'dry-run-hold-approved': (s) => (s.offer.holdPeriod = { value: 1, unit: 'hours' }),
  'dry-run-adjust-attributed-elsewhere': (s) =>
    (s.activities = [{ kind: 'attributed-elsewhere' }, { kind: 'install' }]),
  'dry-run-adjust-rejected-fps': (s) => (s.activities = [{ kind: 'rejected_install' }]),
  'dry-run-adjust-rejected-status': (s) => {
    s.offer.trackingUrl = adjustLink({ rejected_install_callback: PB });
    s.activities = [{ kind: 'rejected_install' }];
  },
  'dry-run-value-decoded-twice': (s) => {
    withCallback(`${PB}&s1={sub1}`)(s);
    s.click.subs = { sub1: '50% off & more' };
  },
  'dry-run-value-still-encoded': withCallback(`${PB}&x=a%2520b`),
  'dry-run-no-conversions': (s) => (s.activities = []),
  // 40 copies of a 2,048-character sub fill more than one request may take (run-limits.ts).
  'dry-run-limit-reached': (s) => {
    s.click.subs = { sub1: 'x'.repeat(2048) };
    s.affiliatePostbacks = [
      {
        scope: 'global',
        status: 'any',
        integration: 'all',
        method: 'GET',
        url: `https://aff.example/pb?${'s={sub1}&'.repeat(40)}`,
      },
    ];
  },
};

describe('dry-run rule catalogue', () => {
  it('every rule has an example here and every example a rule', () => {
    expect(Object.keys(EXAMPLES).sort()).toEqual(Object.keys(DRY_RUN_RULES).sort());
  });

  it.each(Object.entries(EXAMPLES) as [DryRunCode, (s: Scenario) => void][])(
    '%s is reported by its example, with its severity',
    (code, edit) => {
      const found = run(edit).findings.filter((f) => f.code === code);
      expect(
        found.length,
        `${code}: the example scenario does not trigger it; fix the example or the rule`,
      ).toBeGreaterThan(0);
      expect(found.every((f) => f.severity === DRY_RUN_RULES[code].severity)).toBe(true);
      expect(found.every((f) => f.message.length > 20 && f.path.length > 0)).toBe(true);
    },
  );

  it('every rule names its source page, and assumptions are sentences', () => {
    for (const [code, rule] of Object.entries(DRY_RUN_RULES)) {
      expect(rule.source, code).toMatch(/^https:\/\//);
      if ('assumption' in rule) expect(rule.assumption, code).toMatch(/\.$/);
    }
  });
});
