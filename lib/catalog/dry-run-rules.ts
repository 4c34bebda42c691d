import type { Finding, Severity } from '../core/findings';
import { SOURCES } from './sources';

/**
 * Every finding the dry-run can report. Codes start with `dry-run-` so they never collide with the
 * link engine's (lib/catalog/rules.ts). Where no public page settles what Affise or Adjust does,
 * `assumption` states the choice the emulator makes; the README lists them all.
 * test/unit/dry-run/rules.test.ts runs each rule's example scenario and expects the code.
 */
export interface DryRunRule {
  severity: Severity;
  description: string;
  source: string;
  assumption?: string;
}

export const DRY_RUN_RULES = {
  'dry-run-tracking-link-shortlink': {
    severity: 'info',
    description:
      'A shortlink (https://<domain>/<6 characters>) is opaque: it cannot be decoded offline, so the dry-run uses the long /click form.',
    source: SOURCES.affiseShortlink,
  },
  'dry-run-tracking-link-http': {
    severity: 'warning',
    description: '"Use SSL" is off, so the tracking link is http://.',
    source: SOURCES.affiseTrackingLink,
  },
  'dry-run-tracking-url-invalid': {
    severity: 'error',
    description:
      "The offer's Tracking URL is not an absolute http(s) URL, so the click cannot be redirected.",
    source: SOURCES.affiseTrackingLink,
  },
  'dry-run-click-macro-empty': {
    severity: 'info',
    description:
      'An Affise macro has no value for this click (a sub the tracking link does not carry); Affise writes an empty string.',
    source: SOURCES.affiseTrackingLink,
    assumption: 'Affise fills a known macro that has no value with an empty string.',
  },
  'dry-run-click-macro-unknown': {
    severity: 'info',
    description:
      'A raw {macro} in the Tracking URL is neither an Affise macro nor an Adjust placeholder; Affise leaves it as written.',
    source: SOURCES.affiseTrackingLink,
    assumption: 'Affise leaves a {macro} it does not know unchanged.',
  },
  'dry-run-click-macro-adjust-raw': {
    severity: 'info',
    description:
      "A raw Adjust placeholder in the Tracking URL: Affise leaves it and Adjust fills it, but Adjust's docs write placeholders encoded (%7Bname%7D).",
    source: SOURCES.adjustEncoding,
  },
  'dry-run-click-macro-shared-raw': {
    severity: 'warning',
    description:
      'A name both systems fill ({city}, {language}, {referrer}, {os_version}) is raw inside a callback, so Affise fills it at click time, not Adjust.',
    source: SOURCES.affiseTrackingLink,
  },
  'dry-run-click-macro-encoded': {
    severity: 'warning',
    description:
      'An Affise macro is percent-encoded in the Tracking URL; Affise fills raw {…} only, so it is never filled.',
    source: SOURCES.adjustEncoding,
  },
  'dry-run-adjust-link-unusable': {
    severity: 'error',
    description:
      'After the click, the redirect target is not a link Adjust can read, so no callback can fire.',
    source: SOURCES.adjustLinks,
  },
  'dry-run-adjust-callback-prefix': {
    severity: 'warning',
    description:
      'A callback parameter is named for the other kind of link (adj_ on a standard link, no adj_ on a branded one); Adjust ignores it.',
    source: SOURCES.adjustCallbacks,
  },
  'dry-run-adjust-no-callback': {
    severity: 'warning',
    description:
      'An install or event in the scenario fires no callback: the link has no install_callback or no event_callback naming the token.',
    source: SOURCES.adjustCallbacks,
  },
  'dry-run-adjust-event-token-format': {
    severity: 'warning',
    description:
      'An event token in the scenario is not 6 lowercase letters and digits; the v4 SDKs reject other lengths.',
    source: SOURCES.adjustCallbacks,
  },
  'dry-run-adjust-placeholder-dropped': {
    severity: 'info',
    description:
      'Adjust has no value for a placeholder at this activity (no IDFA on Android, no revenue on an install, …); the data is dropped.',
    source: SOURCES.adjustPlaceholders,
    assumption:
      'A dropped placeholder is replaced by an empty string; the parameter itself stays in the URL.',
  },
  'dry-run-adjust-placeholder-unknown': {
    severity: 'info',
    description: 'A {…} in a decoded callback is not an Adjust placeholder.',
    source: SOURCES.adjustPlaceholders,
    assumption: 'Adjust leaves a {…} it does not know unchanged (unconfirmed).',
  },
  'dry-run-adjust-callback-not-url': {
    severity: 'error',
    description:
      'After Adjust decodes the callback once it is still no http(s) URL (encoded twice, or not a URL): Adjust cannot call it.',
    source: SOURCES.adjustEncoding,
  },
  'dry-run-adjust-callback-ip-host': {
    severity: 'error',
    description: 'The callback goes to an IP address; Adjust does not call IP-address hosts.',
    source: SOURCES.adjustChecklist,
  },
  'dry-run-adjust-callback-http': {
    severity: 'warning',
    description: 'The callback is http://; Adjust sends some raw data only to https endpoints.',
    source: SOURCES.adjustChecklist,
    assumption:
      'Which data Adjust withholds over http is not documented; the emulator still fills every placeholder and only warns.',
  },
  'dry-run-adjust-callback-not-affise': {
    severity: 'warning',
    description:
      'A callback does not go to an Affise /postback URL, so the dry-run registers no conversion for it.',
    source: SOURCES.affisePostback,
  },
  'dry-run-postback-missing-clickid': {
    severity: 'error',
    description:
      'The postback has no clickid/click_id and no offer_id and pid: Affise rejects it ("Missing mandatory parameter clickid/click_id").',
    source: SOURCES.affisePostbackErrors,
  },
  'dry-run-postback-missing-offer-pid': {
    severity: 'error',
    description:
      'A postback without click id needs both offer_id and pid (probabilistic attribution).',
    source: SOURCES.affisePostbackErrors,
  },
  'dry-run-postback-probabilistic': {
    severity: 'info',
    description:
      'A postback without click id but with offer_id and pid is registered as a probabilistic-attribution conversion.',
    source: SOURCES.affisePostback,
  },
  'dry-run-postback-broken-clickid': {
    severity: 'error',
    description:
      'The click id in the postback is not 24 lowercase hex characters: Affise refuses it ("Click_id: invalid format"; "Broken clickid" on the older version of the page).',
    source: SOURCES.affisePostbackErrors,
  },
  'dry-run-postback-click-not-found': {
    severity: 'error',
    description:
      "The click id is well-formed but is not this run's click (for example a hard-coded id).",
    source: SOURCES.affisePostbackErrors,
    assumption:
      "Affise rejects a well-formed click id it never issued; the emulator knows only the scenario's click.",
  },
  'dry-run-postback-offer-not-found': {
    severity: 'error',
    description: "A probabilistic postback names another offer_id than the scenario's offer.",
    source: SOURCES.affisePostback,
    assumption: "The emulator knows only the scenario's offer, so another offer_id is rejected.",
  },
  'dry-run-postback-access-denied': {
    severity: 'error',
    description:
      'The offer has a secure postback code and the postback does not carry it in secure=: "Access denied".',
    source: SOURCES.affisePostbackErrors,
  },
  'dry-run-postback-goal-defaulted': {
    severity: 'info',
    description: 'The postback has no goal, so Affise uses goal "1".',
    source: SOURCES.affisePostback,
  },
  'dry-run-postback-goal-case': {
    severity: 'info',
    description:
      "The postback's goal differs from the offer's goal value only in case; Affise matches it and keeps the goal as sent.",
    source: SOURCES.affisePostback,
  },
  'dry-run-postback-payments-not-found': {
    severity: 'warning',
    description:
      'The goal matches none of the offer\'s payouts (or has no payout): Affise creates the conversion declined (status 3) with the comment "Payments not found" and no revenue or payout; it reaches affiliates like any declined conversion.',
    source: SOURCES.affiseRejectionReasons,
  },
  'dry-run-postback-status-invalid': {
    severity: 'error',
    description:
      'status= is not 1, 2, 3 or 5 (4, "Not found", appears only on Affise\'s older conversion-statuses page).',
    source: SOURCES.affisePostback,
    assumption: 'A postback with another status is refused rather than given the default status.',
  },
  'dry-run-postback-sum-invalid': {
    severity: 'warning',
    description:
      'sum= is not a number: Affise keeps no order sum, and a percent payout comes to 0. A fixed payout does not depend on sum.',
    source: SOURCES.affisePayoutTypes,
    assumption: 'A sum that is not a number counts as no sum.',
  },
  'dry-run-postback-percent-no-sum': {
    severity: 'warning',
    description:
      'A goal with a percent payout gets revenue and payout as percentages of sum; the postback has no sum, so both are 0.',
    source: SOURCES.affisePayoutTypes,
    assumption:
      'Without a sum a percent payout comes to 0; percentages are rounded to cents (Affise does not document its rounding).',
  },
  'dry-run-postback-offer-disabled': {
    severity: 'error',
    description: 'The offer is Disabled: Affise refuses every postback for it ("Offer disabled").',
    source: SOURCES.affisePostbackErrors,
  },
  'dry-run-postback-ip-denied': {
    severity: 'error',
    description:
      'The offer or its advertiser has an IP whitelist and the postback comes from another IP: "Current IP-address is denied".',
    source: SOURCES.affisePostbackErrors,
    assumption:
      "Adjust's callbacks come from 178.162.216.65 unless adjust.callbackIp says otherwise (the ranges 178.162.216.64/26 and 178.162.216.128/26 of Adjust's advanced security options page; its full server list was not readable); status changes come from the advertiser's server (203.0.113.10 unless the activity's ip says). The offer's whitelist wins over the advertiser's.",
  },
  'dry-run-conversion-lifespan-expired': {
    severity: 'warning',
    description:
      'The conversion comes later after the click than the offer\'s click session lifespan: Affise declines it ("Click session lifespan is expired").',
    source: SOURCES.affiseRejectionReasons,
    assumption: 'Probabilistic conversions, which have no click, are not checked.',
  },
  'dry-run-conversion-lifespan-min': {
    severity: 'warning',
    description:
      'The conversion comes sooner after the click than the offer\'s minimal click session lifespan: Affise declines it ("Min click session lifespan is not reached").',
    source: SOURCES.affiseRejectionReasons,
  },
  'dry-run-conversion-cap-reached': {
    severity: 'warning',
    description:
      'An offer cap is already reached: Affise declines the conversion ("Cap is reached"); it keeps its revenue and payout.',
    source: SOURCES.affiseDeclinedSolutions,
    assumption:
      "A cap counts the run's conversions that were not declined, all in one cap period; Overcap is off.",
  },
  'dry-run-hold-approved': {
    severity: 'info',
    description:
      'The offer has a hold period: conversions registered without status= are Hold (5), and Affise approves them when the period expires.',
    source: SOURCES.affiseHoldPeriodSettings,
    assumption:
      'Affise checks every 15 minutes; the emulator approves at the first quarter hour (hh:00, :15, :30, :45 UTC) at or after the end of the period. A postback that sends status= keeps that status.',
  },
  'dry-run-postback-conversion-exists': {
    severity: 'warning',
    description:
      'A conversion for the same goal and action id (the click id when action_id is absent) exists: Affise refuses the second one ("Conversion exists").',
    source: SOURCES.affiseConversionUniqueness,
    assumption:
      'A repeated postback without status=, or with the status the pending conversion already has, counts as a second conversion. With offer.allowDuplicateConversions a repeated postback without status= creates another conversion.',
  },
  'dry-run-postback-status-not-pending': {
    severity: 'warning',
    description:
      'A repeated postback tries to change the status of a conversion that is no longer pending: "Conversion status is not pending".',
    source: SOURCES.affisePostbackErrors,
  },
  'dry-run-status-change-no-postback': {
    severity: 'error',
    description:
      'A status change has no earlier postback for its goal to repeat and the offer has no postbackUrl to build one from.',
    source: SOURCES.affisePostback,
  },
  'dry-run-affiliate-status-hidden': {
    severity: 'info',
    description:
      'The conversion status is not among the statuses shown to affiliates (Settings → Affiliates → General), so no affiliate postback is sent for it.',
    source: SOURCES.affiseAffiliatePostbacks,
  },
  'dry-run-affiliate-post-body': {
    severity: 'info',
    description: "A POST affiliate postback: the emulator sends the URL's query as form fields.",
    source: SOURCES.affiseAffiliatePostbacks,
    assumption:
      "Affise does not document the POST body. The emulator sends the postback URL's query parameters, macros filled, as an application/x-www-form-urlencoded body to the URL without its query.",
  },
  'dry-run-affiliate-url-invalid': {
    severity: 'error',
    description: 'An affiliate postback URL is not an absolute http(s) URL.',
    source: SOURCES.affiseAffiliatePostbacks,
  },
  'dry-run-affiliate-macro-unknown': {
    severity: 'info',
    description:
      'An affiliate postback uses a {macro} Affise does not fill in affiliate postbacks; it stays literal.',
    source: SOURCES.affiseAffiliatePostbacks,
    assumption: 'Affise leaves a {macro} it does not know unchanged in affiliate postbacks.',
  },
  'dry-run-affiliate-clickid': {
    severity: 'error',
    description:
      'An affiliate postback uses {clickid}; Affise documents no click id macro for affiliate postbacks. Affiliates round-trip their own click id in a sub: use {sub1}…',
    source: SOURCES.affiseAffiliatePostbacks,
  },
  'dry-run-affiliate-offer-id-macro': {
    severity: 'warning',
    description:
      'An affiliate postback uses {offer_id}; in affiliate postbacks the offer id macro is {offerid}.',
    source: SOURCES.affiseAffiliatePostbacks,
  },
  'dry-run-macro-left-literal': {
    severity: 'warning',
    description:
      'A {macro} (raw or %7B…%7D) reaches a server unfilled: the server gets the text of the macro instead of a value.',
    source: SOURCES.adjustEncoding,
  },
  'dry-run-postback-macro-literal': {
    severity: 'warning',
    description:
      "A {macro} of the Affise postback template (or one nobody fills) reaches Affise unfilled in a callback; Adjust does not fill it. The same problem as the Build tab's template-placeholder and macro-unknown warnings.",
    source: SOURCES.affisePostback,
  },
  'dry-run-adjust-attributed-elsewhere': {
    severity: 'info',
    description:
      "After the user is attributed to another link, Adjust sends this link's callbacks no more (until a reattribution to this link).",
    source: SOURCES.adjustSetUpCallbacks,
    assumption: 'A reattribution activity after it attributes the user back to this link.',
  },
  'dry-run-adjust-rejected-fps': {
    severity: 'info',
    description:
      "Rejected install and reattribution callbacks exist only for apps with Adjust's Fraud Prevention Suite.",
    source: SOURCES.adjustRejectedCallbacks,
  },
  'dry-run-adjust-rejected-status': {
    severity: 'warning',
    description:
      'A rejected install or reattribution callback created a conversion that is not declined: add status=3 to that callback so Affise declines it.',
    source: SOURCES.adjustRejectedCallbacks,
  },
  'dry-run-value-decoded-twice': {
    severity: 'warning',
    description:
      'A click-time value with characters that need encoding is filled into a callback: Adjust decodes the callback once and Affise decodes the query again, so the value arrives changed.',
    source: SOURCES.adjustEncoding,
    assumption:
      'Affise percent-encodes each value it fills into the Tracking URL once (encodeURIComponent).',
  },
  'dry-run-value-still-encoded': {
    severity: 'warning',
    description:
      'A parameter still holds percent-escapes after the receiving server decodes it: it was encoded twice and decoded once.',
    source: SOURCES.adjustEncoding,
  },
  'dry-run-no-conversions': {
    severity: 'warning',
    description: 'The run registered no conversion at Affise.',
    source: SOURCES.affisePostback,
  },
  'dry-run-limit-reached': {
    severity: 'error',
    description:
      'The run reached one of its caps (requests, characters, findings; lib/dry-run/run-limits.ts) and stopped there, so what follows the last request was not emulated.',
    source: SOURCES.chromeServiceWorkerLifecycle,
    assumption:
      'The caps are Postbridge’s own: Affise and Adjust publish no such limits, and the browser stops an extension’s service worker that works too long.',
  },
} as const satisfies Record<string, DryRunRule>;

export type DryRunCode = keyof typeof DRY_RUN_RULES;

export function dryRunFinding(code: DryRunCode, message: string, path: string): Finding {
  return { code, severity: DRY_RUN_RULES[code].severity, message, path };
}
