import { describe, expect, it } from 'vitest';
import {
  apiBaseUrl,
  describeApiFailure,
  describeNetworkFailure,
  describeOfferRequest,
  mapApiOffer,
} from '../../../lib/affise/api-offer';
import { OfferReadSchema } from '../../../lib/affise/offer';
import {
  AFFISE_API_OFFER_12,
  AFFISE_API_OFFER_12_GOALS,
} from '../../fixtures/affise/api/responses';

const READ_AT = '2025-03-04T05:06:07.000Z';
const API = 'https://api-rocketcompany.affise.com';

describe('apiBaseUrl', () => {
  it.each([
    ['api-rocketcompany.affise.com', 'https://api-rocketcompany.affise.com'],
    ['  https://api-rocketcompany.affise.com/  ', 'https://api-rocketcompany.affise.com'],
    ['https://api-rocketcompany.affise.com:8123', 'https://api-rocketcompany.affise.com:8123'],
    // issue 10 §2: the key travels in a header, so plain http is refused.
    ['http://api-rocketcompany.affise.com:8123', null],
    ['HTTP://api-rocketcompany.affise.com', null],
    ['API-RocketCompany.Affise.com', 'https://api-rocketcompany.affise.com'],
    ['', null],
    ['ftp://api-rocketcompany.affise.com', null],
    ['https://api-rocketcompany.affise.com/3.0/offer/12', null],
    ['https://user:pass@api-rocketcompany.affise.com', null],
    ['not a host', null],
  ])('%j → %j', (input, expected) => {
    expect(apiBaseUrl(input)).toBe(expected);
  });
});

describe('describeOfferRequest', () => {
  it('asks GET /3.0/offer/{id} with the API-Key header', () => {
    expect(describeOfferRequest(API, 'k3y', '12')).toEqual({
      url: 'https://api-rocketcompany.affise.com/3.0/offer/12',
      method: 'GET',
      headers: { 'API-Key': 'k3y', Accept: 'application/json' },
    });
  });
});

describe('mapApiOffer', () => {
  it('maps the documented response into the offer model, postback assembled', () => {
    const result = mapApiOffer(AFFISE_API_OFFER_12, {
      offerId: '12',
      apiBase: API,
      readAt: READ_AT,
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(OfferReadSchema.parse(result.read)).toEqual(result.read);
    expect(result.read).toEqual({
      network: 'rocketcompany',
      offerId: '12',
      adminHost: 'offers-rocketcompany.affise.com',
      fields: {
        title: {
          value: 'Rocket Racing: Turbo — iOS & Android CPI',
          source: 'api',
          readAt: READ_AT,
        },
        trackingUrl: {
          value: 'https://app.adjust.com/abc123?campaign={offer_id}&adgroup={pid}&creative={sub1}',
          source: 'api',
          readAt: READ_AT,
        },
        secureCode: { value: '8d7a1f0c2b3e4d5f6a7b8c9d0e1f2a3b', source: 'api', readAt: READ_AT },
        postbackUrl: {
          value:
            'https://offers-rocketcompany.affise.com/postback?clickid={clickid}&secure=8d7a1f0c2b3e4d5f6a7b8c9d0e1f2a3b',
          source: 'assembled',
          readAt: READ_AT,
        },
        goals: {
          value: AFFISE_API_OFFER_12_GOALS,
          source: 'api',
          readAt: READ_AT,
        },
      },
    });
    expect(result.findings.map((f) => f.code)).toEqual(['affise.postback-assembled']);
  });

  it('assembles the postback on the admin host the caller names', () => {
    const result = mapApiOffer(AFFISE_API_OFFER_12, {
      offerId: '12',
      apiBase: API,
      adminHost: 'admin.rocketcompany.com',
      readAt: READ_AT,
    });
    expect(result.ok && result.read.fields.postbackUrl?.value).toBe(
      'https://admin.rocketcompany.com/postback?clickid={clickid}&secure=8d7a1f0c2b3e4d5f6a7b8c9d0e1f2a3b',
    );
    expect(result.ok && result.read.network).toBe('admin.rocketcompany.com');
  });

  it('reports an empty offer.url and a payment with an invalid goal, keeping the rest', () => {
    const body = {
      status: 1,
      offer: {
        id: 12,
        url: '',
        hash_password: '',
        payments: [
          { goal: 'buy/now', title: 'Buy', total: 1, revenue: 0.5, currency: 'usd' },
          { goal: 2, title: null, total: '3.5', revenue: '2', currency: 'eur' },
        ],
      },
    };
    const result = mapApiOffer(body, { offerId: '12', apiBase: API, readAt: READ_AT });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.read.fields.trackingUrl).toBeUndefined();
    expect(result.read.fields.secureCode).toBeUndefined();
    expect(result.read.fields.postbackUrl?.value).toBe(
      'https://offers-rocketcompany.affise.com/postback?clickid={clickid}',
    );
    expect(result.read.fields.goals?.value).toEqual([
      { value: '2', title: '', revenue: 3.5, payout: 2, currency: 'EUR' },
    ]);
    expect(result.findings.map((f) => f.code)).toEqual([
      'affise.field-empty',
      'affise.postback-assembled',
      'affise.api-goal-invalid',
    ]);
  });

  // Money follows the payout type: help-center.affise.com/en/articles/6759666.
  it.each([
    ['fixed', 'fixed'],
    ['percent', 'percent'],
    ['Percent', 'percent'],
    ['mixed', undefined],
    [null, undefined],
  ])('payments[].type %s → payoutType %s', (type, payoutType) => {
    const body = {
      offer: { id: 12, payments: [{ goal: '1', total: 20, revenue: 10, currency: 'usd', type }] },
    };
    const result = mapApiOffer(body, { offerId: '12', apiBase: API, readAt: READ_AT });
    expect(result.ok && result.read.fields.goals?.value[0]?.payoutType).toBe(payoutType);
  });

  it.each([
    ['an error body', { status: 2, error: 'Offer not found' }],
    ['a list instead of an offer', { status: 1, offers: [] }],
    ['HTML', '<html>Login</html>'],
    ['nothing', null],
  ])('rejects %s as a bad response', (_, body) => {
    const result = mapApiOffer(body, { offerId: '12', apiBase: API, readAt: READ_AT });
    expect(result).toMatchObject({ ok: false, error: { code: 'bad-response' } });
  });
});

describe('API failures', () => {
  it.each([
    [401, 'unauthorized', 'refused the API key'],
    [403, 'unauthorized', 'refused the API key'],
    [404, 'not-found', 'has no offer 12'],
    [500, 'http-error', 'HTTP 500'],
  ])('HTTP %i → %s', (status, code, text) => {
    const error = describeApiFailure(status, { status: 2, error: 'Nope' }, '12', API);
    expect(error.code).toBe(code);
    expect(error.message).toContain(text);
    expect(error.message).toContain('Affise said: "Nope"');
  });

  it('says what to check when the API cannot be reached', () => {
    const error = describeNetworkFailure(API, 'the request failed before an answer arrived');
    expect(error).toMatchObject({ code: 'network' });
    expect(error.message).toContain(API);
  });
});
