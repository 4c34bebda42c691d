import type { ReaderField } from '../teach/teachable-fields';
import type { PayoutField } from './page-labels';

/**
 * What an Affise page shows, as raw text found next to each label, before any validation. The
 * content script sends this to the background, which parses it with zod (`interpretOfferScan`):
 * keeping zod out of the content script keeps it small enough to load on every admin page.
 *
 * A field is null when its label (or a value beside it) is not on the page, and '' when the label
 * is there with an empty value.
 */
export interface OfferPageScan {
  url: string;
  offerIdInUrl: string | null;
  shownOfferId: string | null;
  title: string | null;
  trackingUrl: string | null;
  postbackUrl: string | null;
  /** null when the page shows no "Goal value" label (the Payouts tab is not rendered). */
  payoutRows: Partial<Record<PayoutField, string>>[] | null;
  /** Only where a user taught where the secure code is shown on its own. */
  secureCode?: string;
  /** Present when taught locators were tried: which found their field, which did not. */
  taught?: { found: ReaderField[]; lost: ReaderField[] };
}

/**
 * Payout rows read from one page. Rows repeat a goal per country or device, and only
 * MAX_GOALS_PER_OFFER goals are kept, so a page with thousands of rows (a hostile one had 5,000)
 * costs no more than this to send and check (issue 10 §5).
 */
export const MAX_PAYOUT_ROWS = 1000;
