import { describe, expect, it } from 'vitest';
import { MAX_INPUT_CHARS, runCli } from '../../../lib/cli/run-cli';
import { runDryRun } from '../../../lib/dry-run/run-dry-run';
import { RUN_LIMITS } from '../../../lib/dry-run/run-limits';
import { inspectLink } from '../../../lib/link/inspect-link';
import { exampleScenario, hugeLink, multiplyingScenario } from '../../fuzz/attack-scenarios';

const cli = (args: string[], input = '') => runCli(args, { readText: async () => input });

describe('issue 10 §1: every output is bounded', () => {
  // The attack: a 1.28 MB scenario inside every field limit built 277 MB at N = 10 and threw
  // RangeError at N = 25. Now the run stops at a cap with a finding, and the output stays small.
  it.each([10, 25, 999])(
    'the multiplying scenario with %i status changes ends with dry-run-limit-reached',
    async (n) => {
      const input = JSON.stringify(multiplyingScenario(n));
      expect(input.length).toBeGreaterThan(1_200_000);
      const result = await cli(['dry-run'], input);
      expect(result.stderr).toBe('');
      expect(result.code).toBe(1);
      expect(result.stdout.length).toBeLessThan(4 * input.length);
      const run = JSON.parse(result.stdout);
      expect(run.findings.map((f: { code: string }) => f.code)).toContain('dry-run-limit-reached');
      expect(run.findings.length).toBeLessThanOrEqual(RUN_LIMITS.findings + 1);
    },
  );

  it('a run that stops still holds the requests made before the cap', () => {
    const run = runDryRun(multiplyingScenario(25));
    expect(run.requests.length).toBeGreaterThan(2);
    const limit = run.findings.find((f) => f.code === 'dry-run-limit-reached');
    expect(limit?.message).toMatch(/^The run stopped here/);
    const chars = run.requests.reduce((n, r) => n + r.url.length + (r.body?.length ?? 0), 0);
    expect(chars).toBeLessThanOrEqual(RUN_LIMITS.requestChars);
  });

  it('one fill cannot blow a few kilobytes up into megabytes', () => {
    const scenario = exampleScenario();
    scenario.click = { ...(scenario.click as object), subs: { sub1: 'x'.repeat(2048) } };
    scenario.affiliatePostbacks = [
      { scope: 'global', url: `https://aff.example/pb?${'s={sub1}&'.repeat(1500)}` },
    ];
    const run = runDryRun(scenario);
    expect(JSON.stringify(run).length).toBeLessThan(2_000_000);
    expect(run.findings.some((f) => f.code === 'dry-run-limit-reached')).toBe(true);
  });

  it('an input over the limit is refused with exit 2 and one line', async () => {
    const result = await cli(['dry-run'], ' '.repeat(MAX_INPUT_CHARS + 1));
    expect(result.code).toBe(2);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(/the limit is 2,000,000/);
  });

  it('inspect refuses a 10 MB link at once, with exit 2 and one line', async () => {
    const started = performance.now();
    const result = await cli(['inspect', hugeLink(10)]);
    expect(performance.now() - started).toBeLessThan(1000);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^postbridge inspect: the link is 10,000,\d+ characters long/);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('an internal failure is exit 2 with one line, never a stack trace', async () => {
    const result = await runCli(['generate'], {
      readText: () => Promise.reject(new Error('disk\non fire')),
    });
    expect(result.code).toBe(2);
    expect(result.stderr).not.toMatch(/\n\s+at /);
    const broken = await runCli(['dry-run'], {
      readText: async () => {
        throw new RangeError('Invalid string length');
      },
    });
    expect(broken.code).toBe(2);
    expect(broken.stderr.trim().split('\n')).toHaveLength(1);
  });
});

describe('issue 10 §7: names from input never reach Object.prototype', () => {
  const link =
    'https://app.adjust.com/abc123?__proto__=x&constructor=y&toString=z&hasOwnProperty=1&valueOf=2';

  it('inspect treats __proto__, constructor and toString as ordinary parameters', () => {
    const inspection = inspectLink(link);
    expect(inspection.callbacks).toEqual([]);
    expect(inspection.params.map((p) => p.name)).toEqual([
      '__proto__',
      'constructor',
      'toString',
      'hasOwnProperty',
      'valueOf',
    ]);
  });

  it('generate does not report them as callbacks the link carries', async () => {
    const input = JSON.stringify({
      adjustLink: 'https://app.adjust.com/abc123?toString=1&constructor=2',
      postbackUrl: 'https://offers-network.affise.com/postback?clickid={clickid}',
      install: { goal: '1' },
    });
    const result = await cli(['generate'], input);
    expect(result.stdout).not.toMatch(/carries (toString|constructor)/);
    expect(JSON.parse(result.stdout).link).toContain('toString=1&constructor=2');
  });

  it('a postback with status=toString is an unknown status, not a function', () => {
    const withCallback = exampleScenario();
    const tracking = (withCallback.offer as { trackingUrl: string }).trackingUrl;
    (withCallback.offer as { trackingUrl: string }).trackingUrl = tracking.replace(
      '%26secure%3D8d7a1c',
      '%26secure%3D8d7a1c%26status%3DtoString',
    );
    const refused = runDryRun(withCallback);
    expect(refused.findings.map((f) => f.code)).toContain('dry-run-postback-status-invalid');
    expect(JSON.stringify(refused.conversions)).not.toContain('function');
  });
});

describe('issue 10 §7: every emitted time is ISO 8601, or the input is refused', () => {
  const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

  it('a fractional after gives whole milliseconds', () => {
    const scenario = exampleScenario();
    scenario.activities = [{ kind: 'install', after: 0.1234567 }];
    const run = runDryRun(scenario);
    for (const request of run.requests) expect(request.at).toMatch(ISO);
    for (const c of run.conversions) expect(c.createdAt).toMatch(ISO);
  });

  it('a start near the year 9999 whose activities pass it is refused, naming the activity', async () => {
    const scenario = exampleScenario();
    scenario.startTime = '9999-12-31T23:00:00Z';
    scenario.activities = [
      { kind: 'install', after: 60 },
      { kind: 'session', after: 7200 },
    ];
    const result = await cli(['dry-run'], JSON.stringify(scenario));
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/activities\[1\]\.after.*year 9999/);
  });

  it('the last representable time is still accepted', () => {
    const scenario = exampleScenario();
    scenario.startTime = '9999-12-31T23:00:00Z';
    scenario.activities = [{ kind: 'install', after: 3599 }];
    const run = runDryRun(scenario);
    for (const request of run.requests) expect(request.at).toMatch(ISO);
  });
});
