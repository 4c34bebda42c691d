import type { GenerateInput } from '../../lib/link/schemas';
import { EXPECTED_OFFERS } from '../fixtures/affise/expected-offers';

/** The Affise fixture the Firefox suite reads, and what the reader must get from it. */
export const OFFER_FIXTURE = EXPECTED_OFFERS['offer-all-tabs.html'];
const offer = OFFER_FIXTURE.offer;
if (!offer?.trackingUrl || !offer.postbackUrl || !offer.goals) {
  throw new Error('offer-all-tabs.html must hold a full offer');
}
export const OFFER = {
  ...offer,
  trackingUrl: offer.trackingUrl,
  postbackUrl: offer.postbackUrl,
  goals: offer.goals,
};
export const OFFER_KEY = `${OFFER.network}/${OFFER.offerId}`;
export const OFFER_PATH = '/affise/offer-all-tabs.html';

/** What the user maps in the popup: goal "1" stays the install, the others get event tokens. */
export const TOKENS = { purchase: 'pur123', reg: 'reg456' } as const;

/** The engine input the popup must arrive at with that mapping (as in test/e2e/popup.spec.ts). */
export const EXPECTED_INPUT: GenerateInput = {
  adjustLink: OFFER.trackingUrl,
  postbackUrl: OFFER.postbackUrl,
  install: { goal: '1' },
  events: [
    { goal: 'purchase', token: TOKENS.purchase },
    { goal: 'reg', token: TOKENS.reg },
  ],
  linkKind: 'auto',
  mergeSharedTokens: false,
  sharedMacros: {},
  adminHosts: [],
};
