import { describe, expect, it } from 'vitest';
import { clearManualFields, mergeOffer, replaces } from '../../../lib/affise/merge-offer';
import {
  type FieldSource,
  listMissing,
  type OfferRead,
  OfferSchema,
} from '../../../lib/affise/offer';

const T1 = '2025-01-01T10:00:00.000Z';
const T2 = '2025-01-01T10:05:00.000Z';
const T3 = '2025-01-01T10:10:00.000Z';
const ref = { network: 'rocketcompany', offerId: '12', adminHost: 'rocketcompany.affise.com' };
const at = (source: FieldSource, readAt = T1) => ({ source, readAt });

const TRACKING = 'https://app.adjust.com/abc123?campaign={offer_id}';
const POSTBACK = 'https://offers-rocketcompany.affise.com/postback?clickid={clickid}&secure=8d7a';

function read(fields: OfferRead['fields'], adminHost = ref.adminHost): OfferRead {
  return { ...ref, adminHost, fields };
}

describe('replaces', () => {
  it.each([
    ['page', 'page', true, 'a newer page read wins'],
    ['api', 'page', true, 'a newer API read wins'],
    ['page', 'assembled', true, 'a read value beats an assembled one'],
    ['assembled', 'page', false, 'an assembled postback never hides the real one'],
    ['assembled', 'api', false, 'nor an API value'],
    ['assembled', 'assembled', true, 'a newer assembly wins'],
    ['page', 'manual', false, 'what the user typed stands'],
    ['api', 'manual', false, 'also against the API'],
    ['manual', 'page', true, 'the user can always overrule'],
  ] as const)('%s over %s → %s (%s)', (incoming, stored, expected, _why) => {
    expect(replaces(incoming, stored)).toBe(expected);
  });
});

describe('mergeOffer', () => {
  it('adds up the Tracking, Postbacks and Payouts tabs visited in any order', () => {
    const tracking = read({ trackingUrl: { value: TRACKING, ...at('page', T1) } });
    const payouts = read({
      goals: { value: [{ value: '1', title: 'Install' }], ...at('page', T2) },
    });
    const postbacks = read({ postbackUrl: { value: POSTBACK, ...at('page', T3) } });
    const orders = [
      [tracking, payouts, postbacks],
      [postbacks, tracking, payouts],
      [payouts, postbacks, tracking],
    ];
    for (const order of orders) {
      const offer = order.reduce<ReturnType<typeof mergeOffer> | undefined>(
        (stored, next) => mergeOffer(stored, next, T3),
        undefined,
      );
      expect(OfferSchema.parse(offer)).toEqual(offer);
      expect(offer?.key).toBe('rocketcompany/12');
      expect(offer?.fields.trackingUrl?.value).toBe(TRACKING);
      expect(offer?.fields.postbackUrl?.value).toBe(POSTBACK);
      expect(offer?.fields.goals?.value).toEqual([{ value: '1', title: 'Install' }]);
      expect(listMissing(offer).filter((m) => m.required)).toEqual([]);
    }
  });

  it('keeps a manual value marked manual when the page is read again', () => {
    const manual = mergeOffer(
      undefined,
      read({ trackingUrl: { value: 'https://app.adjust.com/typed1', ...at('manual', T1) } }),
      T1,
    );
    const again = mergeOffer(
      manual,
      read({ trackingUrl: { value: TRACKING, ...at('page', T2) } }),
      T2,
    );
    expect(again.fields.trackingUrl).toEqual({
      value: 'https://app.adjust.com/typed1',
      source: 'manual',
      readAt: T1,
    });
  });

  it('lets a cleared manual value be filled by the next read', () => {
    const manual = mergeOffer(
      undefined,
      read({ trackingUrl: { value: 'https://app.adjust.com/typed1', ...at('manual', T1) } }),
      T1,
    );
    const cleared = clearManualFields(manual, ['trackingUrl'], T2);
    expect(cleared.fields.trackingUrl).toBeUndefined();
    const reread = mergeOffer(
      cleared,
      read({ trackingUrl: { value: TRACKING, ...at('page', T3) } }),
      T3,
    );
    expect(reread.fields.trackingUrl?.source).toBe('page');
  });

  it('does not let an assembled postback replace the one read from the page', () => {
    const page = mergeOffer(
      undefined,
      read({ postbackUrl: { value: POSTBACK, ...at('page', T1) } }),
      T1,
    );
    const api = mergeOffer(
      page,
      read(
        {
          postbackUrl: {
            value: 'https://offers-rocketcompany.affise.com/postback?clickid={clickid}',
            ...at('assembled', T2),
          },
        },
        'offers-rocketcompany.affise.com',
      ),
      T2,
    );
    expect(api.fields.postbackUrl?.value).toBe(POSTBACK);
    expect(api.adminHost).toBe('rocketcompany.affise.com');
  });

  it('counts goals repeated in several payout rows once', () => {
    const offer = mergeOffer(
      undefined,
      read({
        goals: {
          value: [
            { value: '1', title: 'Install', revenue: 2 },
            { value: 'purchase', title: 'Purchase' },
            { value: '1', title: 'Install (tier 2)', revenue: 1 },
            { value: 'Purchase', title: 'Purchase again' },
          ],
          ...at('page'),
        },
      }),
      T1,
    );
    expect(offer.fields.goals?.value).toEqual([
      { value: '1', title: 'Install', revenue: 2 },
      { value: 'purchase', title: 'Purchase' },
    ]);
  });

  it('leaves fields a read does not mention untouched', () => {
    const first = mergeOffer(
      undefined,
      read({
        title: { value: 'Rocket', ...at('page') },
        trackingUrl: { value: TRACKING, ...at('page') },
      }),
      T1,
    );
    const second = mergeOffer(first, read({ title: { value: 'Rocket 2', ...at('page', T2) } }), T2);
    expect(second.fields.title?.value).toBe('Rocket 2');
    expect(second.fields.trackingUrl?.value).toBe(TRACKING);
    expect(second.updatedAt).toBe(T2);
  });
});
