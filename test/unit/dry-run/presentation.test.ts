import { describe, expect, it } from 'vitest';
import { describeScenario } from '../../../lib/dry-run/describe-scenario';
import type { DryRun } from '../../../lib/dry-run/result';
import { runVerdict } from '../../../lib/dry-run/run-verdict';
import { isSampleAffiliateRule } from '../../../lib/dry-run/sample-affiliate-rule';
import { scenarioFromOffer } from '../../../lib/dry-run/scenario-from-offer';
import {
  activityInstants,
  elapsedSince,
  formatElapsed,
  formatScenarioClock,
} from '../../../lib/dry-run/scenario-time';
import { run, sample } from './helpers';

describe('scenario time', () => {
  it.each([
    ['2026-01-15T10:00:00Z', '2026-01-15 10:00:00 UTC'],
    ['2026-01-15T10:00:00.000Z', '2026-01-15 10:00:00 UTC'],
    ['not a time', 'not a time'],
  ])('formatScenarioClock(%s) = %s', (iso, want) => {
    expect(formatScenarioClock(iso)).toBe(want);
  });

  it.each([
    [0, '+0 s'],
    [59, '+59 s'],
    [60, '+1 min'],
    [3_900, '+1 h 5 min'],
    [90_061, '+1 d 1 h'],
    [-120, '−2 min'],
  ])('formatElapsed(%d) = %s', (seconds, want) => {
    expect(formatElapsed(seconds)).toBe(want);
  });

  it('times each activity as the emulator does', () => {
    const scenario = sample((s) => {
      s.activities[1] = { kind: 'event', token: 'k2x9q1' };
    });
    const instants = activityInstants(scenario.startTime, scenario.activities);
    const dryRun = run((s) => {
      s.activities[1] = { kind: 'event', token: 'k2x9q1' };
    });
    scenario.activities.forEach((_, index) => {
      const request = dryRun.requests.find((r) => r.activity === index);
      expect(request?.at, `activity ${index}`).toBe(instants[index]);
    });
    expect(instants[1]).toBe('2026-01-15T11:01:00.000Z');
  });

  it('measures from the scenario start, not from now', () => {
    expect(elapsedSince('2026-01-15T10:00:00Z', '2026-01-16T11:00:00.000Z')).toBe('+1 d 1 h');
    expect(elapsedSince('2026-01-15T10:00:00Z', 'later')).toBe('');
  });
});

describe('isSampleAffiliateRule: .example hosts (RFC 2606) are samples', () => {
  it.each([
    ['https://tracker.bestaffiliate.example/postback?x=1', true],
    ['https://affiliate.example/postback', true],
    ['HTTPS://AFFILIATE.EXAMPLE:8443/p', true],
    ['https://affiliate.example.com/postback', false],
    ['https://tracker.realaffiliate.com/pb?click={sub1}', false],
    ['not a url', false],
  ])('%s → %s', (url, want) => {
    expect(isSampleAffiliateRule({ url })).toBe(want);
  });

  it('labels the rules the sample scenario and an offer scenario start with', () => {
    expect(sample().affiliatePostbacks.every(isSampleAffiliateRule)).toBe(true);
    expect(
      scenarioFromOffer({ id: '7', goals: [{ value: '1' }] }).affiliatePostbacks.every(
        isSampleAffiliateRule,
      ),
    ).toBe(true);
  });
});

describe('runVerdict: one line on what happened', () => {
  const summary = (s: Partial<DryRun['summary']>, created: number): DryRun =>
    ({
      ...run(),
      conversionChanges: Array.from({ length: created }, (_, i) => ({
        conversion: i,
        kind: 'created' as const,
        from: null,
        status: 1 as const,
        at: '2026-01-15T10:00:00Z',
        request: 0,
      })),
      summary: {
        requests: 1,
        conversions: created,
        affiliateSent: 0,
        affiliateSkipped: 0,
        errors: 0,
        warnings: 0,
        ...s,
      },
    }) as DryRun;
  const real = {
    affiliatePostbacks: [{ ...sample().affiliatePostbacks[0], url: 'https://aff.com/p' }],
  } as Parameters<typeof runVerdict>[1];

  it.each([
    {
      what: 'all went through',
      run: summary({ affiliateSent: 5, affiliateSkipped: 5 }, 3),
      want: {
        level: 'ok',
        text: '3 conversions created; affiliate postbacks: 5 sent, 5 skipped. No problems.',
      },
    },
    {
      what: 'nothing created, with errors and warnings',
      run: summary({ errors: 2, warnings: 1 }, 0),
      want: {
        level: 'error',
        text: 'No conversion created; no affiliate postback considered. 2 errors and 1 warning: see Problems below.',
      },
    },
    {
      what: 'one of each, a warning only',
      run: summary({ affiliateSent: 1, warnings: 1 }, 1),
      want: {
        level: 'warning',
        text: '1 conversion created; affiliate postbacks: 1 sent, 0 skipped. 1 warning: see Problems below.',
      },
    },
  ])('$what', ({ run: dryRun, want }) => {
    expect(runVerdict(dryRun, real)).toMatchObject({ ...want, sampleNote: null });
  });

  it('says when every affiliate postback is a sample', () => {
    expect(runVerdict(run(), sample()).sampleNote).toContain('samples');
  });

  it('counts what the sample scenario really does', () => {
    expect(runVerdict(run(), sample()).text).toMatch(
      /^3 conversions created; affiliate postbacks: 5 sent, 5 skipped\./,
    );
  });
});

describe('describeScenario: the collapsed form in one line', () => {
  it('names the offer, the click, the activities, the rules and the clock', () => {
    expect(describeScenario(sample())).toBe(
      'Offer 12 “Rocket Game iOS” · click by affiliate 7 on rocketcompany.g2afse.com · 1 install, 2 events, 2 status changes over 1 d 1 h · 2 affiliate postbacks (samples) · clock starts 2026-01-15 10:00:00 UTC',
    );
  });

  it('says so when there is nothing to do', () => {
    const empty = sample((s) => {
      s.activities = [];
      s.affiliatePostbacks = [];
    });
    expect(describeScenario(empty)).toContain(
      'no activity after the click · no affiliate postback',
    );
  });
});
