import type { GroundedRule, Grounding } from './grounded-rule';
import { RULE_SEVERITIES, type RuleCode } from './rule-severities';
import { SOURCES } from './sources';

/**
 * Every finding the link engine can report: what it means and the page that states the behaviour
 * it rests on (or, for input it could not take, the stated reason Postbridge reports it), with its
 * severity from ./rule-severities.ts. The popup loads this only for "Details"; the engine needs
 * only the severities.
 * Each rule has an input that must trigger it in test/unit/engine/rule-examples.ts (typed over
 * every code, so a rule without an example does not compile); test/unit/engine/rules.test.ts runs
 * them all. The examples live with the tests so the extension does not ship them.
 */
export type Rule = GroundedRule;

const DESCRIBED = {
  'input-invalid': {
    description:
      'A value is outside what the link engine accepts (too long or malformed to parse).',
    internal: 'The engine bounds its input so a pasted value cannot stall the popup.',
  },
  'adjust-link-invalid': {
    description: 'The Adjust link is not an absolute http(s) URL.',
    source: SOURCES.adjustLinks,
  },
  'adjust-link-encoded': {
    description: 'The Adjust link itself is percent-encoded; only callback values may be encoded.',
    source: SOURCES.adjustEncoding,
  },
  'not-adjust-link': {
    description:
      'The link is on no Adjust host and carries no branded-link token (adj_t / adjust_t).',
    source: SOURCES.adjustLinks,
  },
  'link-token-malformed': {
    description:
      'The Adjust link token is not at least six lowercase letters and digits (tokens joined by _ for multi-platform links); no upper bound is documented.',
    source: SOURCES.adjustNetworkGuide,
  },
  'link-no-query-mark': {
    description:
      'The Adjust link has parameters but no "?" before them, so Adjust reads them as part of the token.',
    source: SOURCES.adjustLinks,
  },
  'link-short': {
    description:
      'A short branded link (https://<brand>.go.link/<short path>) keeps its link token at Adjust, out of offline reach.',
    source: SOURCES.adjustLinks,
  },
  'link-kind-mismatch': {
    description: 'The link kind chosen differs from the one the link looks like.',
    source: SOURCES.adjustCallbacks,
  },
  'link-kind-custom-domain': {
    description:
      'A link on a custom domain carrying adj_t / adjust_t is treated as branded (adj_ prefixed callbacks).',
    source: SOURCES.adjustCallbacks,
  },
  'link-param-not-encoded': {
    description:
      'A URL-valued link parameter (redirect, fallback, deep_link, redirect_macos, …) is not encoded; Adjust marks the unencoded form "do not use".',
    source: SOURCES.adjustLinkParameters,
  },
  'link-param-cut': {
    description:
      'A URL-valued link parameter is not encoded and its own query or fragment leaked out of it, so the URL Adjust redirects to is cut.',
    source: SOURCES.adjustLinkParameters,
  },
  'link-second-question-mark': {
    description:
      'A second "?" in the link hides the parameter after it inside the value before it (adj_t included).',
    source: SOURCES.adjustLinks,
  },
  's2s-link-without-s2s': {
    description: 'Links on s2s.adjust.com need s2s=1.',
    source: SOURCES.adjustLinks,
  },
  'link-has-callbacks': {
    description:
      'The Adjust link already carries callbacks; Postbridge replaces them instead of adding duplicates.',
    source: SOURCES.adjustCallbacks,
  },
  'link-other-callbacks': {
    description:
      'The link carries callbacks for other activities (session, click, …); they are kept as they are.',
    source: SOURCES.adjustCallbacks,
  },
  'postback-invalid': {
    description: 'The Affise postback is not an absolute http(s) URL.',
    source: SOURCES.affisePostback,
  },
  'double-encoding': {
    description:
      'A callback is encoded twice (it still starts http%3A after one decode): Adjust would call a broken URL.',
    source: SOURCES.adjustEncoding,
  },
  'callback-not-encoded': {
    description:
      'A callback value in the link is not encoded, so its own parameters became parameters of the Adjust link.',
    source: SOURCES.adjustEncoding,
  },
  'callback-duplicate': {
    description: 'The same callback parameter appears twice in the link.',
    source: SOURCES.adjustCallbacks,
  },
  'affise-macro-encoded': {
    description:
      'An Affise macro is percent-encoded (%7Bclickid%7D): Affise fills only raw {…} macros, so it would never be filled.',
    source: SOURCES.adjustEncoding,
  },
  'adjust-placeholder-raw': {
    description:
      'An Adjust placeholder is written raw inside an encoded callback; Adjust says placeholders in curly brackets need not be encoded, so it works (Postbridge encodes them when building).',
    source: SOURCES.adjustEncodingGeneral,
  },
  'callback-not-encoded-intact': {
    description:
      'A callback value is not encoded but has no "&", so it still arrives whole; Adjust says to always encode callbacks.',
    source: SOURCES.adjustEncoding,
  },
  'callback-invalid': {
    description:
      "A callback value is no http(s) URL after Adjust decodes it once; Adjust's docs describe a callback as the server's URL (assumed wrong unless Adjust's integration team gave that value).",
    source: SOURCES.adjustCallbacks,
  },
  'callback-not-affise': {
    description:
      "A callback goes to a server that is not an Affise admin host: only Adjust's checks apply to it.",
    source: SOURCES.affisePostback,
  },
  'callback-param-template': {
    description:
      'A callback parameter name still holds an unfilled template (event_callback_{event_token}); Adjust never fires it, and its callback parameter syntax cannot be changed.',
    source: SOURCES.adjustCallbacks,
  },
  'callback-no-query-mark': {
    description:
      'A callback URL has parameters but no "?" before them, so they are part of its host or path.',
    source: SOURCES.adjustCallbacks,
  },
  'callback-bad-escape': {
    description:
      'A callback URL has a "%" that starts no valid percent escape, so it is no valid URL.',
    source: SOURCES.adjustEncoding,
  },
  'callback-param-swallowed': {
    description:
      'A "&" is missing between two callback parameters (sum={amount}status=5): the second never arrives on its own.',
    source: SOURCES.adjustCallbacks,
  },
  'postback-tracking-domain': {
    description:
      'The postback is on an Affise tracking domain; postbacks go to the admin domain (offers-<network>.affise.com).',
    source: SOURCES.affisePostback,
  },
  'postback-not-affise': {
    description:
      "The postback to build from is not on an Affise admin domain, so Affise's rules are not applied; add a custom admin domain in the options if it is one.",
    source: SOURCES.affisePostback,
  },
  'postback-path': {
    description: 'Affise receives postbacks on the path /postback only.',
    source: SOURCES.affisePostback,
  },
  'postback-no-clickid': {
    description:
      'The postback has no clickid (or click_id) parameter, so Affise cannot match the conversion to a click.',
    source: SOURCES.affisePostback,
  },
  'postback-clickid-not-macro': {
    description:
      'clickid holds a fixed value instead of the {clickid} macro: every conversion would go to one click.',
    source: SOURCES.affisePostback,
  },
  'postback-probabilistic': {
    description: 'No click id but offer_id and pid: Affise treats it as a probabilistic postback.',
    source: SOURCES.affisePostback,
  },
  'postback-http': {
    description:
      'The callback uses http; Adjust recommends https and sends some data only over https.',
    source: SOURCES.adjustChecklist,
  },
  'callback-ip-host': {
    description: 'Adjust does not call callback URLs whose host is an IP address.',
    source: SOURCES.adjustChecklist,
  },
  'secure-visible': {
    description:
      "The postback's secure code travels inside the link: anyone who sees the link sees it.",
    source: SOURCES.affisePostback,
  },
  'template-placeholder': {
    description:
      'A placeholder of the Affise postback template ({sum}, {status}, {action_id}, …) is left for the advertiser to fill; Adjust will not fill it.',
    source: SOURCES.affisePostback,
  },
  'macro-unknown': {
    description: 'A {macro} neither Affise (at click time) nor Adjust (when it fires) fills.',
    source: SOURCES.adjustPlaceholders,
  },
  'macro-shared': {
    description:
      'Both Affise and Adjust fill this name; it is treated as the chosen system’s (Adjust by default).',
    source: SOURCES.adjustPlaceholders,
  },
  'status-invalid': {
    description: 'Affise statuses are 1 (approved), 2 (pending), 3 (declined) and 5 (hold).',
    source: SOURCES.affisePostback,
  },
  'goal-replaced': {
    description: "The postback's own goal value is replaced by each callback's goal.",
    source: SOURCES.affisePostback,
  },
  'event-token-format': {
    description: 'Adjust event tokens are 6 lowercase letters and digits; this one has capitals.',
    source: SOURCES.adjustCallbacks,
  },
  'event-token-length': {
    description:
      'Adjust event tokens have exactly 6 characters (the v4 SDKs reject other lengths), so a token of another length names no event and its callback never fires.',
    source: SOURCES.adjustCallbacks,
  },
  'event-token-invalid': {
    description:
      'An event token with characters other than letters and digits cannot name an event_callback_<token> parameter; that goal gets no callback.',
    source: SOURCES.adjustCallbacks,
  },
  'event-token-duplicate': {
    description: 'The same event token is mapped to two different goals.',
    source: SOURCES.adjustCallbacks,
  },
  'goal-without-token': {
    description: 'A goal is mapped to an event but has no event token.',
    source: SOURCES.adjustEncodingTool,
  },
  'goal-value-invalid': {
    description:
      'Affise goal values use letters, digits, _, space, . and - only, and cannot be empty.',
    source: SOURCES.affisePostback,
  },
  'goal-case-conflict': {
    description:
      'Two goal values differ only in case; Affise matches goals case-insensitively and cannot hold both.',
    source: SOURCES.affisePostback,
  },
  'install-goal-as-event': {
    description:
      'The install goal is also mapped to an event: Affise would get the same goal twice.',
    source: SOURCES.affisePostback,
  },
  'event-callback-without-goal': {
    description:
      'An event callback has no goal parameter, so Affise records it as goal "1" like an install.',
    source: SOURCES.affisePostback,
  },
  'no-callbacks': {
    description: 'Neither the install nor any goal is mapped, so the link would carry no callback.',
    source: SOURCES.adjustEncodingTool,
  },
} as const satisfies Record<RuleCode, { description: string } & Grounding>;

export const RULES: Readonly<Record<RuleCode, Rule>> = Object.fromEntries(
  (Object.keys(DESCRIBED) as RuleCode[]).map((code) => [
    code,
    { severity: RULE_SEVERITIES[code], ...DESCRIBED[code] },
  ]),
) as Record<RuleCode, Rule>;
