import type { OfferRead } from '@/lib/affise/offer';

/** When the stored test offers were read. */
export const READ_AT = '2025-03-04T05:00:00.000Z';

/** An offer of the rocketcompany network as the reader hands it over: only its title, read at READ_AT. */
export function offerRead(offerId: string): OfferRead {
  return {
    network: 'rocketcompany',
    offerId,
    adminHost: 'rocketcompany.affise.com',
    fields: { title: { value: `Offer ${offerId}`, source: 'page', readAt: READ_AT } },
  };
}
