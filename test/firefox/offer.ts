import { ALL_TABS, ALL_TABS_OFFER } from '../fixtures/affise/all-tabs-mapping';

export { EXPECTED_INPUT, TOKENS } from '../fixtures/affise/all-tabs-mapping';

/** The Affise fixture the Firefox suite reads, and what the reader must get from it. */
export const OFFER_FIXTURE = ALL_TABS;
export const OFFER = ALL_TABS_OFFER;
export const OFFER_KEY = `${OFFER.network}/${OFFER.offerId}`;
export const OFFER_PATH = '/affise/offer-all-tabs.html';
