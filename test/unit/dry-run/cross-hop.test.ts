import { describe, expect, it } from 'vitest';
import { adjustLink, CLICK_ID, POSTBACK, run } from './helpers';

const PB = `${POSTBACK}?clickid={clickid}&secure=8d7a1c`;

describe('findings across hops', () => {
  it.each([
    ['an unknown macro in a callback', adjustLink({ install_callback: `${PB}&x={foo}` }), '{foo}'],
    [
      'an encoded Affise macro that nobody fills',
      `https://app.adjust.com/abc123?install_callback=${encodeURIComponent(`${PB}&s={sub1}`)}`,
      '{sub1}',
    ],
    [
      'an Adjust placeholder encoded twice',
      `https://app.adjust.com/abc123?install_callback=${encodeURIComponent(PB).replace('%7Bclickid%7D', '{clickid}')}%26c%3D%257Bcountry%257D`,
      '%7Bcountry%7D',
    ],
  ])('a macro left literal in a postback Affise receives: %s', (_name, link, shown) => {
    const result = run((s) => {
      s.offer.trackingUrl = link;
      s.activities = [{ kind: 'install' }];
    });
    // The Build tab rates the same problem a warning (template-placeholder / macro-unknown).
    const name = shown.replace('%7B', '{').replace('%7D', '}');
    const literal = result.findings.filter(
      (f) => f.code === 'dry-run-postback-macro-literal' && f.message.includes(name),
    );
    expect(literal).toHaveLength(1);
    expect(literal[0]?.severity).toBe('warning');
    const hop = result.requests.find((r) => r.hop === 'adjust-callback');
    const atHop = hop?.findings.find(
      (f) => f.code === 'dry-run-postback-macro-literal' && f.message.includes(name),
    );
    expect(atHop?.message).toMatch(/^Affise received /);
  });

  it('a macro left literal in the Adjust link itself (not in a callback)', () => {
    const result = run((s) => {
      s.offer.trackingUrl = 'https://app.adjust.com/abc123?campaign={campaign_name}';
      s.activities = [];
    });
    expect(result.findings.find((f) => f.code === 'dry-run-macro-left-literal')?.message).toContain(
      '{campaign_name}',
    );
  });

  it('Adjust placeholders encoded inside callback values in the redirect are not literal', () => {
    const result = run((s) => {
      s.activities = [];
    });
    expect(result.findings.map((f) => f.code)).not.toContain('dry-run-macro-left-literal');
  });

  it('a click value with "&" is decoded twice and arrives cut', () => {
    const result = run((s) => {
      s.offer.trackingUrl = adjustLink({ install_callback: `${PB}&s1={sub1}` });
      s.click.subs = { sub1: 'a b&c=d' };
      s.activities = [{ kind: 'install' }];
    });
    const twice = result.findings.find((f) => f.code === 'dry-run-value-decoded-twice');
    expect(twice?.path).toBe('click.subs.sub1');
    expect(twice?.message).toContain('Affise reads "a b"');
    expect(result.requests.find((r) => r.hop === 'adjust-callback')?.url).toBe(
      `${POSTBACK}?clickid=${CLICK_ID}&secure=8d7a1c&s1=a b&c=d`,
    );
  });

  it('a click value with only URL-safe punctuation is not reported', () => {
    const result = run((s) => {
      s.offer.trackingUrl = adjustLink({ install_callback: `${PB}&s1={sub1}` });
      s.click.subs = { sub1: 'spring/2026:ios' };
      s.activities = [{ kind: 'install' }];
    });
    expect(result.findings.map((f) => f.code)).not.toContain('dry-run-value-decoded-twice');
  });

  it('a value encoded twice and decoded once is still encoded at Affise', () => {
    const result = run((s) => {
      s.offer.trackingUrl = `https://app.adjust.com/abc123?install_callback=${encodeURIComponent(PB).replace('%7Bclickid%7D', '{clickid}')}%26comment%3Dfirst%252520deposit`;
      s.activities = [{ kind: 'install' }];
    });
    const still = result.findings.find((f) => f.code === 'dry-run-value-still-encoded');
    expect(still?.message).toContain('comment arrives as "first%20deposit"');
  });

  /** A global affiliate postback passing Affise's own {clickid}, not the affiliate's {sub1}. */
  const runWithClickidAffiliatePostback = () =>
    run((s) => {
      s.affiliatePostbacks = [
        {
          scope: 'global',
          status: 'any',
          integration: 'all',
          method: 'GET',
          url: 'https://aff.example/pb?c={clickid}',
        },
      ];
    });

  it('an affiliate postback using {clickid} is an error with the fix', () => {
    const result = runWithClickidAffiliatePostback();
    const finding = result.findings.find((f) => f.code === 'dry-run-affiliate-clickid');
    expect(finding).toMatchObject({ severity: 'error', path: 'affiliatePostbacks[0].url' });
    expect(finding?.message).toContain('{sub1}');
    expect(result.requests.find((r) => r.hop === 'affiliate-postback')?.url).toBe(
      'https://aff.example/pb?c={clickid}',
    );
  });

  it('each distinct finding is listed once however many requests repeat it', () => {
    const result = runWithClickidAffiliatePostback();
    expect(result.findings.filter((f) => f.code === 'dry-run-macro-left-literal')).toHaveLength(1);
    expect(
      result.requests.filter((r) => r.findings.some((f) => f.code === 'dry-run-macro-left-literal'))
        .length,
    ).toBeGreaterThan(1);
  });
});
