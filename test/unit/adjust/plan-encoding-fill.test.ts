import { describe, expect, it } from 'vitest';
import { compareGenerated } from '../../../lib/adjust/compare-generated';
import { planEncodingFill } from '../../../lib/adjust/plan-encoding-fill';
import { buildLink } from '../../../lib/link/build-link';
import type { GeneratedCallback, GenerateInput, GenerateResult } from '../../../lib/link/schemas';

const POSTBACK = 'https://offers-rocket.affise.com/postback?clickid={clickid}';

function callback(
  param: string,
  goal: string,
  extra: Partial<GeneratedCallback> = {},
): GeneratedCallback {
  const activity = param.replace(/^adj_/, '').startsWith('event_callback_') ? 'event' : 'install';
  const url = `${POSTBACK}&goal=${goal}`;
  return { param, activity, url, encoded: encodeURIComponent(url), goal, ...extra };
}

function result(
  callbacks: GeneratedCallback[],
  kind: GenerateResult['kind'] = 'standard',
): GenerateResult {
  return { link: 'https://app.adjust.com/abc123?campaign=x', kind, callbacks, findings: [] };
}

const codes = (plan: ReturnType<typeof planEncodingFill>) =>
  plan.findings.map((f) => `${f.severity}:${f.code}`);

describe('planEncodingFill', () => {
  const cases: {
    name: string;
    link: string;
    result: GenerateResult;
    /** What the Links field gets; left out: the link as given, trimmed. */
    links?: string;
    install: string;
    /** The event rows; left out: none. */
    events?: [token: string, goal: string][];
    /** The findings as severity:code; left out: none. */
    findings?: string[];
  }[] = [
    {
      name: 'install only',
      link: 'https://app.adjust.com/abc123?campaign=x',
      result: result([callback('install_callback', '1')]),
      install: `${POSTBACK}&goal=1`,
    },
    {
      name: 'install and two events keep their order',
      link: '  https://app.adjust.com/abc123?campaign=x\n',
      result: result([
        callback('install_callback', '1'),
        callback('event_callback_r8oaj2', 'reg', { tokens: ['r8oaj2'] }),
        callback('event_callback_dep001', 'dep'),
      ]),
      install: `${POSTBACK}&goal=1`,
      events: [
        ['r8oaj2', 'reg'],
        ['dep001', 'dep'],
      ],
    },
    {
      name: 'no install callback clears the Install field',
      link: 'https://app.adjust.com/abc123',
      result: result([callback('event_callback_abc111', 'reg')]),
      install: '',
      events: [['abc111', 'reg']],
    },
    {
      name: 'a merged event_callback_a_b becomes one row per token',
      link: 'https://app.adjust.com/abc123',
      result: result([
        callback('event_callback_aaa111_bbb222', 'buy', { tokens: ['aaa111', 'bbb222'] }),
      ]),
      install: '',
      events: [
        ['aaa111', 'buy'],
        ['bbb222', 'buy'],
      ],
      findings: ['info:fill.merged-tokens-expanded'],
    },
    {
      name: 'merged tokens are read from the parameter name when tokens are absent',
      link: 'https://app.adjust.com/abc123',
      result: result([callback('event_callback_aaa111_bbb222', 'buy')]),
      install: '',
      events: [
        ['aaa111', 'buy'],
        ['bbb222', 'buy'],
      ],
      findings: ['info:fill.merged-tokens-expanded'],
    },
    {
      name: 'an install_callback already in the link is left out of step 1',
      link: 'https://app.adjust.com/abc123?campaign=x&install_callback=https%3A%2F%2Fold.example%2F&label=y',
      result: result([callback('install_callback', '1')]),
      links: 'https://app.adjust.com/abc123?campaign=x&label=y',
      install: `${POSTBACK}&goal=1`,
      findings: ['warning:fill.existing-callback-removed'],
    },
    {
      name: 'a callback Postbridge does not write stays in the link',
      link: 'https://app.adjust.com/abc123?session_callback=https%3A%2F%2Fs.example%2F',
      result: result([callback('install_callback', '1')]),
      install: `${POSTBACK}&goal=1`,
    },
    {
      name: 'branded link: rows are the same, the prefix is flagged',
      link: 'https://brand.go.link?adj_t=abc123',
      result: result(
        [callback('adj_install_callback', '1'), callback('adj_event_callback_abc111', 'reg')],
        'branded',
      ),
      install: `${POSTBACK}&goal=1`,
      events: [['abc111', 'reg']],
      findings: ['info:fill.branded-link'],
    },
    {
      name: 'several install callbacks go one per line',
      link: 'https://app.adjust.com/abc123',
      result: result([callback('install_callback', '1'), callback('install_callback', 'install2')]),
      install: `${POSTBACK}&goal=1\n${POSTBACK}&goal=install2`,
      findings: ['warning:fill.several-installs'],
    },
    {
      name: 'an activity the tool form does not carry is reported',
      link: 'https://app.adjust.com/abc123',
      result: result([callback('session_callback', '1', { activity: 'session' })]),
      install: '',
      findings: ['warning:fill.activity-not-in-tool'],
    },
  ];

  for (const c of cases) {
    it(c.name, () => {
      const plan = planEncodingFill(c.link, c.result);
      expect(plan.links).toBe(c.links ?? c.link.trim());
      expect(plan.install).toBe(c.install);
      expect(plan.events.map((row) => [row.token, row.goal])).toEqual(c.events ?? []);
      for (const row of plan.events) expect(row.callback).toBe(`${POSTBACK}&goal=${row.goal}`);
      expect(codes(plan)).toEqual(c.findings ?? []);
    });
  }

  it('refuses to plan without an Adjust link or a built link', () => {
    const plan = planEncodingFill('   ', { link: null, kind: null, callbacks: [] });
    expect(codes(plan)).toEqual(['error:fill.no-adjust-link', 'error:fill.no-link']);
    for (const f of plan.findings) expect(f.message).toMatch(/first/);
  });

  it('names the goal of an event callback without a token', () => {
    const plan = planEncodingFill(
      'https://app.adjust.com/abc123',
      result([callback('event_callback_', 'reg', { tokens: [] })]),
    );
    expect(codes(plan)).toEqual(['error:fill.event-without-token']);
    expect(plan.findings[0]?.message).toContain('“reg”');
    expect(plan.findings[0]?.path).toBe('callbacks[0]');
  });
});

/** What the Encoding tool fixtures compute from the fields (test/fixtures/adjust/*.html). */
function simulateTool(plan: ReturnType<typeof planEncodingFill>): string {
  const lines = (text: string) =>
    text
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l !== '');
  const params = [
    ...lines(plan.install).map((cb) => `install_callback=${encodeURIComponent(cb)}`),
    ...plan.events.flatMap((row) =>
      lines(row.callback).map((cb) => `event_callback_${row.token}=${encodeURIComponent(cb)}`),
    ),
  ];
  const separator = !plan.links.includes('?') ? '?' : /[?&]$/.test(plan.links) ? '' : '&';
  return params.length === 0 ? plan.links : plan.links + separator + params.join('&');
}

describe('planEncodingFill with the real engine', () => {
  const base = {
    adjustLink: 'https://app.adjust.com/abc123?campaign={offer_id}&adgroup={pid}',
    postbackUrl: 'https://offers-rocket.affise.com/postback?clickid={clickid}&sum={revenue_float}',
  };
  const cases: { name: string; input: GenerateInput; notes: RegExp[] }[] = [
    {
      name: 'install and events',
      input: { ...base, events: [{ goal: 'reg', token: 'r8oaj2' }] },
      notes: [],
    },
    {
      name: 'merged tokens',
      input: {
        ...base,
        mergeSharedTokens: true,
        events: [
          { goal: 'buy', token: 'aaa111' },
          { goal: 'buy', token: 'bbb222' },
        ],
      },
      notes: [/one token per row/],
    },
    {
      name: 'no install',
      input: { ...base, install: null, events: [{ goal: 'reg', token: 'r8oaj2' }] },
      notes: [],
    },
  ];
  for (const c of cases) {
    it(`${c.name}: the tool's output decodes to the engine's link`, () => {
      const result = buildLink(c.input);
      expect(result.link).not.toBeNull();
      const plan = planEncodingFill(c.input.adjustLink, result);
      expect(plan.findings.filter((f) => f.severity === 'error')).toEqual([]);
      const comparison = compareGenerated(result.link ?? '', [simulateTool(plan)]);
      expect(comparison.verdict).toBe('equivalent');
      expect(comparison.differences.every((d) => d.kind === 'encoding')).toBe(true);
      for (const note of c.notes) expect(comparison.notes.some((n) => note.test(n))).toBe(true);
    });
  }
});
