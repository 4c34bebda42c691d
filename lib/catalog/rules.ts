import type { Finding } from '../core/findings';
import type { GroundedRule } from './grounded-rule';
import { SOURCES } from './sources';

/**
 * Every finding the link engine can report, with the page that states the behaviour it rests on
 * (or, for input it could not take, the stated reason Postbridge reports it).
 * Each rule has an input that must trigger it in test/unit/engine/rule-examples.ts (typed over
 * every code, so a rule without an example does not compile); test/unit/engine/rules.test.ts runs
 * them all. The examples live with the tests so the extension does not ship them.
 */
export type Rule = GroundedRule;

export const RULES = {
  'input-invalid': {
    severity: 'error',
    description:
      'A value is outside what the link engine accepts (too long or malformed to parse).',
    internal: 'The engine bounds its input so a pasted value cannot stall the popup.',
  },
  'adjust-link-invalid': {
    severity: 'error',
    description: 'The Adjust link is not an absolute http(s) URL.',
    source: SOURCES.adjustLinks,
  },
  'adjust-link-encoded': {
    severity: 'error',
    description: 'The Adjust link itself is percent-encoded; only callback values may be encoded.',
    source: SOURCES.adjustEncoding,
  },
  'not-adjust-link': {
    severity: 'error',
    description:
      'The link is on no Adjust host and carries no branded-link token (adj_t / adjust_t).',
    source: SOURCES.adjustLinks,
  },
  'link-token-malformed': {
    severity: 'error',
    description:
      'The Adjust link token is not at least six lowercase letters and digits (tokens joined by _ for multi-platform links); no upper bound is documented.',
    source: SOURCES.adjustNetworkGuide,
  },
  'link-no-query-mark': {
    severity: 'error',
    description:
      'The Adjust link has parameters but no "?" before them, so Adjust reads them as part of the token.',
    source: SOURCES.adjustLinks,
  },
  'link-short': {
    severity: 'info',
    description:
      'A short branded link (https://<brand>.go.link/<short path>) keeps its link token at Adjust, out of offline reach.',
    source: SOURCES.adjustLinks,
  },
  'link-kind-mismatch': {
    severity: 'warning',
    description: 'The link kind chosen differs from the one the link looks like.',
    source: SOURCES.adjustCallbacks,
  },
  'link-kind-custom-domain': {
    severity: 'info',
    description:
      'A link on a custom domain carrying adj_t / adjust_t is treated as branded (adj_ prefixed callbacks).',
    source: SOURCES.adjustCallbacks,
  },
  'link-param-not-encoded': {
    severity: 'warning',
    description:
      'A URL-valued link parameter (redirect, fallback, deep_link, redirect_macos, …) is not encoded; Adjust marks the unencoded form "do not use".',
    source: SOURCES.adjustLinkParameters,
  },
  'link-param-cut': {
    severity: 'error',
    description:
      'A URL-valued link parameter is not encoded and its own query or fragment leaked out of it, so the URL Adjust redirects to is cut.',
    source: SOURCES.adjustLinkParameters,
  },
  'link-second-question-mark': {
    severity: 'error',
    description:
      'A second "?" in the link hides the parameter after it inside the value before it (adj_t included).',
    source: SOURCES.adjustLinks,
  },
  's2s-link-without-s2s': {
    severity: 'warning',
    description: 'Links on s2s.adjust.com need s2s=1.',
    source: SOURCES.adjustLinks,
  },
  'link-has-callbacks': {
    severity: 'warning',
    description:
      'The Adjust link already carries callbacks; Postbridge replaces them instead of adding duplicates.',
    source: SOURCES.adjustCallbacks,
  },
  'link-other-callbacks': {
    severity: 'info',
    description:
      'The link carries callbacks for other activities (session, click, …); they are kept as they are.',
    source: SOURCES.adjustCallbacks,
  },
  'postback-invalid': {
    severity: 'error',
    description: 'The Affise postback is not an absolute http(s) URL.',
    source: SOURCES.affisePostback,
  },
  'double-encoding': {
    severity: 'error',
    description:
      'A callback is encoded twice (it still starts http%3A after one decode): Adjust would call a broken URL.',
    source: SOURCES.adjustEncoding,
  },
  'callback-not-encoded': {
    severity: 'error',
    description:
      'A callback value in the link is not encoded, so its own parameters became parameters of the Adjust link.',
    source: SOURCES.adjustEncoding,
  },
  'callback-duplicate': {
    severity: 'error',
    description: 'The same callback parameter appears twice in the link.',
    source: SOURCES.adjustCallbacks,
  },
  'affise-macro-encoded': {
    severity: 'error',
    description:
      'An Affise macro is percent-encoded (%7Bclickid%7D): Affise fills only raw {…} macros, so it would never be filled.',
    source: SOURCES.adjustEncoding,
  },
  'adjust-placeholder-raw': {
    severity: 'info',
    description:
      'An Adjust placeholder is written raw inside an encoded callback; Adjust says placeholders in curly brackets need not be encoded, so it works (Postbridge encodes them when building).',
    source: SOURCES.adjustEncodingGeneral,
  },
  'callback-not-encoded-intact': {
    severity: 'warning',
    description:
      'A callback value is not encoded but has no "&", so it still arrives whole; Adjust says to always encode callbacks.',
    source: SOURCES.adjustEncoding,
  },
  'callback-invalid': {
    severity: 'warning',
    description:
      "A callback value is no http(s) URL after Adjust decodes it once; Adjust's docs describe a callback as the server's URL (assumed wrong unless Adjust's integration team gave that value).",
    source: SOURCES.adjustCallbacks,
  },
  'callback-not-affise': {
    severity: 'info',
    description:
      "A callback goes to a server that is not an Affise admin host: only Adjust's checks apply to it.",
    source: SOURCES.affisePostback,
  },
  'callback-param-template': {
    severity: 'error',
    description:
      'A callback parameter name still holds an unfilled template (event_callback_{event_token}); Adjust never fires it, and its callback parameter syntax cannot be changed.',
    source: SOURCES.adjustCallbacks,
  },
  'callback-no-query-mark': {
    severity: 'error',
    description:
      'A callback URL has parameters but no "?" before them, so they are part of its host or path.',
    source: SOURCES.adjustCallbacks,
  },
  'callback-bad-escape': {
    severity: 'error',
    description:
      'A callback URL has a "%" that starts no valid percent escape, so it is no valid URL.',
    source: SOURCES.adjustEncoding,
  },
  'callback-param-swallowed': {
    severity: 'error',
    description:
      'A "&" is missing between two callback parameters (sum={amount}status=5): the second never arrives on its own.',
    source: SOURCES.adjustCallbacks,
  },
  'postback-tracking-domain': {
    severity: 'error',
    description:
      'The postback is on an Affise tracking domain; postbacks go to the admin domain (offers-<network>.affise.com).',
    source: SOURCES.affisePostback,
  },
  'postback-not-affise': {
    severity: 'warning',
    description:
      "The postback to build from is not on an Affise admin domain, so Affise's rules are not applied; add a custom admin domain in the options if it is one.",
    source: SOURCES.affisePostback,
  },
  'postback-path': {
    severity: 'error',
    description: 'Affise receives postbacks on the path /postback only.',
    source: SOURCES.affisePostback,
  },
  'postback-no-clickid': {
    severity: 'error',
    description:
      'The postback has no clickid (or click_id) parameter, so Affise cannot match the conversion to a click.',
    source: SOURCES.affisePostback,
  },
  'postback-clickid-not-macro': {
    severity: 'warning',
    description:
      'clickid holds a fixed value instead of the {clickid} macro: every conversion would go to one click.',
    source: SOURCES.affisePostback,
  },
  'postback-probabilistic': {
    severity: 'info',
    description: 'No click id but offer_id and pid: Affise treats it as a probabilistic postback.',
    source: SOURCES.affisePostback,
  },
  'postback-http': {
    severity: 'warning',
    description:
      'The callback uses http; Adjust recommends https and sends some data only over https.',
    source: SOURCES.adjustChecklist,
  },
  'callback-ip-host': {
    severity: 'error',
    description: 'Adjust does not call callback URLs whose host is an IP address.',
    source: SOURCES.adjustChecklist,
  },
  'secure-visible': {
    severity: 'info',
    description:
      "The postback's secure code travels inside the link: anyone who sees the link sees it.",
    source: SOURCES.affisePostback,
  },
  'template-placeholder': {
    severity: 'warning',
    description:
      'A placeholder of the Affise postback template ({sum}, {status}, {action_id}, …) is left for the advertiser to fill; Adjust will not fill it.',
    source: SOURCES.affisePostback,
  },
  'macro-unknown': {
    severity: 'warning',
    description: 'A {macro} neither Affise (at click time) nor Adjust (when it fires) fills.',
    source: SOURCES.adjustPlaceholders,
  },
  'macro-shared': {
    severity: 'info',
    description:
      'Both Affise and Adjust fill this name; it is treated as the chosen system’s (Adjust by default).',
    source: SOURCES.adjustPlaceholders,
  },
  'status-invalid': {
    severity: 'warning',
    description: 'Affise statuses are 1 (approved), 2 (pending), 3 (declined) and 5 (hold).',
    source: SOURCES.affisePostback,
  },
  'goal-replaced': {
    severity: 'info',
    description: "The postback's own goal value is replaced by each callback's goal.",
    source: SOURCES.affisePostback,
  },
  'event-token-format': {
    severity: 'warning',
    description: 'Adjust event tokens are 6 lowercase letters and digits; this one has capitals.',
    source: SOURCES.adjustCallbacks,
  },
  'event-token-length': {
    severity: 'error',
    description:
      'Adjust event tokens have exactly 6 characters (the v4 SDKs reject other lengths), so a token of another length names no event and its callback never fires.',
    source: SOURCES.adjustCallbacks,
  },
  'event-token-invalid': {
    severity: 'error',
    description:
      'An event token with characters other than letters and digits cannot name an event_callback_<token> parameter; that goal gets no callback.',
    source: SOURCES.adjustCallbacks,
  },
  'event-token-duplicate': {
    severity: 'error',
    description: 'The same event token is mapped to two different goals.',
    source: SOURCES.adjustCallbacks,
  },
  'goal-without-token': {
    severity: 'error',
    description: 'A goal is mapped to an event but has no event token.',
    source: SOURCES.adjustEncodingTool,
  },
  'goal-value-invalid': {
    severity: 'error',
    description:
      'Affise goal values use letters, digits, _, space, . and - only, and cannot be empty.',
    source: SOURCES.affisePostback,
  },
  'goal-case-conflict': {
    severity: 'error',
    description:
      'Two goal values differ only in case; Affise matches goals case-insensitively and cannot hold both.',
    source: SOURCES.affisePostback,
  },
  'install-goal-as-event': {
    severity: 'warning',
    description:
      'The install goal is also mapped to an event: Affise would get the same goal twice.',
    source: SOURCES.affisePostback,
  },
  'event-callback-without-goal': {
    severity: 'warning',
    description:
      'An event callback has no goal parameter, so Affise records it as goal "1" like an install.',
    source: SOURCES.affisePostback,
  },
  'no-callbacks': {
    severity: 'warning',
    description: 'Neither the install nor any goal is mapped, so the link would carry no callback.',
    source: SOURCES.adjustEncodingTool,
  },
} as const satisfies Record<string, Rule>;

export type RuleCode = keyof typeof RULES;

export function finding(code: RuleCode, message: string, path: string): Finding {
  return { code, severity: RULES[code].severity, message, path };
}
