import { describe, expect, it } from 'vitest';
import { buildLink } from '../../../lib/build-link';
import { inspectLink } from '../../../lib/inspect-link';

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
