import { SOURCES } from './sources';

/**
 * The three macro namespaces this product keeps apart:
 * - `affise-click`: filled by Affise when a click passes through its tracking link, anywhere in the
 *   offer's Tracking URL, so raw `{…}` inside a callback is filled before Adjust ever sees it;
 * - `adjust`: filled by Adjust when it fires a callback, so inside a callback it must be encoded;
 * - `affise-affiliate`: filled by Affise in affiliate postbacks only.
 *
 * This module is the home of which names each system fills and the page that lists them: all the
 * link engine needs. What each name means and an example value are in ./macros.ts, for the popup's
 * macro palette and the dry run.
 */
export type MacroSystem = 'affise-click' | 'adjust' | 'affise-affiliate';

export interface MacroList {
  system: MacroSystem;
  /** The page that lists these names. */
  source: string;
  names: readonly string[];
  /** Names whose fact comes from another page than the list's. */
  citing?: { source: string; names: readonly string[] };
}

/** `prefix1` … `prefixN`: the numbered families (sub1…sub30, ext1…ext3, …). */
function numbered(prefix: string, from: number, to: number): string[] {
  return Array.from({ length: to - from + 1 }, (_, i) => `${prefix}${from + i}`);
}

/** The click macros Affise fills from the click's own request: where, and on what device. */
export const CLICK_CONTEXT_MACROS = [
  'ip',
  'geo',
  'city',
  'language',
  'referrer',
  'os_version',
  'device_model',
  'device_ua',
] as const;

/**
 * Affise's click macros (the tracking-link article). `{rand}`, `{time_petty}` and `{date_only}` are
 * defined by the advertiser tracking URL macros table (article 6553802).
 */
export const AFFISE_CLICK_LIST: MacroList = {
  system: 'affise-click',
  source: SOURCES.affiseTrackingLink,
  names: [
    'clickid',
    'click_id',
    'pid',
    'offer_id',
    ...numbered('sub', 1, 30),
    ...CLICK_CONTEXT_MACROS,
    'deeplink',
    'rand',
    'time',
    'time_petty',
    'date_only',
    'offer_name',
    'affiliate_name',
    'advertiser_id',
    'impression_id',
    'aimp_id',
    'fbclid',
  ],
  citing: {
    source: SOURCES.affiseAdvertiserTrackingMacros,
    names: ['rand', 'time_petty', 'date_only'],
  },
};

/**
 * Adjust's partner placeholders (https://help.adjust.com/en/partner/placeholders, "ad network
 * integration" tab, and the callback pages that recommend them). Adjust fills them when it fires
 * a callback; unavailable data is "dropped from the callback". Complete for what a network's
 * callback can carry: ids, times, attribution, device, location, revenue, cost, and the
 * self-attributing networks' own names (fb_*, iad_*, tweet_id, …), so that a real Adjust
 * placeholder is never reported as filled by nobody.
 */
export const ADJUST_LIST: MacroList = {
  system: 'adjust',
  source: SOURCES.adjustPlaceholders,
  names: [
    // Device and advertising identifiers.
    'gps_adid',
    'gps_adid_md5',
    'idfa',
    'idfa_md5',
    'idfa_md5_hex',
    'idfv',
    'adid',
    'android_id',
    'android_id_md5',
    'mac_md5',
    'mac_sha1',
    'fire_adid',
    'oaid',
    'win_adid',
    'win_hwid',
    'win_naid',
    'win_udid',
    'external_device_id',
    'push_token',
    'random_user_id',
    'web_uuid',
    // Link, tracker and attribution.
    'tracker',
    'tracker_name',
    'link_token',
    'link_name',
    'first_tracker',
    'first_tracker_name',
    'last_tracker',
    'last_tracker_name',
    'outdated_tracker',
    'outdated_tracker_name',
    'network_name',
    'campaign_name',
    'adgroup_name',
    'creative_name',
    'label',
    'match_type',
    'impression_based',
    'is_organic',
    'is_reattributed',
    'is_s2s',
    'is_imported',
    'is_redownload',
    'rejection_reason',
    'click_referer',
    'referrer',
    'reftag',
    'reftags',
    'referral_time',
    'gclid',
    'click_attribution_window',
    'impression_attribution_window',
    'reattribution_attribution_window',
    'inactive_user_definition',
    'attribution_expires_at',
    'attribution_ttl',
    'callback_ttl',
    'last_fallback_time',
    // App.
    'app_name',
    'app_name_dashboard',
    'app_id',
    'app_token',
    'app_version',
    'app_version_raw',
    'app_version_short',
    'store',
    'sdk_version',
    'environment',
    // Activity and times (Unix timestamps).
    'activity_kind',
    'created_at',
    'created_at_hour',
    'created_at_milli',
    'installed_at',
    'installed_at_hour',
    'install_begin_time',
    'install_finish_time',
    'click_time',
    'click_time_hour',
    'impression_time',
    'impression_time_hour',
    'engagement_time',
    'engagement_time_hour',
    'reattributed_at',
    'reattributed_at_hour',
    'received_at',
    'uninstalled_at',
    'reinstalled_at',
    'last_session_time',
    'conversion_duration',
    'time_spent',
    'last_time_spent',
    'session_count',
    'lifetime_session_count',
    // Events, revenue and cost.
    'event',
    'event_name',
    'revenue',
    'revenue_float',
    'revenue_usd',
    'revenue_usd_cents',
    'currency',
    'reporting_revenue',
    'reporting_currency',
    'reporting_cost',
    'partner_parameters',
    'publisher_parameters',
    'cost_type',
    'cost_amount',
    'cost_currency',
    'nonce',
    'random',
    // Device.
    'device_name',
    'device_type',
    'device_manufacturer',
    'hardware_name',
    'cpu_type',
    'screen_size',
    'screen_format',
    'screen_density',
    'display_width',
    'display_height',
    'os_name',
    'os_version',
    'api_level',
    'user_agent',
    'tracking_enabled',
    'tracking_limited',
    'att_status',
    'timezone',
    // Location and network.
    'country',
    'country_subdivision',
    'region',
    'city',
    'postal_code',
    'language',
    'ip_address',
    'proxy_ip_address',
    'isp',
    'connection_type',
    'network_type',
    'mcc',
    'mnc',
    // Self-attributing networks.
    'fb_campaign_group_name',
    'fb_campaign_group_id',
    'fb_campaign_name',
    'fb_campaign_id',
    'fb_adgroup_name',
    'fb_adgroup_id',
    'fb_install_referrer',
    'tweet_id',
    'twitter_line_item_id',
    'iad_ad_id',
    'iad_conversion_type',
    'iad_country_or_region',
    'iad_keyword',
    'iad_keyword_id',
    'iad_org_id',
    'amazon_ads_site_name',
    'amazon_ads_source_name',
  ],
};

/** Affiliate postback URL macros, as article 6483741 lists them (and 6483859 for the sending logic). */
export const AFFISE_AFFILIATE_LIST: MacroList = {
  system: 'affise-affiliate',
  source: SOURCES.affiseAffiliateMacros,
  names: [
    'uagent',
    'device_type',
    'ip',
    ...numbered('sub', 1, 8),
    'ref_id',
    'os_id',
    ...numbered('ext', 1, 3),
    'transactionid',
    'date',
    'click_date',
    'offerid',
    'offer_name',
    'status',
    'sum',
    'city',
    'geo',
    'goal',
    'currency',
    'comment',
    'time',
    'date_only',
    'rand',
    'referrer',
    ...numbered('custom_field', 1, 7),
    ...numbered('custom_field_', 1, 7),
    'os',
    'timestamp',
    'fbclid',
    'promo_code',
    'order_sum',
    'order_currency',
    'user_id',
  ],
};

export const AFFISE_CLICK_NAMES: ReadonlySet<string> = new Set(AFFISE_CLICK_LIST.names);
export const ADJUST_NAMES: ReadonlySet<string> = new Set(ADJUST_LIST.names);
export const AFFISE_AFFILIATE_NAMES: ReadonlySet<string> = new Set(AFFISE_AFFILIATE_LIST.names);

/** Names both Affise (at click time) and Adjust (at fire time) would fill. */
export const SHARED_MACRO_NAMES: ReadonlySet<string> = new Set(
  AFFISE_CLICK_LIST.names.filter((name) => ADJUST_NAMES.has(name)),
);

/** Who fills a `{name}` inside a callback. Shared names go to Adjust unless the caller says Affise. */
export type MacroOwner = 'affise' | 'adjust' | 'unknown';
export type SharedMacroChoice = Partial<Record<string, 'affise' | 'adjust'>>;

export function macroOwner(name: string, choice: SharedMacroChoice = {}): MacroOwner {
  if (SHARED_MACRO_NAMES.has(name)) return choice[name] ?? 'adjust';
  if (AFFISE_CLICK_NAMES.has(name)) return 'affise';
  if (ADJUST_NAMES.has(name)) return 'adjust';
  return 'unknown';
}
