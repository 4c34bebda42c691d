import { describe, expect, it } from 'vitest';
import { InputError } from '../../../lib/core/input-error';
import { buildLink, buildLinkOrReport } from '../../../lib/link/build-link';
import { encodeCallback } from '../../../lib/link/encode-callback';
import type { GenerateInput } from '../../../lib/link/schemas';

const LINK = 'https://app.adjust.com/abc123?campaign={offer_id}&adgroup={pid}&creative={sub1}';
const PB = 'https://offers-rocketcompany.affise.com/postback?clickid={clickid}&secure=8d7a1c';
const enc = (url: string) => encodeCallback(url);
const codes = (input: GenerateInput) => buildLink(input).findings.map((f) => f.code);
/** A link with these event callbacks, each [goal, token], and no install callback. */
const eventsOnly = (
  adjustLink: string,
  postbackUrl: string,
  ...events: [goal: string, token: string][]
): GenerateInput => ({
  adjustLink,
  postbackUrl,
  install: null,
  events: events.map(([goal, token]) => ({ goal, token })),
});

describe('encodeCallback', () => {
  it.each([
    [
      "Adjust's documented example, byte for byte",
      'http://mynetworkserver.com/callback?country={country}&click_id={click_id}',
      'http%3A%2F%2Fmynetworkserver.com%2Fcallback%3Fcountry%3D%7Bcountry%7D%26click_id%3D{click_id}',
    ],
    [
      'Affise macros stay raw',
      'https://a.affise.com/postback?clickid={clickid}&sub={sub12}',
      'https%3A%2F%2Fa.affise.com%2Fpostback%3Fclickid%3D{clickid}%26sub%3D{sub12}',
    ],
    [
      'Adjust placeholders are encoded',
      'https://a/p?s={revenue_float}&i={idfa}',
      'https%3A%2F%2Fa%2Fp%3Fs%3D%7Brevenue_float%7D%26i%3D%7Bidfa%7D',
    ],
    [
      'shared names are Adjust’s by default',
      'https://a/p?c={city}',
      'https%3A%2F%2Fa%2Fp%3Fc%3D%7Bcity%7D',
    ],
    [
      'unknown macros are encoded like text',
      'https://a/p?x={foo}',
      'https%3A%2F%2Fa%2Fp%3Fx%3D%7Bfoo%7D',
    ],
    [
      'percent signs are encoded once',
      'https://a/p?c=50%25&d=a%20b',
      'https%3A%2F%2Fa%2Fp%3Fc%3D50%2525%26d%3Da%2520b',
    ],
    ['unicode is UTF-8 encoded', 'https://a/p?c=München', 'https%3A%2F%2Fa%2Fp%3Fc%3DM%C3%BCnchen'],
  ])('%s', (_name, url, expected) => {
    expect(enc(url)).toBe(expected);
  });

  it('leaves a shared name raw when the caller chooses Affise', () => {
    expect(encodeCallback('https://a/p?c={city}', { city: 'affise' })).toBe(
      'https%3A%2F%2Fa%2Fp%3Fc%3D{city}',
    );
  });
});

describe('buildLink', () => {
  const cases: { name: string; input: GenerateInput; link: string | null; urls?: string[] }[] = [
    {
      name: 'install only, goal 1 and no goal param: the postback goes in unchanged',
      input: { adjustLink: LINK, postbackUrl: PB },
      link: `${LINK}&install_callback=${enc(PB)}`,
      urls: [PB],
    },
    {
      name: 'install with another goal writes it',
      input: { adjustLink: LINK, postbackUrl: PB, install: { goal: 'reg' } },
      link: `${LINK}&install_callback=${enc(`${PB}&goal=reg`)}`,
    },
    {
      name: 'goal={goal} of the template is replaced, never duplicated',
      input: {
        adjustLink: LINK,
        postbackUrl: `${PB}&goal={goal}&x=1`,
        events: [{ goal: '2', token: 'r8oaj2' }],
      },
      link: `${LINK}&install_callback=${enc(`${PB}&goal=1&x=1`)}&event_callback_r8oaj2=${enc(`${PB}&goal=2&x=1`)}`,
    },
    {
      name: "the help article's {goal_value} is replaced too",
      input: eventsOnly(LINK, `${PB}&goal={goal_value}`, ['3', 'r8oaj2']),
      link: `${LINK}&event_callback_r8oaj2=${enc(`${PB}&goal=3`)}`,
    },
    {
      name: 'two goal params collapse into one',
      input: eventsOnly(LINK, `${PB}&goal=a&goal=b`, ['2', 'r8oaj2']),
      link: `${LINK}&event_callback_r8oaj2=${enc(`${PB}&goal=2`)}`,
    },
    {
      name: 'goal values are encoded as values (space, dot, dash)',
      input: eventsOnly(LINK, PB, ['first deposit.v-2', 'r8oaj2']),
      link: `${LINK}&event_callback_r8oaj2=${enc(`${PB}&goal=first%20deposit.v-2`)}`,
      urls: [`${PB}&goal=first%20deposit.v-2`],
    },
    {
      name: 'branded go.link gets adj_ prefixed callbacks',
      input: {
        adjustLink: 'https://rocket.go.link?adj_t=abc123&adj_campaign=x',
        postbackUrl: PB,
        events: [{ goal: '2', token: 'r8oaj2' }],
      },
      link: `https://rocket.go.link?adj_t=abc123&adj_campaign=x&adj_install_callback=${enc(PB)}&adj_event_callback_r8oaj2=${enc(`${PB}&goal=2`)}`,
    },
    {
      name: 'universal adj.st link with adjust_t is branded',
      input: { adjustLink: 'https://rocket.adj.st/promo?adjust_t=abc123', postbackUrl: PB },
      link: `https://rocket.adj.st/promo?adjust_t=abc123&adj_install_callback=${enc(PB)}`,
    },
    {
      name: 'custom domain marked branded',
      input: {
        adjustLink: 'https://go.rocketgame.com/p?adj_t=abc123',
        postbackUrl: PB,
        linkKind: 'branded',
      },
      link: `https://go.rocketgame.com/p?adj_t=abc123&adj_install_callback=${enc(PB)}`,
    },
    {
      name: 'tokens of one goal merge into event_callback_a_b on request',
      input: {
        ...eventsOnly(
          'https://app.adjust.com/abc123_def456',
          PB,
          ['2', 'r8oaj2'],
          ['2', 'k2j4h5'],
          ['3', 'zz11aa'],
        ),
        mergeSharedTokens: true,
      },
      link: `https://app.adjust.com/abc123_def456?event_callback_r8oaj2_k2j4h5=${enc(`${PB}&goal=2`)}&event_callback_zz11aa=${enc(`${PB}&goal=3`)}`,
    },
    {
      name: 'without merging each token gets its own parameter',
      input: eventsOnly('https://app.adjust.com/abc123', PB, ['2', 'r8oaj2'], ['2', 'k2j4h5']),
      link: `https://app.adjust.com/abc123?event_callback_r8oaj2=${enc(`${PB}&goal=2`)}&event_callback_k2j4h5=${enc(`${PB}&goal=2`)}`,
    },
    {
      name: 'existing callbacks are replaced, not duplicated; other link params stay as written',
      input: {
        adjustLink: `https://app.adjust.com/abc123?campaign=a%20b&install_callback=${enc('https://old.example/x')}&event_callback_r8oaj2=${enc('https://old.example/y')}&label={sub2}`,
        postbackUrl: PB,
        events: [{ goal: '2', token: 'r8oaj2' }],
      },
      link: `https://app.adjust.com/abc123?campaign=a%20b&label={sub2}&install_callback=${enc(PB)}&event_callback_r8oaj2=${enc(`${PB}&goal=2`)}`,
    },
    {
      name: 'a fragment stays at the end',
      input: { adjustLink: 'https://app.adjust.com/abc123?campaign=x#top', postbackUrl: PB },
      link: `https://app.adjust.com/abc123?campaign=x&install_callback=${enc(PB)}#top`,
    },
    {
      name: 'a link without a query gets one',
      input: { adjustLink: 'https://app.adjust.com/abc123', postbackUrl: PB },
      link: `https://app.adjust.com/abc123?install_callback=${enc(PB)}`,
    },
    {
      name: 'a token claimed by two goals keeps only the first goal',
      input: eventsOnly('https://app.adjust.com/abc123', PB, ['2', 'r8oaj2'], ['3', 'r8oaj2']),
      link: `https://app.adjust.com/abc123?event_callback_r8oaj2=${enc(`${PB}&goal=2`)}`,
    },
    {
      name: 'no link when the Adjust link is unusable',
      input: { adjustLink: 'nonsense', postbackUrl: PB },
      link: null,
    },
    {
      name: 'no link when the postback is unusable',
      input: { adjustLink: LINK, postbackUrl: 'nonsense' },
      link: null,
    },
    {
      name: 'no link when the postback is already encoded',
      input: { adjustLink: LINK, postbackUrl: enc(PB) },
      link: null,
    },
  ];

  it.each(cases)('$name', ({ input, link, urls }) => {
    const result = buildLink(input);
    expect(result.link).toBe(link);
    if (urls) expect(result.callbacks.map((c) => c.url)).toEqual(urls);
  });

  it('rebuilding from a link Postbridge already wrote gives the same link and no warning', () => {
    const input = { adjustLink: LINK, postbackUrl: PB, events: [{ goal: '2', token: 'r8oaj2' }] };
    const first = buildLink(input);
    const again = buildLink({ ...input, adjustLink: first.link ?? '' });
    expect(again.link).toBe(first.link);
    expect(again.findings).toEqual(first.findings);
    const changed = buildLink({
      ...input,
      adjustLink: first.link ?? '',
      events: [{ goal: '3', token: 'r8oaj2' }],
    });
    expect(changed.findings.map((f) => f.code)).toEqual(['link-has-callbacks', 'secure-visible']);
  });

  it('reports the callbacks it built with their goals and tokens', () => {
    const result = buildLink({
      adjustLink: LINK,
      postbackUrl: PB,
      events: [{ goal: '2', token: 'r8oaj2' }],
    });
    expect(result.kind).toBe('standard');
    expect(result.callbacks).toEqual([
      { param: 'install_callback', activity: 'install', url: PB, encoded: enc(PB), goal: '1' },
      {
        param: 'event_callback_r8oaj2',
        activity: 'event',
        url: `${PB}&goal=2`,
        encoded: enc(`${PB}&goal=2`),
        goal: '2',
        tokens: ['r8oaj2'],
      },
    ]);
  });

  it('says which system owns a shared name and lets the caller choose', () => {
    const byDefault = buildLink({ adjustLink: LINK, postbackUrl: `${PB}&city={city}` });
    expect(byDefault.link).toContain('%7Bcity%7D');
    expect(byDefault.findings.find((f) => f.code === 'macro-shared')?.message).toMatch(
      /Adjust fills it/,
    );
    const affise = buildLink({
      adjustLink: LINK,
      postbackUrl: `${PB}&city={city}`,
      sharedMacros: { city: 'affise' },
    });
    expect(affise.link).toContain('%26city%3D{city}');
    expect(affise.findings.find((f) => f.code === 'macro-shared')?.message).toMatch(
      /Affise fills it/,
    );
  });

  it('suggests the Adjust placeholder for a template placeholder', () => {
    const result = buildLink({ adjustLink: LINK, postbackUrl: `${PB}&sum={sum}` });
    const f = result.findings.find((x) => x.code === 'template-placeholder');
    expect(f?.message).toContain('sum={revenue_float}');
    expect(f?.path).toBe('postbackUrl');
  });

  it('puts errors first and points each finding at its field', () => {
    const result = buildLink({
      adjustLink: LINK,
      postbackUrl: `http://offers-x.affise.com/postback?clickid={clickid}`,
      events: [
        { goal: '2', token: '' },
        { goal: '3', token: 'ABC' },
      ],
    });
    expect(result.findings.map((f) => [f.severity, f.code, f.path])).toEqual([
      ['error', 'goal-without-token', 'events[0].token'],
      ['error', 'event-token-length', 'events[1].token'],
      ['warning', 'postback-http', 'postbackUrl'],
    ]);
  });

  it('a clean offer has no findings at all', () => {
    expect(
      codes({
        adjustLink: LINK,
        postbackUrl: 'https://offers-x.affise.com/postback?clickid={clickid}&sum={revenue_float}',
        events: [{ goal: '2', token: 'r8oaj2' }],
      }),
    ).toEqual([]);
  });

  it.each([
    ['an encoded Adjust placeholder', `${PB}&i=%7Bidfa%7D`, ['double-encoding'], []],
    ['an encoded shared name', `${PB}&c=%7Bcity%7D`, ['double-encoding'], []],
    ['clickid={sub1} (Affise to Affise)', 'https://r.affise.com/postback?clickid={sub1}', [], []],
    [
      'a postback to another server: Adjust checks only',
      'https://tracker.example/cb?click_id={click_id}&t={transaction_id}',
      ['postback-not-affise'],
      ['postback-path', 'macro-unknown'],
    ],
    [
      'a missing "&"',
      'https://o.affise.com/postback?clickid={clickid}&sum={revenue_float}status=5',
      ['callback-param-swallowed'],
      [],
    ],
  ])('judges %s', (_name, postbackUrl, present, absent) => {
    const found = codes({ adjustLink: LINK, postbackUrl });
    for (const code of present) expect(found).toContain(code);
    for (const code of absent) expect(found).not.toContain(code);
  });

  it.each([
    [null, /generate input/],
    [{ adjustLink: LINK }, /field "postbackUrl"/],
    [
      { adjustLink: LINK, postbackUrl: PB, events: [{ goal: 2, token: 'r8oaj2' }] },
      /field "events\[0\]\.goal"/,
    ],
    [{ adjustLink: LINK, postbackUrl: PB, linkKind: 'weird' }, /field "linkKind"/],
  ])('rejects unusable input %j with an error naming the field', (input, message) => {
    expect(() => buildLink(input)).toThrow(InputError);
    expect(() => buildLink(input)).toThrow(message);
  });

  it('buildLinkOrReport turns unusable input into one error finding at its field', () => {
    const tooLong = `${LINK}&x=${'a'.repeat(16_400)}`;
    expect(buildLinkOrReport({ adjustLink: tooLong, postbackUrl: PB })).toEqual({
      link: null,
      kind: null,
      callbacks: [],
      findings: [
        {
          code: 'input-invalid',
          severity: 'error',
          message: expect.stringMatching(/field "adjustLink"/),
          path: 'adjustLink',
        },
      ],
    });
    expect(buildLinkOrReport({ adjustLink: LINK, postbackUrl: PB })).toEqual(
      buildLink({ adjustLink: LINK, postbackUrl: PB }),
    );
  });
});

// Adjust's test link: https://help.adjust.com/en/article/test-your-callbacks-partner — the token
// replaced by cbtest, conditional (event) callbacks under the hard-coded test token 41i3c9.
describe('callbackTest (Adjust cbtest links)', () => {
  it.each([
    [
      'standard link: install and one event',
      LINK,
      [
        ['install_callback', '1', `https://app.adjust.com/cbtest?install_callback=${enc(PB)}`],
        [
          'event_callback_r8oaj2',
          '2',
          `https://app.adjust.com/cbtest?event_callback_41i3c9=${enc(`${PB}&goal=2`)}`,
        ],
      ],
    ],
    [
      'branded link: the test link is app.adjust.com with standard names',
      'https://rocket.go.link?adj_t=abc123',
      [
        ['adj_install_callback', '1', `https://app.adjust.com/cbtest?install_callback=${enc(PB)}`],
        [
          'adj_event_callback_r8oaj2',
          '2',
          `https://app.adjust.com/cbtest?event_callback_41i3c9=${enc(`${PB}&goal=2`)}`,
        ],
      ],
    ],
  ])('%s', (_name, adjustLink, expected) => {
    const result = buildLink({
      adjustLink,
      postbackUrl: PB,
      events: [{ goal: '2', token: 'r8oaj2' }],
    });
    expect(result.callbackTest?.links.map((l) => [l.param, l.goal, l.url])).toEqual(expected);
    expect(result.callbackTest?.source).toBe(
      'https://help.adjust.com/en/article/test-your-callbacks-partner',
    );
    expect(result.callbackTest?.note).toMatch(/does not prove/);
  });

  it('no link, no test links', () => {
    expect(
      buildLink({ adjustLink: 'app.adjust.com abc', postbackUrl: PB }).callbackTest,
    ).toBeUndefined();
    expect(
      buildLink({ adjustLink: LINK, postbackUrl: PB, install: null, events: [] }).callbackTest,
    ).toBeUndefined();
  });
});
