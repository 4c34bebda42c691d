import type { Finding, Severity } from '../core/findings';
import type { GenerateInput } from '../link/schemas';
import { SOURCES } from './sources';

/**
 * Every finding the link engine can report. Each rule carries an example that must trigger it;
 * test/unit/engine/rules.test.ts runs them all, so a rule without a working example fails the build.
 */
export interface Rule {
  severity: Severity;
  description: string;
  source: string;
  /** Input that triggers the rule: a generate input, or a link for the inspector. */
  example: { generate: GenerateInput } | { inspect: string };
}

const LINK = 'https://app.adjust.com/abc123?campaign={offer_id}&adgroup={pid}';
const POSTBACK = 'https://offers-rocketcompany.affise.com/postback?clickid={clickid}';
const gen = (over: Partial<GenerateInput>): { generate: GenerateInput } => ({
  generate: { adjustLink: LINK, postbackUrl: POSTBACK, ...over },
});

export const RULES = {
  'adjust-link-invalid': {
    severity: 'error',
    description: 'The Adjust link is not an absolute http(s) URL.',
    source: SOURCES.adjustLinks,
    example: gen({ adjustLink: 'app.adjust.com abc123' }),
  },
  'adjust-link-encoded': {
    severity: 'error',
    description: 'The Adjust link itself is percent-encoded; only callback values may be encoded.',
    source: SOURCES.adjustEncoding,
    example: gen({ adjustLink: 'https%3A%2F%2Fapp.adjust.com%2Fabc123' }),
  },
  'not-adjust-link': {
    severity: 'error',
    description:
      'The link is on no Adjust host and carries no branded-link token (adj_t / adjust_t).',
    source: SOURCES.adjustLinks,
    example: gen({ adjustLink: 'https://example.com/abc123' }),
  },
  'link-token-malformed': {
    severity: 'error',
    description:
      'The Adjust link token is not at least six lowercase letters and digits (tokens joined by _ for multi-platform links); no upper bound is documented.',
    source: SOURCES.adjustNetworkGuide,
    example: gen({ adjustLink: 'https://app.adjust.com/ABC-123' }),
  },
  'link-no-query-mark': {
    severity: 'error',
    description:
      'The Adjust link has parameters but no "?" before them, so Adjust reads them as part of the token.',
    source: SOURCES.adjustLinks,
    example: {
      inspect: 'https://app.adjust.com/abc123&idfa={idfa}&install_callback=https%3A%2F%2Fx.example',
    },
  },
  'link-short': {
    severity: 'info',
    description:
      'A short branded link (https://<brand>.go.link/<short path>) keeps its link token at Adjust, out of offline reach.',
    source: SOURCES.adjustLinks,
    example: { inspect: 'https://rocket.go.link/9ggUS' },
  },
  'link-kind-mismatch': {
    severity: 'warning',
    description: 'The link kind chosen differs from the one the link looks like.',
    source: SOURCES.adjustCallbacks,
    example: gen({ adjustLink: 'https://rocket.go.link?adj_t=abc123', linkKind: 'standard' }),
  },
  'link-kind-custom-domain': {
    severity: 'info',
    description:
      'A link on a custom domain carrying adj_t / adjust_t is treated as branded (adj_ prefixed callbacks).',
    source: SOURCES.adjustCallbacks,
    example: gen({ adjustLink: 'https://go.rocketgame.com/x?adj_t=abc123' }),
  },
  'link-param-not-encoded': {
    severity: 'warning',
    description:
      'A URL-valued link parameter (redirect, fallback, deep_link, redirect_macos, …) is not encoded; Adjust marks the unencoded form "do not use".',
    source: SOURCES.adjustLinkParameters,
    example: { inspect: 'https://app.adjust.com/abc123?redirect=https://www.example.com/my-app' },
  },
  'link-param-cut': {
    severity: 'error',
    description:
      'A URL-valued link parameter is not encoded and its own query or fragment leaked out of it, so the URL Adjust redirects to is cut.',
    source: SOURCES.adjustLinkParameters,
    example: {
      inspect: 'https://app.adjust.com/abc123?fallback=https://www.example.com/p?a=1&b=2',
    },
  },
  'link-second-question-mark': {
    severity: 'error',
    description:
      'A second "?" in the link hides the parameter after it inside the value before it (adj_t included).',
    source: SOURCES.adjustLinks,
    example: { inspect: 'https://app.adjust.com/abc123?campaign=spring?adgroup=banner' },
  },
  's2s-link-without-s2s': {
    severity: 'warning',
    description: 'Links on s2s.adjust.com need s2s=1.',
    source: SOURCES.adjustLinks,
    example: gen({ adjustLink: 'https://s2s.adjust.com/abc123?campaign=x' }),
  },
  'link-has-callbacks': {
    severity: 'warning',
    description:
      'The Adjust link already carries callbacks; Postbridge replaces them instead of adding duplicates.',
    source: SOURCES.adjustCallbacks,
    example: gen({
      adjustLink: 'https://app.adjust.com/abc123?install_callback=https%3A%2F%2Fold.example%2Fcb',
    }),
  },
  'link-other-callbacks': {
    severity: 'info',
    description:
      'The link carries callbacks for other activities (session, click, …); they are kept as they are.',
    source: SOURCES.adjustCallbacks,
    example: gen({
      adjustLink: 'https://app.adjust.com/abc123?session_callback=https%3A%2F%2Fx.example%2Fs',
    }),
  },
  'postback-invalid': {
    severity: 'error',
    description: 'The Affise postback is not an absolute http(s) URL.',
    source: SOURCES.affisePostback,
    example: gen({ postbackUrl: 'offers-rocketcompany.affise.com/postback?clickid={clickid}' }),
  },
  'double-encoding': {
    severity: 'error',
    description:
      'A callback is encoded twice (it still starts http%3A after one decode): Adjust would call a broken URL.',
    source: SOURCES.adjustEncoding,
    example: gen({
      postbackUrl:
        'https%3A%2F%2Foffers-rocketcompany.affise.com%2Fpostback%3Fclickid%3D%7Bclickid%7D',
    }),
  },
  'callback-not-encoded': {
    severity: 'error',
    description:
      'A callback value in the link is not encoded, so its own parameters became parameters of the Adjust link.',
    source: SOURCES.adjustEncoding,
    example: {
      inspect:
        'https://app.adjust.com/abc123?install_callback=https://offers-x.affise.com/postback?clickid={clickid}&goal=1',
    },
  },
  'callback-duplicate': {
    severity: 'error',
    description: 'The same callback parameter appears twice in the link.',
    source: SOURCES.adjustCallbacks,
    example: {
      inspect:
        'https://app.adjust.com/abc123?install_callback=https%3A%2F%2Fa.example&install_callback=https%3A%2F%2Fb.example',
    },
  },
  'affise-macro-encoded': {
    severity: 'error',
    description:
      'An Affise macro is percent-encoded (%7Bclickid%7D): Affise fills only raw {…} macros, so it would never be filled.',
    source: SOURCES.adjustEncoding,
    example: gen({
      postbackUrl: 'https://offers-rocketcompany.affise.com/postback?clickid=%7Bclickid%7D',
    }),
  },
  'adjust-placeholder-raw': {
    severity: 'info',
    description:
      'An Adjust placeholder is written raw inside an encoded callback; Adjust says placeholders in curly brackets need not be encoded, so it works (Postbridge encodes them when building).',
    source: SOURCES.adjustEncodingGeneral,
    example: {
      inspect:
        'https://app.adjust.com/abc123?install_callback=https%3A%2F%2Fo.affise.com%2Fpostback%3Fclickid%3D{clickid}%26idfa%3D{idfa}',
    },
  },
  'callback-not-encoded-intact': {
    severity: 'warning',
    description:
      'A callback value is not encoded but has no "&", so it still arrives whole; Adjust says to always encode callbacks.',
    source: SOURCES.adjustEncoding,
    example: {
      inspect:
        'https://app.adjust.com/abc123?install_callback=https://offers-x.affise.com/postback?clickid={clickid}',
    },
  },
  'callback-invalid': {
    severity: 'warning',
    description:
      "A callback value is no http(s) URL after Adjust decodes it once; Adjust's docs describe a callback as the server's URL (assumed wrong unless Adjust's integration team gave that value).",
    source: SOURCES.adjustCallbacks,
    example: { inspect: 'https://app.adjust.com/abc123?install_callback=mynetworkserver' },
  },
  'callback-not-affise': {
    severity: 'info',
    description:
      "A callback goes to a server that is not an Affise admin host: only Adjust's checks apply to it.",
    source: SOURCES.affisePostback,
    example: {
      inspect:
        'https://app.adjust.com/abc123?install_callback=https%3A%2F%2Fnetwork.example%2Fcb%3Fclick_id%3D{click_id}',
    },
  },
  'callback-param-template': {
    severity: 'error',
    description:
      'A callback parameter name still holds an unfilled template (event_callback_{event_token}); Adjust never fires it, and its callback parameter syntax cannot be changed.',
    source: SOURCES.adjustCallbacks,
    example: {
      inspect:
        'https://app.adjust.com/abc123?event_callback_{event_token}=https%3A%2F%2Fnetwork.example%2Fcb',
    },
  },
  'callback-no-query-mark': {
    severity: 'error',
    description:
      'A callback URL has parameters but no "?" before them, so they are part of its host or path.',
    source: SOURCES.adjustCallbacks,
    example: {
      inspect:
        'https://app.adjust.com/abc123?install_callback=https%3A%2F%2Fwww.url.com%26idfa%3D%7Bidfa%7D',
    },
  },
  'callback-bad-escape': {
    severity: 'error',
    description:
      'A callback URL has a "%" that starts no valid percent escape, so it is no valid URL.',
    source: SOURCES.adjustEncoding,
    example: gen({ postbackUrl: `${POSTBACK}&transaction_id%{transaction_id}` }),
  },
  'callback-param-swallowed': {
    severity: 'error',
    description:
      'A "&" is missing between two callback parameters (sum={amount}status=5): the second never arrives on its own.',
    source: SOURCES.adjustCallbacks,
    example: gen({ postbackUrl: `${POSTBACK}&sum={revenue_float}status=5` }),
  },
  'postback-tracking-domain': {
    severity: 'error',
    description:
      'The postback is on an Affise tracking domain; postbacks go to the admin domain (offers-<network>.affise.com).',
    source: SOURCES.affisePostback,
    example: gen({ postbackUrl: 'https://rocketcompany.g2afse.com/postback?clickid={clickid}' }),
  },
  'postback-not-affise': {
    severity: 'warning',
    description:
      "The postback to build from is not on an Affise admin domain, so Affise's rules are not applied; add a custom admin domain in the options if it is one.",
    source: SOURCES.affisePostback,
    example: gen({ postbackUrl: 'https://tracker.example.com/postback?clickid={clickid}' }),
  },
  'postback-path': {
    severity: 'error',
    description: 'Affise receives postbacks on the path /postback only.',
    source: SOURCES.affisePostback,
    example: gen({
      postbackUrl: 'https://offers-rocketcompany.affise.com/callback?clickid={clickid}',
    }),
  },
  'postback-no-clickid': {
    severity: 'error',
    description:
      'The postback has no clickid (or click_id) parameter, so Affise cannot match the conversion to a click.',
    source: SOURCES.affisePostback,
    example: gen({ postbackUrl: 'https://offers-rocketcompany.affise.com/postback?goal=1' }),
  },
  'postback-clickid-not-macro': {
    severity: 'warning',
    description:
      'clickid holds a fixed value instead of the {clickid} macro: every conversion would go to one click.',
    source: SOURCES.affisePostback,
    example: gen({
      postbackUrl:
        'https://offers-rocketcompany.affise.com/postback?clickid=5ec25b044a4f2b0001211111',
    }),
  },
  'postback-probabilistic': {
    severity: 'info',
    description: 'No click id but offer_id and pid: Affise treats it as a probabilistic postback.',
    source: SOURCES.affisePostback,
    example: gen({
      postbackUrl: 'https://offers-rocketcompany.affise.com/postback?offer_id={offer_id}&pid={pid}',
    }),
  },
  'postback-http': {
    severity: 'warning',
    description:
      'The callback uses http; Adjust recommends https and sends some data only over https.',
    source: SOURCES.adjustChecklist,
    example: gen({
      postbackUrl: 'http://offers-rocketcompany.affise.com/postback?clickid={clickid}',
    }),
  },
  'callback-ip-host': {
    severity: 'error',
    description: 'Adjust does not call callback URLs whose host is an IP address.',
    source: SOURCES.adjustChecklist,
    example: gen({ postbackUrl: 'https://203.0.113.7/postback?clickid={clickid}' }),
  },
  'secure-visible': {
    severity: 'info',
    description:
      "The postback's secure code travels inside the link: anyone who sees the link sees it.",
    source: SOURCES.affisePostback,
    example: gen({ postbackUrl: `${POSTBACK}&secure=8d7a1c` }),
  },
  'template-placeholder': {
    severity: 'warning',
    description:
      'A placeholder of the Affise postback template ({sum}, {status}, {action_id}, …) is left for the advertiser to fill; Adjust will not fill it.',
    source: SOURCES.affisePostback,
    example: gen({ postbackUrl: `${POSTBACK}&sum={sum}` }),
  },
  'macro-unknown': {
    severity: 'warning',
    description: 'A {macro} neither Affise (at click time) nor Adjust (when it fires) fills.',
    source: SOURCES.adjustPlaceholders,
    example: gen({ postbackUrl: `${POSTBACK}&x={foo}` }),
  },
  'macro-shared': {
    severity: 'info',
    description:
      'Both Affise and Adjust fill this name; it is treated as the chosen system’s (Adjust by default).',
    source: SOURCES.adjustPlaceholders,
    example: gen({ postbackUrl: `${POSTBACK}&city={city}` }),
  },
  'status-invalid': {
    severity: 'warning',
    description: 'Affise statuses are 1 (approved), 2 (pending), 3 (declined) and 5 (hold).',
    source: SOURCES.affisePostback,
    example: gen({ postbackUrl: `${POSTBACK}&status=4` }),
  },
  'goal-replaced': {
    severity: 'info',
    description: "The postback's own goal value is replaced by each callback's goal.",
    source: SOURCES.affisePostback,
    example: gen({ postbackUrl: `${POSTBACK}&goal=7`, events: [{ goal: '2', token: 'r8oaj2' }] }),
  },
  'event-token-format': {
    severity: 'warning',
    description: 'Adjust event tokens are 6 lowercase letters and digits; this one has capitals.',
    source: SOURCES.adjustCallbacks,
    example: gen({ events: [{ goal: '2', token: 'R8oaJ2' }] }),
  },
  'event-token-length': {
    severity: 'error',
    description:
      'Adjust event tokens have exactly 6 characters (the v4 SDKs reject other lengths), so a token of another length names no event and its callback never fires.',
    source: SOURCES.adjustCallbacks,
    example: gen({ events: [{ goal: '2', token: 'r8oaj2x' }] }),
  },
  'event-token-invalid': {
    severity: 'error',
    description:
      'An event token with characters other than letters and digits cannot name an event_callback_<token> parameter; that goal gets no callback.',
    source: SOURCES.adjustCallbacks,
    example: gen({ events: [{ goal: '2', token: 'reg-45' }] }),
  },
  'event-token-duplicate': {
    severity: 'error',
    description: 'The same event token is mapped to two different goals.',
    source: SOURCES.adjustCallbacks,
    example: gen({
      events: [
        { goal: '2', token: 'r8oaj2' },
        { goal: '3', token: 'r8oaj2' },
      ],
    }),
  },
  'goal-without-token': {
    severity: 'error',
    description: 'A goal is mapped to an event but has no event token.',
    source: SOURCES.adjustEncodingTool,
    example: gen({ events: [{ goal: '2', token: '' }] }),
  },
  'goal-value-invalid': {
    severity: 'error',
    description:
      'Affise goal values use letters, digits, _, space, . and - only, and cannot be empty.',
    source: SOURCES.affisePostback,
    example: gen({ events: [{ goal: 'deposit/first', token: 'r8oaj2' }] }),
  },
  'goal-case-conflict': {
    severity: 'error',
    description:
      'Two goal values differ only in case; Affise matches goals case-insensitively and cannot hold both.',
    source: SOURCES.affisePostback,
    example: gen({
      events: [
        { goal: 'Deposit', token: 'r8oaj2' },
        { goal: 'deposit', token: 'abc123' },
      ],
    }),
  },
  'install-goal-as-event': {
    severity: 'warning',
    description:
      'The install goal is also mapped to an event: Affise would get the same goal twice.',
    source: SOURCES.affisePostback,
    example: gen({ install: { goal: '1' }, events: [{ goal: '1', token: 'r8oaj2' }] }),
  },
  'event-callback-without-goal': {
    severity: 'warning',
    description:
      'An event callback has no goal parameter, so Affise records it as goal "1" like an install.',
    source: SOURCES.affisePostback,
    example: {
      inspect:
        'https://app.adjust.com/abc123?event_callback_r8oaj2=https%3A%2F%2Foffers-x.affise.com%2Fpostback%3Fclickid%3D{clickid}',
    },
  },
  'no-callbacks': {
    severity: 'warning',
    description: 'Neither the install nor any goal is mapped, so the link would carry no callback.',
    source: SOURCES.adjustEncodingTool,
    example: gen({ install: null, events: [] }),
  },
} as const satisfies Record<string, Rule>;

export type RuleCode = keyof typeof RULES;

export function finding(code: RuleCode, message: string, path: string): Finding {
  return { code, severity: RULES[code].severity, message, path };
}
