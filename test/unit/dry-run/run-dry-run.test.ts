import { describe, expect, it } from 'vitest';
import { InputError } from '../../../lib/core/input-error';
import { formatDryRunMarkdown } from '../../../lib/dry-run/format-dry-run-markdown';
import { DryRunSchema } from '../../../lib/dry-run/result';
import { runDryRun, runScenario } from '../../../lib/dry-run/run-dry-run';
import { SAMPLE_SCENARIO } from '../../../lib/dry-run/sample-scenario';
import { scenarioFromOffer } from '../../../lib/dry-run/scenario-from-offer';
import { run, sample } from './helpers';

describe('runDryRun', () => {
  it('gives the same run for the same scenario and another click id for another seed', () => {
    expect(JSON.stringify(runDryRun(SAMPLE_SCENARIO))).toBe(
      JSON.stringify(runDryRun(SAMPLE_SCENARIO)),
    );
    expect(runDryRun({ ...SAMPLE_SCENARIO, seed: 7 }).clickId).not.toBe(
      runDryRun(SAMPLE_SCENARIO).clickId,
    );
  });

  it('matches its published schema', () => {
    expect(DryRunSchema.safeParse(runDryRun(SAMPLE_SCENARIO)).success).toBe(true);
  });

  it('throws InputError naming the field for a scenario that does not parse', () => {
    expect(() =>
      runDryRun({ ...SAMPLE_SCENARIO, click: { ...SAMPLE_SCENARIO.click, domain: 'not a host' } }),
    ).toThrow(InputError);
    try {
      runDryRun({ ...SAMPLE_SCENARIO, click: { ...SAMPLE_SCENARIO.click, domain: 'not a host' } });
    } catch (error) {
      expect((error as InputError).path).toBe('click.domain');
    }
  });

  it('times activities from the scenario clock: `after` seconds, 60 by default', () => {
    const result = run((s) => {
      s.activities = [{ kind: 'install' }, { kind: 'event', token: 'r8oaj2', after: 30 }];
    });
    expect(result.requests.filter((r) => r.hop === 'adjust-callback').map((r) => r.at)).toEqual([
      '2026-01-15T10:01:00.000Z',
      '2026-01-15T10:01:30.000Z',
    ]);
  });

  it('links affiliate decisions to the requests they sent', () => {
    const result = run();
    for (const decision of result.affiliatePostbacks) {
      if (!decision.sent) expect(decision.requestIndex).toBeNull();
      else
        expect(result.requests[decision.requestIndex ?? -1]).toMatchObject({
          hop: 'affiliate-postback',
          url: decision.request?.url,
        });
    }
    expect(result.postbacks.map((p) => p.accepted)).toEqual([true, true, true, true, true]);
  });

  it('a status change without an earlier conversion uses the offer postback', () => {
    const result = run((s) => {
      s.activities = [{ kind: 'status-change', goal: 'purchase', status: 1 }];
    });
    const request = result.requests.find((r) => r.hop === 'advertiser-postback');
    expect(request?.url).toBe(
      `https://offers-rocketcompany.affise.com/postback?clickid=${result.clickId}&secure=8d7a1c&goal=purchase&status=1`,
    );
    expect(result.conversions[0]).toMatchObject({ goal: 'purchase', status: 1 });
  });

  it('an unusable Tracking URL stops after the click', () => {
    const result = run((s) => {
      s.offer.trackingUrl = 'not a url';
    });
    expect(result.requests.map((r) => r.hop)).toEqual(['click']);
    expect(result.summary.errors).toBeGreaterThan(0);
  });
});

describe('formatDryRunMarkdown', () => {
  const markdown = formatDryRunMarkdown(runScenario(sample()));

  it('has the timeline, conversions, affiliate postbacks and findings', () => {
    expect(markdown).toContain('# Postbridge dry-run');
    expect(markdown).toContain('no request below was sent');
    expect(markdown).toContain('### 1. click:');
    expect(markdown).toContain('### 10. affiliate-postback:');
    expect(markdown).toContain('| 3 | purchase | 1 (approved) |');
    expect(markdown).toMatch(/\| 2 \| #3 status-changed → 1 \| sent \|/);
    expect(markdown).toContain('## Findings');
  });

  it('escapes table cells', () => {
    const result = runScenario(sample((s) => (s.click.subs = { sub1: 'a|b' })));
    expect(formatDryRunMarkdown(result)).toContain('aff');
    expect(formatDryRunMarkdown(result)).not.toMatch(/\| a\|b \|/);
  });
});

describe('scenarioFromOffer', () => {
  it('is the sample without an offer', () => {
    expect(scenarioFromOffer()).toEqual(SAMPLE_SCENARIO);
  });

  it('builds the link from the offer and mapping, with an install and one event per token', () => {
    const scenario = scenarioFromOffer(
      {
        id: '44',
        title: 'Game',
        network: 'rocketcompany',
        trackingUrl: 'https://app.adjust.com/abc123',
        postbackUrl: 'https://offers-rocketcompany.affise.com/postback?clickid={clickid}',
        goals: [
          { value: '1', revenue: 1, payout: 0.5 },
          { value: 'purchase', revenue: 9.99, payout: 4 },
        ],
      },
      { install: { goal: '1' }, events: [{ goal: 'purchase', token: 'r8oaj2' }] },
    );
    expect(scenario.offer.trackingUrl).toContain(
      'install_callback=https%3A%2F%2Foffers-rocketcompany.affise.com',
    );
    expect(scenario.offer.trackingUrl).toContain('event_callback_r8oaj2=');
    expect(scenario.click.domain).toBe('rocketcompany.g2afse.com');
    expect(scenario.activities).toEqual([
      { kind: 'install', after: 3600 },
      { kind: 'event', token: 'r8oaj2', after: 600, revenue: 9.99 },
    ]);
    const result = runScenario(scenario);
    expect(result.conversions.map((c) => c.goal)).toEqual(['1', 'purchase']);
    expect(result.summary.errors).toBe(0);
  });
});
