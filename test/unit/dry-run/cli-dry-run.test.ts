import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { type CliResult, runCli } from '../../../lib/cli/run-cli';
import { type DryRun, DryRunSchema } from '../../../lib/dry-run/result';
import { SAMPLE_SCENARIO } from '../../../lib/dry-run/sample-scenario';

const examplePath = fileURLToPath(new URL('../../../examples/dry-run.json', import.meta.url));
const exampleText = readFileSync(examplePath, 'utf8');
const readme = readFileSync(fileURLToPath(new URL('../../../README.md', import.meta.url)), 'utf8');

/** `postbridge dry-run` as bin/postbridge.mjs runs it, the scenario on standard input. */
const dryRunCommand = (text: string): Promise<CliResult> =>
  runCli(['dry-run'], { readText: async () => text });

describe('postbridge dry-run with the README example (examples/dry-run.json)', () => {
  let result: CliResult;
  let out: DryRun;
  beforeAll(async () => {
    result = await dryRunCommand(exampleText);
    out = DryRunSchema.parse(JSON.parse(result.stdout));
  });

  it('is the sample scenario the popup starts from', () => {
    expect(JSON.parse(exampleText)).toEqual(SAMPLE_SCENARIO);
  });

  it('is the example printed in the README section "Dry-run scenario format"', () => {
    const section = readme.slice(readme.indexOf('## Dry-run scenario format'));
    const block = /```json\n([\s\S]*?)\n```/.exec(section)?.[1];
    expect(block, 'the README section has no ```json example').toBeDefined();
    expect(JSON.parse(block ?? '')).toEqual(JSON.parse(exampleText));
  });

  it('exits 0 with no error findings and nothing on stderr', () => {
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(out.findings.filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('prints every request in order with hop, method, url and body', () => {
    expect(out.requests.map((r) => [r.hop, r.method])).toEqual([
      ['click', 'GET'],
      ['redirect', 'GET'],
      ['adjust-callback', 'GET'],
      ['affiliate-postback', 'GET'],
      ['adjust-callback', 'GET'],
      ['affiliate-postback', 'GET'],
      ['adjust-callback', 'GET'],
      ['affiliate-postback', 'GET'],
      ['advertiser-postback', 'GET'],
      ['affiliate-postback', 'POST'],
      ['advertiser-postback', 'GET'],
      ['affiliate-postback', 'GET'],
    ]);
    expect(out.requests[0]?.url).toBe(
      'https://rocketcompany.g2afse.com/click?pid=7&offer_id=12&sub1=aff-click-123&sub2=spring',
    );
    expect(out.requests[1]?.url).toMatch(
      /^https:\/\/app\.adjust\.com\/abc123\?campaign=12&adgroup=7&label=spring&install_callback=https%3A%2F%2F/,
    );
    expect(out.requests[2]?.url).toBe(
      `https://offers-rocketcompany.affise.com/postback?clickid=${out.clickId}&secure=8d7a1c&sum=&ip=198.51.100.23`,
    );
    expect(out.requests[6]?.url).toBe(
      `https://offers-rocketcompany.affise.com/postback?clickid=${out.clickId}&secure=8d7a1c&sum=4.99&ip=198.51.100.23&goal=purchase`,
    );
    expect(out.requests[9]).toMatchObject({
      url: 'https://tracker.bestaffiliate.example/purchase',
      body: 'click=aff-click-123&sum=3&currency=USD',
    });
  });

  it('prints the conversions with goal, status, action id, revenue and payout', () => {
    expect(out.clickId).toMatch(/^[0-9a-f]{24}$/);
    expect(
      out.conversions.map((c) => ({
        goal: c.goal,
        status: c.status,
        actionId: c.actionId,
        revenue: c.revenue,
        payout: c.payout,
      })),
    ).toEqual([
      { goal: '1', status: 3, actionId: out.clickId, revenue: 1.5, payout: 1 },
      { goal: 'registration', status: 2, actionId: out.clickId, revenue: 0.5, payout: 0.2 },
      // A fixed payout keeps the goal's revenue whatever sum says (articles/6759666).
      { goal: 'purchase', status: 1, actionId: out.clickId, revenue: 5, payout: 3 },
    ]);
  });

  it('prints one affiliate decision per rule and conversion change', () => {
    expect(out.affiliatePostbacks.map((a) => [a.rule, a.change, a.sent])).toEqual([
      [0, 0, true],
      [1, 0, false],
      [0, 1, true],
      [1, 1, false],
      [0, 2, true],
      [1, 2, false],
      [0, 3, false],
      [1, 3, true],
      [0, 4, true],
      [1, 4, false],
    ]);
    expect(out.affiliatePostbacks[3]?.reason).toMatch(/goal "purchase"/);
    expect(out.affiliatePostbacks[6]?.reason).toMatch(/local postbacks take precedence/);
  });

  it('is the same byte for byte on every run (seeded)', async () => {
    expect((await dryRunCommand(exampleText)).stdout).toBe(result.stdout);
  });
});

describe('postbridge dry-run exit codes', () => {
  const example = () => JSON.parse(exampleText);

  it('exits 1 when the run has an error finding', async () => {
    const scenario = example();
    scenario.offer.secureCode = 'other';
    const result = await dryRunCommand(JSON.stringify(scenario));
    expect(result.code).toBe(1);
    expect(JSON.parse(result.stdout).findings.map((f: { code: string }) => f.code)).toContain(
      'dry-run-postback-access-denied',
    );
  });

  it.each([
    ['empty input', '', /input is empty/],
    ['bad JSON', '{"offer": ', /not valid JSON/],
    ['a JSON array', '[]', /expected object, received array/],
  ])('exits 2 on %s', async (_name, text, message) => {
    const result = await dryRunCommand(text);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(message);
  });

  /** Writes a value at a path of the parsed example, as a hand edit of the JSON file would. */
  const put =
    (path: (string | number)[], value: unknown) =>
    (scenario: Record<string, unknown>): void => {
      let target: Record<string | number, unknown> = scenario;
      for (const key of path.slice(0, -1)) target = target[key] as Record<string | number, unknown>;
      target[path.at(-1) as string | number] = value;
    };

  it.each([
    ['offer.goals[0].value', put(['offer', 'goals', 0, 'value'], 'bad/goal')],
    ['click.pid', put(['click', 'pid'], 'seven')],
    ['activities[1].token', put(['activities', 1, 'token'], '')],
    ['activities[3].status', put(['activities', 3, 'status'], 4)],
    ['affiliatePostbacks[1].status', put(['affiliatePostbacks', 1, 'status'], 'sometimes')],
    [
      'offer.goals[3].value',
      put(['offer', 'goals', 3], { value: 'Purchase', revenue: 1, payout: 1 }),
    ],
    ['startTime', put(['startTime'], 'yesterday')],
  ])('exits 2 on a schema mismatch and names the field %s', async (path, edit) => {
    const scenario = example();
    edit(scenario);
    const result = await dryRunCommand(JSON.stringify(scenario));
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`field "${path}"`);
  });
});
