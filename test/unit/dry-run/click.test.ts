import { describe, expect, it } from 'vitest';
import { emulateClick } from '../../../lib/dry-run/click';
import { seededRandom } from '../../../lib/dry-run/random';
import { buildTrackingLink, TrackingLinkInputSchema } from '../../../lib/dry-run/tracking-link';
import { sample } from './helpers';

const AT = Date.parse('2026-01-15T10:00:00Z');

function click(trackingUrl: string, edit?: Parameters<typeof sample>[0]) {
  const scenario = sample((s) => {
    s.offer.trackingUrl = trackingUrl;
    s.click.clickId = undefined;
    edit?.(s);
  });
  return emulateClick(scenario, AT, seededRandom(scenario.seed));
}

describe('click at Affise', () => {
  it('issues a 24-lowercase-hex click id, the same for the same seed', () => {
    const a = click('https://app.adjust.com/abc123?x={clickid}');
    const b = click('https://app.adjust.com/abc123?x={clickid}');
    expect(a.clickId).toMatch(/^[0-9a-f]{24}$/);
    expect(a.clickId).toBe(b.clickId);
    expect(click('https://app.adjust.com/abc123', (s) => (s.seed = 43)).clickId).not.toBe(
      a.clickId,
    );
  });

  it('uses a click id given in the scenario', () => {
    expect(
      click('https://app.adjust.com/abc123', (s) => (s.click.clickId = 'abcdefabcdefabcdefabcdef'))
        .clickId,
    ).toBe('abcdefabcdefabcdefabcdef');
  });

  it.each([
    [
      '{clickid} and {click_id}',
      'https://app.adjust.com/abc123?a={clickid}&b={click_id}',
      (id: string) => `https://app.adjust.com/abc123?a=${id}&b=${id}`,
    ],
    [
      '{pid}, {offer_id}, subs',
      'https://app.adjust.com/abc123?campaign={offer_id}&adgroup={pid}&creative={sub2}',
      () => 'https://app.adjust.com/abc123?campaign=12&adgroup=7&creative=spring',
    ],
    [
      'macros inside a callback value',
      'https://app.adjust.com/abc123?install_callback=https%3A%2F%2Fx.affise.com%2Fpostback%3Fclickid%3D{clickid}',
      (id: string) =>
        `https://app.adjust.com/abc123?install_callback=https%3A%2F%2Fx.affise.com%2Fpostback%3Fclickid%3D${id}`,
    ],
    [
      "encoded braces are not Affise's",
      'https://app.adjust.com/abc123?a=%7Bclickid%7D&b=%7Bcountry%7D',
      () => 'https://app.adjust.com/abc123?a=%7Bclickid%7D&b=%7Bcountry%7D',
    ],
    [
      'values are percent-encoded once',
      'https://app.adjust.com/abc123?ua={device_ua}',
      () =>
        'https://app.adjust.com/abc123?ua=Mozilla%2F5.0%20(iPhone%3B%20CPU%20iPhone%20OS%2017_4%20like%20Mac%20OS%20X)',
    ],
    [
      'time macros from the scenario clock',
      'https://app.adjust.com/abc123?t={time}&d={date_only}',
      () => 'https://app.adjust.com/abc123?t=1768471200&d=2026-01-15',
    ],
  ])('fills %s', (_name, template, expected) => {
    const result = click(template);
    expect(result.redirectUrl).toBe(expected(result.clickId));
  });

  it('records every substitution with its value and where it went', () => {
    const result = click(
      'https://app.adjust.com/abc123?campaign={offer_id}&install_callback=https%3A%2F%2Fx%2Fpostback%3Fc%3D{clickid}',
    );
    expect(result.substitutions).toEqual([
      { macro: 'offer_id', system: 'affise-click', value: '12', written: '12', where: 'campaign' },
      {
        macro: 'clickid',
        system: 'affise-click',
        value: result.clickId,
        written: result.clickId,
        where: 'install_callback',
      },
    ]);
  });

  it.each([
    [
      'an unknown macro',
      'https://app.adjust.com/abc123?x={foo}',
      'dry-run-click-macro-unknown',
      '{foo}',
    ],
    [
      'a raw Adjust placeholder',
      'https://app.adjust.com/abc123?install_callback=https%3A%2F%2Fx%3Fc%3D{country}',
      'dry-run-click-macro-adjust-raw',
      '{country}',
    ],
    [
      'a raw shared name inside a callback',
      'https://app.adjust.com/abc123?install_callback=https%3A%2F%2Fx%3Fc%3D{city}',
      'dry-run-click-macro-shared-raw',
      'Berlin',
    ],
    [
      'an encoded Affise macro',
      'https://app.adjust.com/abc123?install_callback=https%3A%2F%2Fx%3Fc%3D%7Bclickid%7D',
      'dry-run-click-macro-encoded',
      '%7Bclickid%7D',
    ],
    [
      'a sub the link does not carry',
      'https://app.adjust.com/abc123?x={sub5}',
      'dry-run-click-macro-empty',
      '{sub5}',
    ],
    [
      'a Tracking URL that is no URL',
      'app.adjust.com/abc123',
      'dry-run-tracking-url-invalid',
      'Tracking URL',
    ],
  ])('reports %s', (_name, template, code, mention) => {
    const result = click(template);
    const finding = result.findings.find((f) => f.code === code);
    expect(finding?.message).toContain(mention);
    expect(finding?.path).toBe('offer.trackingUrl');
  });

  it('leaves unknown macros literal and fills unknown-to-Affise Adjust placeholders not at all', () => {
    expect(click('https://app.adjust.com/abc123?x={foo}&y={country}').redirectUrl).toBe(
      'https://app.adjust.com/abc123?x={foo}&y={country}',
    );
  });

  it('takes click-time values from the scenario', () => {
    expect(
      click('https://app.adjust.com/abc123?ip={ip}', (s) => (s.click.values = { ip: '192.0.2.1' }))
        .redirectUrl,
    ).toBe('https://app.adjust.com/abc123?ip=192.0.2.1');
  });
});

describe('affiliate tracking link', () => {
  const base = TrackingLinkInputSchema.parse({
    domain: 'rocketcompany.g2afse.com',
    pid: '7',
    offerId: '12',
  });

  it.each([
    ['the minimal link', {}, 'https://rocketcompany.g2afse.com/click?pid=7&offer_id=12'],
    ['Use SSL off', { useSsl: false }, 'http://rocketcompany.g2afse.com/click?pid=7&offer_id=12'],
    [
      'subs in numeric order, empty ones left out',
      { subs: { sub10: 'x', sub2: 'b', sub1: 'a b', sub3: '' } },
      'https://rocketcompany.g2afse.com/click?pid=7&offer_id=12&sub1=a%20b&sub2=b&sub10=x',
    ],
    [
      'other Affise link parameters',
      { params: { fbclid: 'IwAR0', ext1: 'e1', redirect: 'https://x.example/?a=1' } },
      'https://rocketcompany.g2afse.com/click?pid=7&offer_id=12&ext1=e1&fbclid=IwAR0&redirect=https%3A%2F%2Fx.example%2F%3Fa%3D1',
    ],
    [
      'a shortlink works from the long form',
      { shortlink: true },
      'https://rocketcompany.g2afse.com/click?pid=7&offer_id=12',
    ],
  ])('%s', (_name, over, url) => {
    expect(buildTrackingLink({ ...base, ...over }).url).toBe(url);
  });

  it('says a shortlink is opaque and http is not SSL', () => {
    expect(buildTrackingLink({ ...base, shortlink: true }).findings.map((f) => f.code)).toEqual([
      'dry-run-tracking-link-shortlink',
    ]);
    expect(buildTrackingLink({ ...base, useSsl: false }).findings.map((f) => f.code)).toEqual([
      'dry-run-tracking-link-http',
    ]);
  });

  it.each([
    ['domain', { domain: 'https://x.g2afse.com' }],
    ['pid', { pid: 'seven' }],
    ['offerId', { offerId: '' }],
    ['subs', { subs: { sub31: 'x' } }],
  ])('rejects a bad %s', (field, over) => {
    const parsed = TrackingLinkInputSchema.safeParse({
      domain: 'rocketcompany.g2afse.com',
      pid: '7',
      offerId: '12',
      ...over,
    });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.path[0]).toBe(field);
  });
});
