import {
  ADJUST_LIST,
  AFFISE_AFFILIATE_LIST,
  AFFISE_CLICK_LIST,
  type MacroList,
  type MacroSystem,
} from './macro-names';

/**
 * What each macro means and an example value, for the popup's macro palette, the dry run's device
 * and click values, and the docs. Which names exist, in which system, and the page that lists them
 * is ./macro-names.ts; this module only describes them, and fails at load (so every test fails)
 * when a listed name has no text.
 */
export interface MacroEntry {
  name: string;
  system: MacroSystem;
  description: string;
  example: string;
  source: string;
}

type Text = readonly [description: string, example: string];

interface MacroTexts {
  exact: Readonly<Record<string, Text>>;
  /** Numbered families by prefix (`sub` for sub1…sub30): described from their number. */
  numbered?: Readonly<
    Record<string, readonly [describeNth: (n: number) => string, example: (n: number) => string]>
  >;
}

function textOf(name: string, texts: MacroTexts): Text {
  const exact = Object.hasOwn(texts.exact, name) ? texts.exact[name] : undefined;
  if (exact) return exact;
  const family = /^(.*?)(\d+)$/.exec(name);
  const describe =
    family?.[1] !== undefined && texts.numbered && Object.hasOwn(texts.numbered, family[1])
      ? texts.numbered[family[1]]
      : undefined;
  if (!describe || family?.[2] === undefined) {
    throw new Error(`lib/catalog/macros.ts: no description for the macro {${name}}`);
  }
  const n = Number(family[2]);
  return [describe[0](n), describe[1](n)];
}

function entries(list: MacroList, texts: MacroTexts): MacroEntry[] {
  return list.names.map((name) => {
    const [description, example] = textOf(name, texts);
    const source = list.citing?.names.includes(name) ? list.citing.source : list.source;
    return { name, system: list.system, description, example, source };
  });
}

const AFFISE_CLICK_TEXTS: MacroTexts = {
  exact: {
    clickid: [
      'Affise click id: 24 lowercase hex characters, generated per click.',
      '5ec25b044a4f2b0001211111',
    ],
    click_id: ['Same as {clickid}.', '5ec25b044a4f2b0001211111'],
    pid: ['Affiliate (partner) id from the tracking link.', '7'],
    offer_id: ['Affise offer id.', '12'],
    ip: ['IP address of the click.', '203.0.113.7'],
    geo: ['Country code of the click (ISO 3166-1 alpha-2).', 'DE'],
    city: ['City of the click. Adjust has a {city} placeholder too.', 'Berlin'],
    language: ['Browser language of the click. Adjust has a {language} placeholder too.', 'de'],
    referrer: [
      'Referrer of the click. Adjust has a {referrer} placeholder too.',
      'https://publisher.example/page',
    ],
    os_version: [
      'OS version of the clicking device. Adjust has an {os_version} placeholder too.',
      '17.4',
    ],
    device_model: ['Device model of the click.', 'iPhone15,2'],
    device_ua: [
      'User agent of the click.',
      'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X)',
    ],
    deeplink: ['Deep link passed in the tracking link.', 'myapp://promo'],
    rand: ['Unique number in UUID format.', '9cdf32d5-124e-4e06-b25b-4c92d3cec9dc'],
    time: ['Click time as a Unix timestamp.', '1763719200'],
    time_petty: ['Click time in the format h:i:s.', '10:00:00'],
    date_only: ['Click date in the format y-m-d.', '2026-11-21'],
    offer_name: ['Offer title.', 'Rocket Game iOS'],
    affiliate_name: ['Affiliate name.', 'Best Traffic Ltd'],
    advertiser_id: ['Advertiser id.', '5f1e1b2c3d4e5f6a7b8c9d0e'],
    impression_id: ['Impression id.', 'imp-123'],
    aimp_id: ['Affise impression id.', 'aimp-456'],
    fbclid: ['Facebook click id passed in the tracking link.', 'IwAR0abc'],
  },
  numbered: {
    sub: [
      (n) =>
        `Affiliate sub-parameter sub${n} from the tracking link (sub9 and above on some plans).`,
      (n) => `aff-sub${n}`,
    ],
  },
};

const ADJUST_TEXTS: MacroTexts = {
  exact: {
    // Device and advertising identifiers.
    gps_adid: ['Google Play Services advertising id.', '38400000-8cf0-11bd-b23e-10b96e40000d'],
    gps_adid_md5: ['MD5 of the Google advertising id.', '5f4dcc3b5aa765d61d8327deb882cf99'],
    idfa: ['iOS advertising id.', '6D92078A-8246-4BA4-AE5B-76104861E7DC'],
    idfa_md5: ['MD5 of the IDFA.', '5f4dcc3b5aa765d61d8327deb882cf99'],
    idfa_md5_hex: ['MD5 of the IDFA, hex.', '5f4dcc3b5aa765d61d8327deb882cf99'],
    idfv: ['iOS vendor id.', '3B396F0A-2E36-4E4C-9A6B-1F6C0D2C8B0A'],
    adid: ['Adjust device id.', '2f5a7e1b8c9d0e1f2a3b4c5d6e7f8a9b'],
    android_id: ['Android id (raw).', '9774d56d682e549c'],
    android_id_md5: ['MD5 of the Android id.', '5f4dcc3b5aa765d61d8327deb882cf99'],
    mac_md5: ['MD5 of the MAC address (legacy).', '5f4dcc3b5aa765d61d8327deb882cf99'],
    mac_sha1: ['SHA1 of the MAC address (legacy).', 'a94a8fe5ccb19ba61c4c0873d391e987982fbbd3'],
    fire_adid: ['Amazon Fire advertising id.', 'df07c7dc-cea7-4a89-b328-810ff5acb15d'],
    oaid: [
      'Open Advertising Id (Android devices in China).',
      '1fdb1f6a-3d8e-4c4e-9f1a-2b1c3d4e5f60',
    ],
    win_adid: ['Windows advertising id.', '4d2f1e3c5b6a7f8e9d0c1b2a3f4e5d6c'],
    win_hwid: ['Windows hardware id.', '4d2f1e3c5b6a7f8e9d0c1b2a3f4e5d6c'],
    win_naid: ['Windows network adapter id.', '4d2f1e3c5b6a7f8e9d0c1b2a3f4e5d6c'],
    win_udid: ['Windows Phone unique device id.', '4d2f1e3c5b6a7f8e9d0c1b2a3f4e5d6c'],
    external_device_id: ['Device id the app sets itself.', 'user-device-42'],
    push_token: ['Push notification token.', 'f0e1d2c3b4a5'],
    random_user_id: ['Random user id Adjust assigns.', '1f2e3d4c5b6a'],
    web_uuid: ['Web SDK user id.', '5c9f8e7d-6b5a-4c3d-2e1f-0a9b8c7d6e5f'],
    // Link, tracker and attribution.
    tracker: ['Adjust tracker (link) token.', 'abc123'],
    tracker_name: ['Adjust tracker name.', 'Network::Campaign::Adgroup::Creative'],
    link_token: ['Adjust link token.', 'abc123'],
    link_name: ['Adjust link name.', 'Rocket Network'],
    first_tracker: ['Token of the first attributed link.', 'abc123'],
    first_tracker_name: ['Name of the first attributed link.', 'Network::Campaign'],
    last_tracker: ['Token of the previous attributed link.', 'abc123'],
    last_tracker_name: ['Name of the previous attributed link.', 'Network::Campaign'],
    outdated_tracker: ['Token of the link the user was attributed to before.', 'abc123'],
    outdated_tracker_name: ['Name of the link the user was attributed to before.', 'Network'],
    network_name: ['Network level of the tracker name.', 'Rocket Network'],
    campaign_name: ['Campaign level of the tracker name.', 'spring'],
    adgroup_name: ['Adgroup level of the tracker name.', 'banner'],
    creative_name: ['Creative level of the tracker name.', '320x50'],
    label: ['Value of the link `label` parameter.', 'spring'],
    match_type: ['How the install was matched (fingerprint, adid, …).', 'adid'],
    impression_based: ['1 when the attribution came from an impression.', '0'],
    is_organic: ['1 for organic installs.', '0'],
    is_reattributed: ['1 when the user was reattributed.', '0'],
    is_s2s: ['1 for server-to-server activity.', '0'],
    is_imported: ['1 for imported installs.', '0'],
    is_redownload: ['1 when the install is a redownload.', '0'],
    rejection_reason: ['Why an install or reattribution was rejected.', 'too_many_engagements'],
    click_referer: ['Referer of the click.', 'https://publisher.example/'],
    referrer: ['Install referrer. Affise has a {referrer} macro too.', 'adjust_reftag=abc'],
    reftag: ['Adjust reftag of the click.', 'c5uUl0sxR3Yxj'],
    reftags: ['Reftags of all engagements.', 'c5uUl0sxR3Yxj'],
    referral_time: ['Time of the install referrer.', '1763719200'],
    gclid: ['Google click id.', 'EAIaIQobChMI'],
    click_attribution_window: ['Click attribution window (hours).', '168'],
    impression_attribution_window: ['Impression attribution window (hours).', '24'],
    reattribution_attribution_window: ['Reattribution window (hours).', '168'],
    inactive_user_definition: ['Inactivity before reattribution (hours).', '168'],
    attribution_expires_at: ['When a temporary attribution expires.', '1623345226'],
    attribution_ttl: ['Temporary attribution window (hours).', '18'],
    callback_ttl: ['Hours after install during which callbacks are sent.', '672'],
    last_fallback_time: ['When the user moved to the fallback source.', '1623345226'],
    // App.
    app_name: ['App name.', 'Rocket Game'],
    app_name_dashboard: ['App name in the Adjust dashboard.', 'Rocket Game'],
    app_id: ['Store app id.', 'com.rocket.game'],
    app_token: ['Adjust app token.', 'abc123def456'],
    app_version: ['App version (build).', '1.4.2'],
    app_version_raw: ['App version as the SDK read it.', '1.4.2'],
    app_version_short: ['Short app version.', '1.4'],
    store: ['Store the app was installed from.', 'google'],
    sdk_version: ['Adjust SDK version.', 'android4.38.0'],
    environment: ['sandbox or production.', 'production'],
    // Activity and times (Unix timestamps).
    activity_kind: ['Kind of activity: install, event, session, …', 'install'],
    created_at: ['Activity time, Unix timestamp.', '1763722800'],
    created_at_hour: ['Activity time rounded to the hour.', '1763722800'],
    created_at_milli: ['Activity time in milliseconds.', '1763722800123'],
    installed_at: ['Install time, Unix timestamp.', '1763722800'],
    installed_at_hour: ['Install time rounded to the hour.', '1763722800'],
    install_begin_time: ['When the store download began.', '1763722700'],
    install_finish_time: ['When the store download finished.', '1763722760'],
    click_time: ['Attributed click time, Unix timestamp.', '1763719200'],
    click_time_hour: ['Attributed click time rounded to the hour.', '1763719200'],
    impression_time: ['Attributed impression time.', '1763719200'],
    impression_time_hour: ['Attributed impression time rounded to the hour.', '1763719200'],
    engagement_time: ['Attributed engagement time.', '1763719200'],
    engagement_time_hour: ['Attributed engagement time rounded to the hour.', '1763719200'],
    reattributed_at: ['Reattribution time.', '1763722800'],
    reattributed_at_hour: ['Reattribution time rounded to the hour.', '1763722800'],
    received_at: ['When Adjust received the activity.', '1763722801'],
    uninstalled_at: ['Uninstall time.', '1763809200'],
    reinstalled_at: ['Reinstall time.', '1763895600'],
    last_session_time: ['Time of the last session.', '1763722800'],
    conversion_duration: ['Seconds from click to install.', '3600'],
    time_spent: ['Seconds spent in the current session.', '120'],
    last_time_spent: ['Seconds spent in the previous session.', '300'],
    session_count: ['Sessions so far.', '3'],
    lifetime_session_count: ['Sessions over the device lifetime.', '12'],
    // Events, revenue and cost.
    event: ['Adjust event token.', 'abc123'],
    event_name: ['Adjust event name.', 'purchase'],
    revenue: ['Event revenue in cents.', '499'],
    revenue_float: ['Event revenue in whole currency units.', '4.99'],
    revenue_usd: ['Event revenue in US dollars.', '4.99'],
    revenue_usd_cents: ['Event revenue in US cents.', '499'],
    currency: ['Revenue currency (ISO 4217).', 'USD'],
    reporting_revenue: ['Revenue in the reporting currency.', '4.99'],
    reporting_currency: ['The app’s reporting currency.', 'USD'],
    reporting_cost: ['Cost in the reporting currency.', '1.50'],
    partner_parameters: ['Partner parameters sent by the SDK.', 'key=value'],
    publisher_parameters: ['Publisher parameters sent by the SDK.', 'key=value'],
    cost_type: ['Cost model from the link.', 'cpi'],
    cost_amount: ['Cost amount from the link.', '1.50'],
    cost_currency: ['Cost currency from the link.', 'USD'],
    nonce: ['Random value unique per callback.', 'a1b2c3d4e5'],
    random: ['Random number.', '8421'],
    // Device.
    device_name: ['Device model name.', 'iPhone15,2'],
    device_type: ['Device type: phone, tablet, …', 'phone'],
    device_manufacturer: ['Device manufacturer.', 'Apple'],
    hardware_name: ['Hardware name (build).', 'N841AP'],
    cpu_type: ['CPU type.', 'arm64'],
    screen_size: ['Screen size class.', 'normal'],
    screen_format: ['Screen format.', 'long'],
    screen_density: ['Screen density.', 'high'],
    display_width: ['Display width in pixels.', '1179'],
    display_height: ['Display height in pixels.', '2556'],
    os_name: ['Operating system name.', 'ios'],
    os_version: ['Operating system version. Affise has an {os_version} macro too.', '17.4'],
    api_level: ['Android API level.', '34'],
    user_agent: ['Device user agent.', 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X)'],
    tracking_enabled: ['1 when ad tracking is allowed.', '1'],
    tracking_limited: ['1 when ad tracking is limited.', '0'],
    att_status: ['App Tracking Transparency status.', '3'],
    timezone: ['Device time zone.', 'UTC+0100'],
    // Location and network.
    country: ['Device country code.', 'de'],
    country_subdivision: ['Country subdivision (state, province).', 'Berlin'],
    region: ['Device region (continent code).', 'EU'],
    city: ['Device city. Affise has a {city} macro too.', 'Berlin'],
    postal_code: ['Postal code.', '10115'],
    language: ['Device language. Affise has a {language} macro too.', 'de'],
    ip_address: ['Device IP address.', '198.51.100.23'],
    proxy_ip_address: ['IP of a proxy in front of the device.', '198.51.100.24'],
    isp: ['Internet service provider.', 'Telekom'],
    connection_type: ['Connection type.', 'wifi'],
    network_type: ['Mobile network type.', 'LTE'],
    mcc: ['Mobile country code.', '262'],
    mnc: ['Mobile network code.', '01'],
    // Self-attributing networks.
    fb_campaign_group_name: ['Meta campaign group name.', 'Spring'],
    fb_campaign_group_id: ['Meta campaign group id.', '6012345678'],
    fb_campaign_name: ['Meta campaign name.', 'Spring DE'],
    fb_campaign_id: ['Meta campaign id.', '6012345679'],
    fb_adgroup_name: ['Meta ad set name.', 'Lookalike'],
    fb_adgroup_id: ['Meta ad set id.', '6012345680'],
    fb_install_referrer: ['Meta install referrer.', 'utm_source=facebook'],
    tweet_id: ['Tweet id.', '1234567890'],
    twitter_line_item_id: ['X line item id.', 'abc12'],
    iad_ad_id: ['Apple Search Ads ad id.', '542317136'],
    iad_conversion_type: ['Apple Search Ads download status.', 'Download'],
    iad_country_or_region: ['Apple Search Ads country or region.', 'US'],
    iad_keyword: ['Apple Search Ads keyword.', 'rocket'],
    iad_keyword_id: ['Apple Search Ads keyword id.', '229291259'],
    iad_org_id: ['Apple Search Ads organization id.', '93480'],
    amazon_ads_site_name: ['Amazon Ads site name.', 'My Amazon Site'],
    amazon_ads_source_name: ['Amazon Ads source name.', 'My Amazon Source'],
  },
};

const AFFISE_AFFILIATE_TEXTS: MacroTexts = {
  exact: {
    uagent: ['User agent of the user browser.', 'Mozilla/5.0'],
    device_type: [
      'Device type: mediahub, mobile, ereader, console, tv, tablet, desktop or smartwatch.',
      'mobile',
    ],
    ip: ['User IP address.', '203.0.113.7'],
    ref_id: ['The ref_id the affiliate passed in its tracking link.', 'ref-1'],
    os_id: ['The os_id the affiliate passed in its tracking link.', 'os-1'],
    transactionid: [
      'Conversion identifier: the page calls it "of the advertiser" — from the affiliate\'s side the network is the advertiser, so this is the conversion id in Affise.',
      '5f6a7b8c9d0e1f2a3b4c5d6e',
    ],
    date: ['Date and time of the conversion, y-m-d h:i:s.', '2026-11-21 10:30:00'],
    click_date: ['Date and time of the click, y-m-d h:i:s.', '2026-11-21 10:00:00'],
    offerid: ['Offer id (not {offer_id} in affiliate postbacks).', '12'],
    offer_name: ['Offer title.', 'Rocket Game iOS'],
    status: ['Conversion status: 1 approved, 2 pending, 3 declined, 5 hold.', '1'],
    sum: ["Conversion payout: the affiliate's payout.", '2.50'],
    city: ['City.', 'Berlin'],
    geo: ['Country.', 'DE'],
    goal: ['Goal of the conversion.', '1'],
    currency: ['Currency.', 'USD'],
    comment: ['Comment of the conversion.', 'Payments not found'],
    time: ['Time of the conversion, H:i:s.', '10:30:00'],
    date_only: ['Date of the conversion, Y-m-d.', '2026-11-21'],
    rand: ['Unique number in UUID format.', '9cdf32d5-124e-4e06-b25b-4c92d3cec9dc'],
    referrer: ['Click referrer.', 'https://publisher.example/page'],
    os: ['OS family.', 'iOS'],
    timestamp: ['Unix timestamp of the conversion.', '1763721000'],
    fbclid: ['Facebook click id.', 'IwAR0abc'],
    promo_code: ['Promo code from the advertiser postback.', 'SPRING10'],
    order_sum: ["Conversion's price: the sum the advertiser sent.", '49.90'],
    order_currency: ["Conversion's currency.", 'USD'],
    user_id: ['User id from the advertiser postback.', 'u-42'],
  },
  numbered: {
    sub: [(n) => `sub${n} the affiliate passed in its tracking link.`, (n) => `aff-sub${n}`],
    ext: [(n) => `The ext${n} the affiliate passed in its tracking link.`, (n) => `ext-${n}`],
    custom_field: [(n) => `custom_field${n} from the advertiser postback.`, (n) => `cf${n}`],
    custom_field_: [
      (n) => `The other spelling the page gives for {custom_field${n}}.`,
      (n) => `cf${n}`,
    ],
  },
};

export const AFFISE_CLICK_MACROS: readonly MacroEntry[] = entries(
  AFFISE_CLICK_LIST,
  AFFISE_CLICK_TEXTS,
);
export const ADJUST_PLACEHOLDERS: readonly MacroEntry[] = entries(ADJUST_LIST, ADJUST_TEXTS);
export const AFFISE_AFFILIATE_MACROS: readonly MacroEntry[] = entries(
  AFFISE_AFFILIATE_LIST,
  AFFISE_AFFILIATE_TEXTS,
);

const byName = (list: readonly MacroEntry[]) => new Map(list.map((m) => [m.name, m]));
export const AFFISE_CLICK_BY_NAME = byName(AFFISE_CLICK_MACROS);
export const ADJUST_BY_NAME = byName(ADJUST_PLACEHOLDERS);
export const AFFISE_AFFILIATE_BY_NAME = byName(AFFISE_AFFILIATE_MACROS);

/** Every described name of one system, for the test that no text outlives its name. */
export const DESCRIBED_NAMES: Readonly<Record<MacroSystem, readonly string[]>> = {
  'affise-click': Object.keys(AFFISE_CLICK_TEXTS.exact),
  adjust: Object.keys(ADJUST_TEXTS.exact),
  'affise-affiliate': Object.keys(AFFISE_AFFILIATE_TEXTS.exact),
};
