import type { PayoutType } from '../affise/offer';
import { buildLink } from '../link/build-link';
import type { LinkKind } from '../link/schemas';
import { SAMPLE_SCENARIO } from './sample-scenario';
import type { Scenario } from './scenario';

/** What the popup knows about the open offer; every field may be missing. */
export interface OfferPrefill {
  /** Affise offer id (digits). */
  id?: string | null;
  title?: string | null;
  /** Affise network name (`rocketcompany`), for the tracking domain `<network>.g2afse.com`. */
  network?: string | null;
  trackingUrl?: string | null;
  postbackUrl?: string | null;
  secureCode?: string | null;
  goals?:
    | readonly {
        value: string;
        title?: string;
        revenue?: number;
        payout?: number;
        currency?: string;
        payoutType?: PayoutType;
      }[]
    | null;
}

/** The goal ↔ Adjust activity mapping, as `generate` takes it, and the link it built. */
export interface MappingPrefill {
  install?: { goal: string } | null;
  events?: readonly { goal: string; token: string }[];
  linkKind?: LinkKind;
  /** The link `generate` built (the Tracking URL to put on the offer); built here when missing. */
  link?: string | null;
}

const present = (text: string | null | undefined): text is string =>
  typeof text === 'string' && text.trim() !== '';

type MappedEvent = { goal: string; token: string };

/** The built link when there is one; otherwise built from the offer, else its own Tracking URL. */
function trackingUrlFor(
  offer: OfferPrefill,
  mapping: MappingPrefill | null | undefined,
  install: { goal: string } | null,
  events: readonly MappedEvent[],
  fallback: string,
): string {
  let trackingUrl = present(mapping?.link) ? mapping.link : null;
  if (trackingUrl === null && present(offer.trackingUrl) && present(offer.postbackUrl)) {
    trackingUrl = buildLink({
      adjustLink: offer.trackingUrl,
      postbackUrl: offer.postbackUrl,
      install,
      events: [...events],
      linkKind: mapping?.linkKind ?? 'auto',
    }).link;
  }
  trackingUrl ??= present(offer.trackingUrl) ? offer.trackingUrl : fallback;
  return trackingUrl;
}

/** An install an hour after the click when mapped, then one event per token with its goal's revenue. */
function activitiesFor(
  install: { goal: string } | null,
  events: readonly MappedEvent[],
  goals: Scenario['offer']['goals'],
): Scenario['activities'] {
  const revenueOf = new Map(goals.map((g) => [g.value, g.revenue]));
  const activities: Scenario['activities'] = [];
  if (install) activities.push({ kind: 'install', after: 3600 });
  const seen = new Set<string>();
  for (const event of events) {
    if (seen.has(event.token)) continue;
    seen.add(event.token);
    const revenue = revenueOf.get(event.goal);
    activities.push({
      kind: 'event',
      token: event.token,
      after: 600,
      ...(revenue === undefined ? {} : { revenue }),
    });
  }
  return activities;
}

function offerFor(
  offer: OfferPrefill,
  mapping: MappingPrefill | null | undefined,
  trackingUrl: string,
  goals: Scenario['offer']['goals'],
  sample: Scenario,
): Scenario['offer'] {
  return {
    id: present(offer.id) && /^\d{1,12}$/.test(offer.id) ? offer.id : sample.offer.id,
    ...(present(offer.title) ? { name: offer.title } : {}),
    trackingUrl,
    ...(present(offer.postbackUrl) ? { postbackUrl: offer.postbackUrl } : {}),
    ...(present(offer.secureCode) ? { secureCode: offer.secureCode } : {}),
    currency: 'USD',
    defaultStatus: 1,
    goals,
    linkKind: mapping?.linkKind ?? 'auto',
  };
}

/** The click on the network's tracking domain `<network>.g2afse.com`. */
function clickFor(offer: OfferPrefill, sample: Scenario): Scenario['click'] {
  const network = present(offer.network)
    ? offer.network.toLowerCase().replace(/[^a-z0-9-]/g, '')
    : '';
  return {
    ...sample.click,
    domain: network === '' ? 'network.g2afse.com' : `${network}.g2afse.com`,
    pid: '1',
    subs: { sub1: 'aff-click-1' },
    values: {},
  };
}

/** One global affiliate postback as a starting point. */
const STARTER_AFFILIATE_POSTBACK: Scenario['affiliatePostbacks'][number] = {
  scope: 'global',
  status: 'any',
  integration: 'all',
  method: 'GET',
  url: 'https://affiliate.example/postback?click={sub1}&sum={sum}&status={status}&goal={goal}&txn={transactionid}',
};

/**
 * A scenario pre-filled from the open offer and its mapping: the built link as Tracking URL, the
 * offer's goals, an install and one event per mapped token, and one global affiliate postback as
 * a starting point. Without an offer it is the sample scenario.
 */
export function scenarioFromOffer(
  offer?: OfferPrefill | null,
  mapping?: MappingPrefill | null,
): Scenario {
  // A JSON copy: the sample is plain data and callers may edit what they get.
  const sample: Scenario = JSON.parse(JSON.stringify(SAMPLE_SCENARIO));
  if (!offer) return sample;
  const install = mapping?.install === undefined ? { goal: '1' } : mapping.install;
  const events = (mapping?.events ?? []).filter((e) => present(e.token) && present(e.goal));
  const trackingUrl = trackingUrlFor(offer, mapping, install, events, sample.offer.trackingUrl);
  const goals =
    offer.goals && offer.goals.length > 0 ? offer.goals.map((g) => ({ ...g })) : sample.offer.goals;
  return {
    ...sample,
    offer: offerFor(offer, mapping, trackingUrl, goals, sample),
    click: clickFor(offer, sample),
    device: { os: 'ios', values: {} },
    activities: activitiesFor(install, events, goals),
    affiliatePostbacks: [{ ...STARTER_AFFILIATE_POSTBACK }],
    platform: { statusesShownToAffiliates: [1, 2, 3, 5], considerGlobalPostback: false },
  };
}
