import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { listMissing } from '../../../lib/affise/offer';
import { AFFISE_FIXTURES } from '../../../lib/affise/page-labels';
import { readOfferPage } from '../../../lib/affise/read-offer-page';
import { EXPECTED_OFFERS, fieldValues } from '../../fixtures/affise/expected-offers';
import { fixtureUrl, loadFixture } from './load-fixture';

const READ_AT = '2025-03-04T05:06:07.000Z';

describe.each(AFFISE_FIXTURES)('readOfferPage on %s', (fixture) => {
  const expected = EXPECTED_OFFERS[fixture];
  const result = readOfferPage(loadFixture(fixture), {
    url: fixtureUrl(fixture, expected.host),
    readAt: READ_AT,
  });

  it('reads exactly the offer the fixture shows, field for field', () => {
    if (expected.offer === null) {
      expect(result.read).toBeNull();
      return;
    }
    const { network, offerId, ...fields } = expected.offer;
    expect(result.read).not.toBeNull();
    expect(result.read?.network).toBe(network);
    expect(result.read?.offerId).toBe(offerId);
    expect(result.read?.adminHost).toBe(expected.host);
    expect(fieldValues(result.read?.fields ?? {})).toEqual(fields);
  });

  it('marks every value as read from the page, at the read time', () => {
    for (const field of Object.values(result.read?.fields ?? {})) {
      expect(field).toMatchObject({ source: 'page', readAt: READ_AT });
    }
  });

  it('reports what it could not keep', () => {
    expect(result.findings.map((f) => f.code)).toEqual(expected.findings);
  });
});

describe('readOfferPage details', () => {
  const read = (html: string, url = 'https://rocketcompany.affise.com/offer/edit/12') =>
    readOfferPage(parseHTML(`<html><body>${html}</body></html>`).document, {
      url,
      readAt: READ_AT,
    });

  it('takes the offer id from the address before the page', () => {
    const result = read('<label for="i">ID</label><input id="i" value="99">');
    expect(result.read?.offerId).toBe('12');
    expect(result.findings.map((f) => f.code)).toEqual(['affise.offer-id-mismatch']);
  });

  it.each([
    ['https://rocketcompany.affise.com/offer/edit/12', '12'],
    ['https://rocketcompany.affise.com/offers/12', '12'],
    ['https://rocketcompany.affise.com/offer/12/edit?tab=payouts', '12'],
    ['https://admin.example.com/#/offers/12', '12'],
  ])('finds the offer id in %s', (url, id) => {
    expect(read('<p>Nothing here</p>', url).read?.offerId).toBe(id);
  });

  it('does not store a value that is not what its label promises', () => {
    const result = read(
      '<label for="t">Tracking URL</label><textarea id="t">ask the advertiser</textarea>' +
        '<div><span>S2S (Postback)</span><code>javascript:alert(1)</code></div>',
    );
    expect(result.read?.fields.trackingUrl).toBeUndefined();
    expect(result.read?.fields.postbackUrl).toBeUndefined();
    expect(result.findings.map((f) => [f.code, f.path])).toEqual([
      ['affise.value-not-url', 'trackingUrl'],
      ['affise.value-not-url', 'postbackUrl'],
    ]);
  });

  it('skips a goal value Affise would reject and says which row', () => {
    const result = read(
      '<table><thead><tr><th>Goal value</th><th>Goal title</th></tr></thead>' +
        '<tbody><tr><td>1</td><td>Install</td></tr><tr><td>buy/now</td><td>Buy</td></tr></tbody></table>',
    );
    expect(result.read?.fields.goals?.value).toEqual([{ value: '1', title: 'Install' }]);
    expect(result.findings.map((f) => [f.code, f.path])).toEqual([
      ['affise.goal-value-invalid', 'goals[1].value'],
    ]);
  });

  it('stops at the next label instead of taking its value for an empty field', () => {
    const result = read(
      '<div><label>Tracking URL</label><span></span></div><div><label>Title</label><input value="Offer"></div>',
    );
    expect(result.read?.fields.trackingUrl).toBeUndefined();
    expect(result.read?.fields.title?.value).toBe('Offer');
  });

  it('does not treat a secure={secure} placeholder as the secure code', () => {
    const result = read(
      '<label>S2S (Postback)</label><code>https://offers-x.affise.com/postback?clickid={clickid}&amp;secure={secure}</code>',
    );
    expect(result.read?.fields.postbackUrl).toBeDefined();
    expect(result.read?.fields.secureCode).toBeUndefined();
  });

  it('lists what is still missing with a hint per tab', () => {
    const result = readOfferPage(loadFixture('offer-lazy-tabs.html'), {
      url: fixtureUrl('offer-lazy-tabs.html', 'rocketcompany.affise.com'),
      readAt: READ_AT,
    });
    const missing = listMissing(result.read);
    expect(missing.map((m) => m.field)).toEqual([
      'trackingUrl',
      'postbackUrl',
      'goals',
      'secureCode',
    ]);
    expect(missing.find((m) => m.field === 'goals')?.hint).toContain('Payouts tab');
    expect(missing.find((m) => m.field === 'trackingUrl')?.hint).toContain('Tracking tab');
    expect(missing.find((m) => m.field === 'postbackUrl')?.hint).toContain('S2S (Postback)');
  });
});
