import { describe, expect, it } from 'vitest';
import type { Activity } from '../../../lib/dry-run/scenario';
import { adjustLink, CLICK_ID, codes, POSTBACK, run } from './helpers';

const PB = `${POSTBACK}?clickid={clickid}&secure=8d7a1c`;

/** The URLs Adjust called, in order. */
function callbacks(link: string, activities: Activity[], edit?: Parameters<typeof run>[0]) {
  const result = run((s) => {
    s.offer.trackingUrl = link;
    s.activities = activities;
    edit?.(s);
  });
  return {
    result,
    calls: result.requests
      .filter((r) => r.hop === 'adjust-callback')
      .map((r) => r.title.split(' ')[0]),
  };
}

describe('which callbacks fire per activity', () => {
  const link = adjustLink({
    install_callback: PB,
    conversion_callback: `${PB}&goal=conv`,
    reattribution_callback: `${PB}&goal=reatt`,
    session_callback: `${PB}&goal=sess`,
    click_callback: `${PB}&goal=click`,
    event_callback_r8oaj2: `${PB}&goal=purchase`,
    event_callback_k2x9q1_r8oaj2: `${PB}&goal=registration`,
    rejected_install_callback: `${PB}&goal=rej`,
  });

  it.each([
    ['the click (always, at the redirect)', [], ['click_callback']],
    [
      'install: install_callback and conversion_callback',
      [{ kind: 'install' }],
      ['click_callback', 'install_callback', 'conversion_callback'],
    ],
    [
      'reattribution: reattribution_callback and conversion_callback',
      [{ kind: 'reattribution' }],
      ['click_callback', 'reattribution_callback', 'conversion_callback'],
    ],
    ['session', [{ kind: 'session' }], ['click_callback', 'session_callback']],
    [
      'an event fires every callback naming its token',
      [{ kind: 'event', token: 'r8oaj2' }],
      ['click_callback', 'event_callback_r8oaj2', 'event_callback_k2x9q1_r8oaj2'],
    ],
    [
      'event_callback_a_b fires for b alone too',
      [{ kind: 'event', token: 'k2x9q1' }],
      ['click_callback', 'event_callback_k2x9q1_r8oaj2'],
    ],
    [
      'rejected install',
      [{ kind: 'rejected_install' }],
      ['click_callback', 'rejected_install_callback'],
    ],
    [
      'an event with no callback fires nothing',
      [{ kind: 'event', token: 'zzzzzz' }],
      ['click_callback'],
    ],
  ] as [string, Activity[], string[]][])('%s', (_name, activities, expected) => {
    expect(callbacks(link, activities).calls).toEqual(expected);
  });

  it('an event token with no callback is reported', () => {
    expect(codes(callbacks(link, [{ kind: 'event', token: 'zzzzzz' }]).result)).toContain(
      'dry-run-adjust-no-callback',
    );
  });

  it('branded links fire adj_* callbacks only', () => {
    const branded = adjustLink(
      {
        adj_install_callback: PB,
        install_callback: `${PB}&goal=plain`,
        adj_event_callback_r8oaj2: `${PB}&goal=purchase`,
      },
      'https://rocket.go.link/promo?adj_t=abc123',
    );
    const { calls, result } = callbacks(branded, [
      { kind: 'install' },
      { kind: 'event', token: 'r8oaj2' },
    ]);
    expect(calls).toEqual(['adj_install_callback', 'adj_event_callback_r8oaj2']);
    expect(
      result.findings.find((f) => f.code === 'dry-run-adjust-callback-prefix')?.message,
    ).toContain('install_callback is not fired');
  });

  it('standard links ignore adj_* callbacks', () => {
    const { calls, result } = callbacks(adjustLink({ adj_install_callback: PB }), [
      { kind: 'install' },
    ]);
    expect(calls).toEqual([]);
    expect(codes(result)).toEqual(
      expect.arrayContaining(['dry-run-adjust-callback-prefix', 'dry-run-adjust-no-callback']),
    );
  });

  it('a repeated callback parameter fires once', () => {
    const link2 = `${adjustLink({ install_callback: PB })}&install_callback=${encodeURIComponent(`${PB}&goal=other`)}`;
    expect(callbacks(link2, [{ kind: 'install' }]).calls).toEqual(['install_callback']);
  });
});

describe('placeholders at Adjust', () => {
  const fire = (
    callbackUrl: string,
    activities: Activity[] = [{ kind: 'install' }],
    edit?: Parameters<typeof run>[0],
  ) => {
    const { result } = callbacks(
      adjustLink({
        install_callback: callbackUrl,
        event_callback_r8oaj2: `${callbackUrl}&goal=purchase`,
      }),
      activities,
      edit,
    );
    return {
      result,
      urls: result.requests.filter((r) => r.hop === 'adjust-callback').map((r) => r.url),
    };
  };

  it('fills device placeholders and URL-encodes them', () => {
    const { urls } = fire(
      `${PB}&ua={user_agent}&c={country}`,
      [{ kind: 'install' }],
      (s) => (s.device.values = { country: 'de' }),
    );
    expect(urls[0]).toBe(
      `${POSTBACK}?clickid=${CLICK_ID}&secure=8d7a1c&ua=Mozilla%2F5.0%20(iPhone%3B%20CPU%20iPhone%20OS%2017_4%20like%20Mac%20OS%20X)&c=de`,
    );
  });

  it('fills event revenue in cents and as a float, with the currency', () => {
    const { urls } = fire(`${PB}&r={revenue}&f={revenue_float}&cur={currency}&e={event}`, [
      { kind: 'event', token: 'r8oaj2', revenue: 4.99, currency: 'EUR' },
    ]);
    expect(urls[0]).toBe(
      `${POSTBACK}?clickid=${CLICK_ID}&secure=8d7a1c&r=499&f=4.99&cur=EUR&e=r8oaj2&goal=purchase`,
    );
  });

  it('drops data Adjust does not have: the placeholder becomes an empty string and is reported', () => {
    const { urls, result } = fire(`${PB}&g={gps_adid}&r={revenue_float}`);
    expect(urls[0]).toBe(`${POSTBACK}?clickid=${CLICK_ID}&secure=8d7a1c&g=&r=`);
    const dropped = result.findings.find((f) => f.code === 'dry-run-adjust-placeholder-dropped');
    expect(dropped?.message).toContain('{gps_adid}, {revenue_float}');
    expect(dropped?.path).toBe('activities[0]');
  });

  it('Android has a Google advertising id and no IDFA', () => {
    const { urls } = fire(
      `${PB}&g={gps_adid}&i={idfa}`,
      [{ kind: 'install' }],
      (s) => (s.device.os = 'android'),
    );
    expect(urls[0]).toBe(
      `${POSTBACK}?clickid=${CLICK_ID}&secure=8d7a1c&g=38400000-8cf0-11bd-b23e-10b96e40000d&i=`,
    );
  });

  it('"no data" in the device profile (null) drops a placeholder', () => {
    const { urls } = fire(
      `${PB}&i={idfa}`,
      [{ kind: 'install' }],
      (s) => (s.device.values = { idfa: null }),
    );
    expect(urls[0]).toBe(`${POSTBACK}?clickid=${CLICK_ID}&secure=8d7a1c&i=`);
  });

  it('leaves an unknown {…} as written and reports it', () => {
    const { urls, result } = fire(`${PB}&x={nope}`);
    expect(urls[0]).toContain('&x={nope}');
    // Reaching Affise, it is told once, as the unfilled postback macro (not also as "unknown to Adjust").
    expect(codes(result)).toContain('dry-run-postback-macro-literal');
    expect(codes(result)).not.toContain('dry-run-adjust-placeholder-unknown');
  });

  it('times: created_at per activity, installed_at only once installed, click_time', () => {
    const { urls } = fire(
      `${PB}&c={created_at}&i={installed_at}&k={click_time}&d={conversion_duration}`,
      [{ kind: 'install', after: 3600 }],
    );
    expect(urls[0]).toBe(
      `${POSTBACK}?clickid=${CLICK_ID}&secure=8d7a1c&c=1768474800&i=1768474800&k=1768471200&d=3600`,
    );
  });

  it('label and cost come from the Adjust link', () => {
    const link = adjustLink(
      { install_callback: `${PB}&l={label}&ct={cost_type}` },
      'https://app.adjust.com/abc123?label=spring&cost_type=cpi',
    );
    const { result } = callbacks(link, [{ kind: 'install' }]);
    expect(result.requests.find((r) => r.hop === 'adjust-callback')?.url).toBe(
      `${POSTBACK}?clickid=${CLICK_ID}&secure=8d7a1c&l=spring&ct=cpi`,
    );
  });
});

describe('callbacks Adjust would not send', () => {
  it.each([
    [
      'an IP-address host',
      adjustLink({ install_callback: 'https://203.0.113.5/postback?clickid={clickid}' }),
      'dry-run-adjust-callback-ip-host',
      false,
    ],
    [
      'a callback encoded twice',
      `https://app.adjust.com/abc123?install_callback=${encodeURIComponent(encodeURIComponent(`${POSTBACK}?clickid=`))}{clickid}`,
      'dry-run-adjust-callback-not-url',
      false,
    ],
    [
      'http (sent, with a warning)',
      adjustLink({
        install_callback: 'http://offers-x.affise.com/postback?clickid={clickid}&secure=8d7a1c',
      }),
      'dry-run-adjust-callback-http',
      true,
    ],
  ])('%s', (_name, link, code, sent) => {
    const { result, calls } = callbacks(link, [{ kind: 'install' }]);
    expect(codes(result)).toContain(code);
    expect(calls.length > 0).toBe(sent);
  });

  it('a callback to something other than Affise /postback is sent but registers nothing', () => {
    const { result } = callbacks(
      adjustLink({ install_callback: 'https://tracker.example/cb?c={clickid}' }),
      [{ kind: 'install' }],
    );
    expect(result.requests.find((r) => r.hop === 'adjust-callback')?.outcome).toMatch(
      /Not an Affise postback/,
    );
    expect(codes(result)).toContain('dry-run-adjust-callback-not-affise');
  });

  it('an event token that is not 6 lowercase alphanumerics is a warning', () => {
    const { result } = callbacks(adjustLink({ install_callback: PB }), [
      { kind: 'event', token: 'ABC-123' },
    ]);
    expect(codes(result)).toContain('dry-run-adjust-event-token-format');
  });
});
