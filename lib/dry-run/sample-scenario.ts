import type { Scenario } from './scenario';

/**
 * A complete scenario: the README's example (examples/dry-run.json must equal it; a unit test
 * checks), the popup's starting point when no offer is open, and the base of the rule examples.
 * The Tracking URL is what `postbridge generate` builds for this offer.
 */
export const SAMPLE_SCENARIO: Scenario = {
  version: 1,
  seed: 42,
  startTime: '2026-01-15T10:00:00Z',
  offer: {
    id: '12',
    name: 'Rocket Game iOS',
    trackingUrl:
      'https://app.adjust.com/abc123?campaign={offer_id}&adgroup={pid}&label={sub2}&install_callback=https%3A%2F%2Foffers-rocketcompany.affise.com%2Fpostback%3Fclickid%3D{clickid}%26secure%3D8d7a1c%26sum%3D%7Brevenue_float%7D%26ip%3D%7Bip_address%7D&event_callback_k2x9q1=https%3A%2F%2Foffers-rocketcompany.affise.com%2Fpostback%3Fclickid%3D{clickid}%26secure%3D8d7a1c%26sum%3D%7Brevenue_float%7D%26ip%3D%7Bip_address%7D%26goal%3Dregistration&event_callback_r8oaj2=https%3A%2F%2Foffers-rocketcompany.affise.com%2Fpostback%3Fclickid%3D{clickid}%26secure%3D8d7a1c%26sum%3D%7Brevenue_float%7D%26ip%3D%7Bip_address%7D%26goal%3Dpurchase',
    postbackUrl:
      'https://offers-rocketcompany.affise.com/postback?clickid={clickid}&secure=8d7a1c&sum={revenue_float}&ip={ip_address}',
    secureCode: '8d7a1c',
    currency: 'USD',
    defaultStatus: 2,
    goals: [
      { value: '1', title: 'Install', revenue: 1.5, payout: 1 },
      { value: 'registration', title: 'Registration', revenue: 0.5, payout: 0.2 },
      { value: 'purchase', title: 'Purchase', revenue: 5, payout: 3 },
    ],
    linkKind: 'auto',
  },
  click: {
    domain: 'rocketcompany.g2afse.com',
    pid: '7',
    useSsl: true,
    shortlink: false,
    subs: { sub1: 'aff-click-123', sub2: 'spring' },
    params: {},
    values: { geo: 'DE', city: 'Berlin' },
  },
  device: { os: 'ios', values: { country: 'de' } },
  activities: [
    { kind: 'install', after: 3600 },
    { kind: 'event', token: 'k2x9q1', after: 300 },
    { kind: 'event', token: 'r8oaj2', revenue: 4.99, currency: 'USD', after: 600 },
    { kind: 'status-change', goal: 'purchase', status: 1, after: 86400 },
    { kind: 'status-change', goal: '1', status: 3, after: 60 },
  ],
  affiliatePostbacks: [
    {
      scope: 'global',
      status: 'any',
      integration: 'all',
      method: 'GET',
      url: 'https://tracker.bestaffiliate.example/postback?click={sub1}&payout={sum}&status={status}&goal={goal}&offer={offerid}&txn={transactionid}',
    },
    {
      scope: 'local',
      offerId: '12',
      goal: 'purchase',
      status: 'approved',
      integration: 'default',
      method: 'POST',
      url: 'https://tracker.bestaffiliate.example/purchase?click={sub1}&sum={sum}&currency={currency}',
    },
  ],
  platform: { statusesShownToAffiliates: [1, 2, 3], considerGlobalPostback: true },
};
