import { describe, expect, it } from 'vitest';
import { buildLink } from '../../../lib/link/build-link';
import { inspectLink } from '../../../lib/link/inspect-link';

const PB = 'https://offers-x.affise.com/postback?clickid={clickid}';
const E = encodeURIComponent;

describe('inspectLink', () => {
  it('returns base, params and every callback decoded once with its activity and tokens', () => {
    const link = `https://app.adjust.com/abc123?campaign={offer_id}&install_callback=${E(PB).replace('%7Bclickid%7D', '{clickid}')}&event_callback_r8oaj2_k2j4h5=${E(`${PB}&goal=2`).replace('%7Bclickid%7D', '{clickid}')}`;
    const result = inspectLink(link);
    expect(result.base).toBe('https://app.adjust.com/abc123');
    expect(result.kind).toBe('standard');
    expect(result.tokens).toEqual(['abc123']);
    expect(result.params[0]).toEqual({ name: 'campaign', raw: '{offer_id}', value: '{offer_id}' });
    expect(result.callbacks.map((c) => [c.param, c.activity, c.tokens, c.url])).toEqual([
      ['install_callback', 'install', [], PB],
      ['event_callback_r8oaj2_k2j4h5', 'event', ['r8oaj2', 'k2j4h5'], `${PB}&goal=2`],
    ]);
    expect(result.findings).toEqual([]);
  });

  it.each([
    [
      'adj_ callbacks of a branded link',
      'https://r.go.link?adj_t=abc123&adj_install_callback=https%3A%2F%2Fx',
      'install',
      [],
    ],
    [
      'rejected_install spelled without _callback',
      'https://app.adjust.com/abc123?rejected_install=https%3A%2F%2Fx',
      'rejected_install',
      [],
    ],
    [
      'session callback',
      'https://app.adjust.com/abc123?session_callback=https%3A%2F%2Fx',
      'session',
      [],
    ],
  ])('recognises %s', (_name, link, activity, tokens) => {
    const [callback] = inspectLink(link).callbacks;
    expect(callback?.activity).toBe(activity);
    expect(callback?.tokens).toEqual(tokens);
    expect(callback?.url).toBe('https://x');
  });

  it.each([
    [
      'double encoding',
      `https://app.adjust.com/abc123?install_callback=${E(E(PB))}`,
      'double-encoding',
    ],
    [
      'no encoding',
      `https://app.adjust.com/abc123?install_callback=${PB}&goal=2`,
      'callback-not-encoded',
    ],
    [
      'encoded Affise macro',
      `https://app.adjust.com/abc123?install_callback=${E(PB)}`,
      'affise-macro-encoded',
    ],
    [
      'raw Adjust placeholder',
      'https://app.adjust.com/abc123?install_callback=https%3A%2F%2Fx.affise.com%2Fpostback%3Fclickid%3D{clickid}%26i%3D{idfa}',
      'adjust-placeholder-raw',
    ],
    [
      'plain callback on a branded link',
      'https://r.go.link?adj_t=abc123&install_callback=https%3A%2F%2Fx',
      'link-kind-mismatch',
    ],
    [
      'duplicate parameter',
      'https://app.adjust.com/abc123?install_callback=https%3A%2F%2Fa&install_callback=https%3A%2F%2Fb',
      'callback-duplicate',
    ],
    [
      'event without goal',
      'https://app.adjust.com/abc123?event_callback_r8oaj2=https%3A%2F%2Fx.affise.com%2Fpostback%3Fclickid%3D{clickid}',
      'event-callback-without-goal',
    ],
    [
      'postback checks on the decoded callback',
      'https://app.adjust.com/abc123?install_callback=http%3A%2F%2F203.0.113.7%2Fcb',
      'callback-ip-host',
    ],
    ['not an Adjust link', 'https://example.com/x', 'not-adjust-link'],
  ])('finds %s', (_name, link, code) => {
    expect(inspectLink(link).findings.map((f) => f.code)).toContain(code);
  });

  const REFERENCE =
    'https://app.adjust.com/abc1234?campaign=new-campaign&adgroup={sub_id}&creative={crt_id}&idfa={network_idfa_macro}&gps_adid={network_gaid_macro}&install_callback=http%3A%2F%2Fmynetworkserver.com%2Fcallback%3Fcountry%3D%7Bcountry%7D%26click_id%3D{click_id}&event_callback_r8oaj2=http%3A%2F%2Fmynetworkserver.com%2Fcallback%3Fcountry%3D%7Bcountry%7D%26click_id%3D{click_id}%26event%3Dregister%26partner_parameter%3D%7Bpartner_parameters%7D';

  it("gives Adjust's own reference link no error, Affise's rules nothing, and one note per host", () => {
    const { findings } = inspectLink(REFERENCE);
    expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(findings.map((f) => f.code).sort()).toEqual([
      'callback-not-affise',
      'postback-http',
      'postback-http',
    ]);
  });

  it.each([
    ['an s2s impression link', 'https://s2s.adjust.com/impression/abc123?s2s=1', ['abc123']],
    ['an s2s click link', 'https://s2s.adjust.com/click/abc123?s2s=1', ['abc123']],
    ['tokens joined by %5F', 'https://app.adjust.com/w06dr6m%5F19za1f6', ['w06dr6m', '19za1f6']],
    ['the cbtest test token', 'https://app.adjust.com/cbtest', ['cbtest']],
    ['a token longer than eight', 'https://app.adjust.com/newnewnew', ['newnewnew']],
    [
      'adj_t hidden by a second "?"',
      'https://z9pm.adj.st/my?client=name?adjust_t=klm012',
      ['klm012'],
    ],
  ])('reads the token of %s', (_name, link, tokens) => {
    const result = inspectLink(link);
    expect(result.tokens).toEqual(tokens);
    expect(result.findings.map((f) => f.code)).not.toContain('link-token-malformed');
  });

  it.each([
    [
      'no "?" before the callback parameters',
      'https://app.adjust.com/cbtest?install_callback=https%3A%2F%2Fwww.url.com%26idfa%3D{idfa}',
      'callback-no-query-mark',
      'www.url.com?',
    ],
    [
      'an invalid escape',
      'https://app.adjust.com/abc123?install_callback=https%3A%2F%2Fx.example%2Fcb%3Fa%3D1%26t%25{transaction_id}',
      'callback-bad-escape',
      '%{transaction_id}',
    ],
    [
      'a parameter swallowed by a missing "&"',
      'https://app.adjust.com/abc123?install_callback=https%3A%2F%2Fx.example%2Fcb%3Fsum%3D%7Brevenue_float%7Dstatus%3D5',
      'callback-param-swallowed',
      '{revenue_float}&status=5',
    ],
    [
      'an unfilled callback name',
      'https://app.adjust.com/abc123?event_callback_{event_token}=https%3A%2F%2Fx.example',
      'callback-param-template',
      'event_callback_abc123',
    ],
    [
      'an unencoded redirect',
      'https://app.adjust.com/abc123?redirect=https://www.example.com/my-app',
      'link-param-not-encoded',
      'do not use',
    ],
    [
      'an unencoded redirect_macos whose query leaked',
      'https://app.adjust.com/abc123?redirect_macos=https://www.example.com/p?a=1&b=2',
      'link-param-cut',
      'from b=',
    ],
    [
      'a second "?" hiding adjust_t',
      'https://z9pm.adj.st/my?path=location&client=name?adjust_t=klm012',
      'link-second-question-mark',
      'link token',
    ],
    [
      'an unencoded callback with no "&"',
      'https://app.adjust.com/abc123?install_callback=https://offers-x.affise.com/postback?clickid={clickid}',
      'callback-not-encoded-intact',
      'arrives whole',
    ],
  ])('names %s', (_name, link, code, words) => {
    const hit = inspectLink(link).findings.find((f) => f.code === code);
    expect(hit?.message).toContain(words);
  });

  it.each([
    'https://app.adjust.com/abc123?deep_link=myapp%3A%2F%2Fpage?id=3',
    'https://z9pm.adj.st/my?path=location?x=1&adjust_t=klm012',
  ])('leaves a "?" inside a value alone when no Adjust parameter hides behind it: %s', (link) => {
    expect(inspectLink(link).findings).toEqual([]);
  });

  it('says "cut at the first &" only when there is one', () => {
    const cut = inspectLink(
      'https://app.adjust.com/abc123?install_callback=https://offers-x.affise.com/postback?clickid={clickid}&goal=2',
    ).findings;
    expect(cut.map((f) => f.code)).toEqual(['callback-not-encoded']);
    expect(cut[0]?.message).toContain('from goal=');
  });

  it.each([
    [
      'a postback to Affise with clickid={sub1}',
      'https%3A%2F%2Fr.affise.com%2Fpostback%3Fclickid%3D{sub1}',
      [],
      [],
    ],
    [
      "another tracker's macro in a callback to Affise",
      'https%3A%2F%2Fr.affise.com%2Fpostback%3Fclickid%3D{clickid}%26t%3D%7Btransaction_id%7D',
      ['macro-unknown'],
      [],
    ],
    [
      "another tracker's macro in a callback elsewhere",
      'https%3A%2F%2Fnet.example%2Fcb%3Ft%3D%7Btransaction_id%7D',
      [],
      ['callback-not-affise'],
    ],
    [
      'a custom admin domain',
      'https%3A%2F%2Fadmin.rocket.io%2Fpostback%3Fclickid%3D{clickid}',
      [],
      [],
    ],
    [
      'Adjust placeholders raw inside an encoded callback',
      'https%3A%2F%2Fr.affise.com%2Fpostback%3Fclickid%3D{clickid}%26d%3D{device_name}%26r%3D{region}',
      [],
      ['adjust-placeholder-raw'],
    ],
  ])('judges %s', (_name, callback, alarms, notes) => {
    const findings = inspectLink(`https://app.adjust.com/abc123?install_callback=${callback}`, {
      adminHosts: ['admin.rocket.io'],
    }).findings;
    expect(findings.filter((f) => f.severity !== 'info').map((f) => f.code)).toEqual(alarms);
    expect(findings.filter((f) => f.severity === 'info').map((f) => f.code)).toEqual(notes);
  });

  it('points callback findings at the callback', () => {
    const result = inspectLink(`https://app.adjust.com/abc123?install_callback=${E(E(PB))}`);
    expect(result.findings[0]?.path).toBe('callbacks[0]');
  });

  it('reads back exactly what generate wrote', () => {
    const generated = buildLink({
      adjustLink: 'https://rocket.go.link/p?adj_t=abc123',
      postbackUrl: `${PB}&sum={revenue_float}&c={city}`,
      events: [{ goal: 'first deposit', token: 'r8oaj2' }],
    });
    const inspected = inspectLink(generated.link ?? '');
    expect(inspected.kind).toBe('branded');
    expect(inspected.callbacks.map((c) => [c.param, c.url])).toEqual(
      generated.callbacks.map((c) => [c.param, c.url]),
    );
  });
});
