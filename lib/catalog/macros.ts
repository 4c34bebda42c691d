import { SOURCES } from './sources';

/**
 * The three macro namespaces this product keeps apart:
 * - `affise-click`: filled by Affise when a click passes through its tracking link, anywhere in the
 *   offer's Tracking URL, so raw `{…}` inside a callback is filled before Adjust ever sees it;
 * - `adjust`: filled by Adjust when it fires a callback, so inside a callback it must be encoded;
 * - `affise-affiliate`: filled by Affise in affiliate postbacks only.
 */
export type MacroSystem = 'affise-click' | 'adjust' | 'affise-affiliate';

export interface MacroEntry {
  name: string;
  system: MacroSystem;
  description: string;
  example: string;
  source: string;
}

type Row = readonly [name: string, description: string, example: string];

function entries(system: MacroSystem, source: string, rows: readonly Row[]): MacroEntry[] {
  return rows.map(([name, description, example]) => ({
    name,
    system,
    description,
    example,
    source,
  }));
}

function numbered(
  prefix: string,
  from: number,
  to: number,
  describeNth: (n: number) => string,
  example: (n: number) => string,
): Row[] {
  return Array.from({ length: to - from + 1 }, (_, i) => {
    const n = from + i;
    return [`${prefix}${n}`, describeNth(n), example(n)] as const;
  });
}

/**
 * Entries whose fact comes from another page than the list's: `{rand}` and `{time_petty}` are
 * defined by the advertiser tracking URL macros table (article 6553802).
 */
function citing(list: MacroEntry[], source: string, names: readonly string[]): MacroEntry[] {
  return list.map((m) => (names.includes(m.name) ? { ...m, source } : m));
}

export const AFFISE_CLICK_MACROS: readonly MacroEntry[] = citing(
  entries('affise-click', SOURCES.affiseTrackingLink, [
    [
      'clickid',
      'Affise click id: 24 lowercase hex characters, generated per click.',
      '5ec25b044a4f2b0001211111',
    ],
    ['click_id', 'Same as {clickid}.', '5ec25b044a4f2b0001211111'],
    ['pid', 'Affiliate (partner) id from the tracking link.', '7'],
    ['offer_id', 'Affise offer id.', '12'],
    ...numbered(
      'sub',
      1,
      30,
      (n) =>
        `Affiliate sub-parameter sub${n} from the tracking link (sub9 and above on some plans).`,
      (n) => `aff-sub${n}`,
    ),
    ['ip', 'IP address of the click.', '203.0.113.7'],
    ['geo', 'Country code of the click (ISO 3166-1 alpha-2).', 'DE'],
    ['city', 'City of the click. Adjust has a {city} placeholder too.', 'Berlin'],
    ['language', 'Browser language of the click. Adjust has a {language} placeholder too.', 'de'],
    [
      'referrer',
      'Referrer of the click. Adjust has a {referrer} placeholder too.',
      'https://publisher.example/page',
    ],
    [
      'os_version',
      'OS version of the clicking device. Adjust has an {os_version} placeholder too.',
      '17.4',
    ],
    ['device_model', 'Device model of the click.', 'iPhone15,2'],
    [
      'device_ua',
      'User agent of the click.',
      'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X)',
    ],
    ['deeplink', 'Deep link passed in the tracking link.', 'myapp://promo'],
    ['rand', 'Unique number in UUID format.', '9cdf32d5-124e-4e06-b25b-4c92d3cec9dc'],
    ['time', 'Click time as a Unix timestamp.', '1763719200'],
    ['time_petty', 'Click time in the format h:i:s.', '10:00:00'],
    ['date_only', 'Click date in the format y-m-d.', '2026-11-21'],
    ['offer_name', 'Offer title.', 'Rocket Game iOS'],
    ['affiliate_name', 'Affiliate name.', 'Best Traffic Ltd'],
    ['advertiser_id', 'Advertiser id.', '5f1e1b2c3d4e5f6a7b8c9d0e'],
    ['impression_id', 'Impression id.', 'imp-123'],
    ['aimp_id', 'Affise impression id.', 'aimp-456'],
    ['fbclid', 'Facebook click id passed in the tracking link.', 'IwAR0abc'],
  ]),
  SOURCES.affiseAdvertiserTrackingMacros,
  ['rand', 'time_petty', 'date_only'],
);

export const ADJUST_PLACEHOLDERS: readonly MacroEntry[] = entries(
  'adjust',
  SOURCES.adjustPlaceholders,
  [
    ['gps_adid', 'Google Play Services advertising id.', '38400000-8cf0-11bd-b23e-10b96e40000d'],
    ['idfa', 'iOS advertising id.', '6D92078A-8246-4BA4-AE5B-76104861E7DC'],
    ['idfv', 'iOS vendor id.', '3B396F0A-2E36-4E4C-9A6B-1F6C0D2C8B0A'],
    ['adid', 'Adjust device id.', '2f5a7e1b8c9d0e1f2a3b4c5d6e7f8a9b'],
    ['tracker', 'Adjust tracker token.', 'abc123'],
    ['tracker_name', 'Adjust tracker name.', 'Network::Campaign::Adgroup::Creative'],
    ['link_token', 'Adjust link token.', 'abc123'],
    ['link_name', 'Adjust link name.', 'Rocket Network'],
    ['app_name', 'App name.', 'Rocket Game'],
    ['app_id', 'Store app id.', 'com.rocket.game'],
    ['activity_kind', 'Kind of activity: install, event, session, …', 'install'],
    ['created_at', 'Activity time, Unix timestamp.', '1763722800'],
    ['installed_at', 'Install time, Unix timestamp.', '1763722800'],
    ['click_time', 'Attributed click time, Unix timestamp.', '1763719200'],
    ['conversion_duration', 'Seconds from click to install.', '3600'],
    ['is_redownload', '1 when the install is a redownload.', '0'],
    ['event', 'Adjust event token.', 'abc123'],
    ['event_name', 'Adjust event name.', 'purchase'],
    ['revenue', 'Event revenue in cents.', '499'],
    ['revenue_float', 'Event revenue in whole currency units.', '4.99'],
    ['currency', 'Revenue currency (ISO 4217).', 'USD'],
    ['reporting_revenue', 'Revenue in the reporting currency.', '4.99'],
    ['country', 'Device country code.', 'de'],
    ['city', 'Device city. Affise has a {city} macro too.', 'Berlin'],
    ['language', 'Device language. Affise has a {language} macro too.', 'de'],
    ['os_name', 'Operating system name.', 'ios'],
    ['os_version', 'Operating system version. Affise has an {os_version} macro too.', '17.4'],
    ['ip_address', 'Device IP address.', '198.51.100.23'],
    ['user_agent', 'Device user agent.', 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X)'],
    ['referrer', 'Install referrer. Affise has a {referrer} macro too.', 'adjust_reftag=abc'],
    ['label', 'Value of the link `label` parameter.', 'spring'],
    ['partner_parameters', 'Partner parameters sent by the SDK.', 'key=value'],
    ['rejection_reason', 'Why an install or reattribution was rejected.', 'too_many_engagements'],
    ['cost_type', 'Cost model from the link.', 'cpi'],
    ['cost_amount', 'Cost amount from the link.', '1.50'],
    ['cost_currency', 'Cost currency from the link.', 'USD'],
  ],
);

/** Affiliate postback URL macros, as article 6483741 lists them (and 6483859 for the sending logic). */
export const AFFISE_AFFILIATE_MACROS: readonly MacroEntry[] = entries(
  'affise-affiliate',
  SOURCES.affiseAffiliateMacros,
  [
    ['uagent', 'User agent of the user browser.', 'Mozilla/5.0'],
    [
      'device_type',
      'Device type: mediahub, mobile, ereader, console, tv, tablet, desktop or smartwatch.',
      'mobile',
    ],
    ['ip', 'User IP address.', '203.0.113.7'],
    ...numbered(
      'sub',
      1,
      8,
      (n) => `sub${n} the affiliate passed in its tracking link.`,
      (n) => `aff-sub${n}`,
    ),
    ['ref_id', 'The ref_id the affiliate passed in its tracking link.', 'ref-1'],
    ['os_id', 'The os_id the affiliate passed in its tracking link.', 'os-1'],
    ...numbered(
      'ext',
      1,
      3,
      (n) => `The ext${n} the affiliate passed in its tracking link.`,
      (n) => `ext-${n}`,
    ),
    [
      'transactionid',
      'Conversion identifier: the page calls it "of the advertiser" — from the affiliate\'s side the network is the advertiser, so this is the conversion id in Affise.',
      '5f6a7b8c9d0e1f2a3b4c5d6e',
    ],
    ['date', 'Date and time of the conversion, y-m-d h:i:s.', '2026-11-21 10:30:00'],
    ['click_date', 'Date and time of the click, y-m-d h:i:s.', '2026-11-21 10:00:00'],
    ['offerid', 'Offer id (not {offer_id} in affiliate postbacks).', '12'],
    ['offer_name', 'Offer title.', 'Rocket Game iOS'],
    ['status', 'Conversion status: 1 approved, 2 pending, 3 declined, 5 hold.', '1'],
    ['sum', "Conversion payout: the affiliate's payout.", '2.50'],
    ['city', 'City.', 'Berlin'],
    ['geo', 'Country.', 'DE'],
    ['goal', 'Goal of the conversion.', '1'],
    ['currency', 'Currency.', 'USD'],
    ['comment', 'Comment of the conversion.', 'Payments not found'],
    ['time', 'Time of the conversion, H:i:s.', '10:30:00'],
    ['date_only', 'Date of the conversion, Y-m-d.', '2026-11-21'],
    ['rand', 'Unique number in UUID format.', '9cdf32d5-124e-4e06-b25b-4c92d3cec9dc'],
    ['referrer', 'Click referrer.', 'https://publisher.example/page'],
    ...numbered(
      'custom_field',
      1,
      7,
      (n) => `custom_field${n} from the advertiser postback.`,
      (n) => `cf${n}`,
    ),
    ...numbered(
      'custom_field_',
      1,
      7,
      (n) => `The other spelling the page gives for {custom_field${n}}.`,
      (n) => `cf${n}`,
    ),
    ['os', 'OS family.', 'iOS'],
    ['timestamp', 'Unix timestamp of the conversion.', '1763721000'],
    ['fbclid', 'Facebook click id.', 'IwAR0abc'],
    ['promo_code', 'Promo code from the advertiser postback.', 'SPRING10'],
    ['order_sum', "Conversion's price: the sum the advertiser sent.", '49.90'],
    ['order_currency', "Conversion's currency.", 'USD'],
    ['user_id', 'User id from the advertiser postback.', 'u-42'],
  ],
);

/** Names both Affise (at click time) and Adjust (at fire time) would fill. */
export const SHARED_MACRO_NAMES: ReadonlySet<string> = new Set(
  AFFISE_CLICK_MACROS.filter((a) => ADJUST_PLACEHOLDERS.some((b) => b.name === a.name)).map(
    (a) => a.name,
  ),
);

const byName = (list: readonly MacroEntry[]) => new Map(list.map((m) => [m.name, m]));
export const AFFISE_CLICK_BY_NAME = byName(AFFISE_CLICK_MACROS);
export const ADJUST_BY_NAME = byName(ADJUST_PLACEHOLDERS);
export const AFFISE_AFFILIATE_BY_NAME = byName(AFFISE_AFFILIATE_MACROS);

/** Who fills a `{name}` inside a callback. Shared names go to Adjust unless the caller says Affise. */
export type MacroOwner = 'affise' | 'adjust' | 'unknown';
export type SharedMacroChoice = Partial<Record<string, 'affise' | 'adjust'>>;

export function macroOwner(name: string, choice: SharedMacroChoice = {}): MacroOwner {
  if (SHARED_MACRO_NAMES.has(name)) return choice[name] ?? 'adjust';
  if (AFFISE_CLICK_BY_NAME.has(name)) return 'affise';
  if (ADJUST_BY_NAME.has(name)) return 'adjust';
  return 'unknown';
}
