import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DryRun } from '../../../lib/dry-run/result';
import { runScenario } from '../../../lib/dry-run/run-dry-run';
import { decodeOnce, parseQuery } from '../../../lib/url/query';
import { splitUrl } from '../../../lib/url/split-url';
import { runs } from '../../property-runs';
import { encodeCallback, POSTBACK, sample } from './helpers';

const goalChar = fc.constantFrom(
  ...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_ .-'.split(''),
);
const goalValue = fc
  .string({ unit: goalChar, minLength: 1, maxLength: 12 })
  .filter((g) => g.trim() !== '');
const token = fc.string({
  unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz0123456789'.split('')),
  minLength: 6,
  maxLength: 6,
});
/** Characters that survive being filled at click time and decoded twice (see dry-run-value-decoded-twice). */
const safeSubChar = fc.constantFrom(..."abcXYZ019-_.~!*()'/:;,@$ ".split(''));
const DEVICE = ['idfa', 'country', 'os_version', 'user_agent', 'city'] as const;

const goals = fc.uniqueArray(goalValue, {
  minLength: 1,
  maxLength: 10,
  selector: (g) => g.toLowerCase(),
});

function param(url: string, name: string): string | undefined {
  const p = parseQuery(splitUrl(url)?.query ?? null).find((q) => q.name === name);
  return p?.value == null ? undefined : decodeOnce(p.value);
}

function scenarioFor(
  goalValues: string[],
  tokens: string[],
  pick: number,
  subs: Record<string, string>,
  device: Record<string, string>,
) {
  const template = `${POSTBACK}?clickid={clickid}&secure=8d7a1c&s1={sub1}&s2={sub2}&${DEVICE.map((d) => `${d}={${d}}`).join('&')}`;
  const callbacks = goalValues.map(
    (goal, i) =>
      `event_callback_${tokens[i]}=${encodeCallback(`${template}&goal=${encodeURIComponent(goal)}`)}`,
  );
  return sample((s) => {
    s.click.clickId = undefined;
    s.offer.trackingUrl = `https://app.adjust.com/abc123?${callbacks.join('&')}`;
    s.offer.goals = goalValues.map((value) => ({ value, revenue: 2, payout: 1 }));
    s.click.subs = subs;
    s.device.values = device;
    s.activities = [
      { kind: 'event', token: tokens[pick % goalValues.length] as string, revenue: 1.25 },
    ];
    s.affiliatePostbacks = [
      {
        scope: 'global',
        status: 'any',
        integration: 'all',
        method: 'GET',
        url: 'https://aff.example/pb?c={sub1}&g={goal}',
      },
    ];
  });
}

const postbackOf = (run: DryRun) => run.requests.find((r) => r.hop === 'adjust-callback');

describe('dry-run properties', () => {
  it('the Affise postback carries the click id and goal that went in, and no {…} is left', () => {
    fc.assert(
      fc.property(
        goals,
        fc.uniqueArray(token, { minLength: 10, maxLength: 10 }),
        fc.nat(),
        fc.record({
          sub1: fc.string({ unit: safeSubChar, maxLength: 16 }),
          sub2: fc.string({ unit: safeSubChar, maxLength: 16 }),
        }),
        fc.record(
          Object.fromEntries(
            DEVICE.map((d) => [d, fc.string({ unit: 'grapheme', maxLength: 12 })]),
          ) as Record<(typeof DEVICE)[number], fc.Arbitrary<string>>,
        ),
        fc.integer({ min: 0, max: 1000 }),
        (goalValues, tokens, pick, subs, device, seed) => {
          const scenario = scenarioFor(goalValues, tokens, pick, subs, device);
          scenario.seed = seed;
          const goal = goalValues[pick % goalValues.length] as string;
          const run = runScenario(scenario);
          const request = postbackOf(run);
          expect(request).toBeDefined();
          const url = request?.url ?? '';
          expect(run.clickId).toMatch(/^[0-9a-f]{24}$/);
          expect(param(url, 'clickid')).toBe(run.clickId);
          expect(param(url, 'goal')).toBe(goal);
          expect(url).not.toMatch(/\{[A-Za-z0-9_]+\}/);
          for (const name of DEVICE) expect(param(url, name)).toBe(device[name]);
          expect(param(url, 's1')).toBe(subs.sub1);
          expect(run.conversions[0]).toMatchObject({
            goal,
            clickId: run.clickId,
            actionId: run.clickId,
          });
          const affiliate = run.requests.find((r) => r.hop === 'affiliate-postback');
          expect(param(affiliate?.url ?? '', 'g')).toBe(goal);
          expect(param(affiliate?.url ?? '', 'c')).toBe(subs.sub1);
        },
      ),
      { numRuns: runs(150) },
    );
  });

  it('any sub value either arrives unchanged or is reported as decoded twice', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme-ascii', maxLength: 20 }), (sub1) => {
        const run = runScenario(scenarioFor(['purchase'], ['r8oaj2'], 0, { sub1 }, {}));
        const reported = run.findings.some(
          (f) => f.code === 'dry-run-value-decoded-twice' && f.path === 'click.subs.sub1',
        );
        const arrived = param(postbackOf(run)?.url ?? '', 's1');
        if (!reported) expect(arrived).toBe(sub1);
      }),
      { numRuns: runs(300) },
    );
  });

  it('never throws for any scenario the schema accepts, and is deterministic', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 200 }),
        fc.string({ maxLength: 40 }),
        fc.integer({ min: 0, max: 2 ** 32 - 1 }),
        (link, sub, seed) => {
          const scenario = sample((s) => {
            s.offer.trackingUrl = `https://app.adjust.com/abc123?${link}`;
            s.click.subs = { sub1: sub };
            s.seed = seed;
          });
          expect(JSON.stringify(runScenario(scenario))).toBe(JSON.stringify(runScenario(scenario)));
        },
      ),
      { numRuns: runs(150) },
    );
  });
});
