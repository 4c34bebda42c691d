import type { RuleCode } from '../../../lib/catalog/rule-severities';
import type { GenerateInput } from '../../../lib/link/schemas';

/** Input that triggers a rule: a generate input, or a link for the inspector. */
export type RuleExample = { generate: GenerateInput } | { inspect: string };

const LINK = 'https://app.adjust.com/abc123?campaign={offer_id}&adgroup={pid}';
const POSTBACK = 'https://offers-rocketcompany.affise.com/postback?clickid={clickid}';
const gen = (over: Partial<GenerateInput>): { generate: GenerateInput } => ({
  generate: { adjustLink: LINK, postbackUrl: POSTBACK, ...over },
});

/** One example per link-engine rule (lib/catalog/rules.ts); rules.test.ts runs each. */
export const RULE_EXAMPLES: Record<RuleCode, RuleExample> = {
  // Over the engine's 16,384-character bound for a link.
  'input-invalid': gen({ adjustLink: `https://app.adjust.com/abc123?x=${'a'.repeat(16_400)}` }),
  'adjust-link-invalid': gen({ adjustLink: 'app.adjust.com abc123' }),
  'adjust-link-encoded': gen({ adjustLink: 'https%3A%2F%2Fapp.adjust.com%2Fabc123' }),
  'not-adjust-link': gen({ adjustLink: 'https://example.com/abc123' }),
  'link-token-malformed': gen({ adjustLink: 'https://app.adjust.com/ABC-123' }),
  'link-no-query-mark': {
    inspect: 'https://app.adjust.com/abc123&idfa={idfa}&install_callback=https%3A%2F%2Fx.example',
  },
  'link-short': { inspect: 'https://rocket.go.link/9ggUS' },
  'link-kind-mismatch': gen({
    adjustLink: 'https://rocket.go.link?adj_t=abc123',
    linkKind: 'standard',
  }),
  'link-kind-custom-domain': gen({ adjustLink: 'https://go.rocketgame.com/x?adj_t=abc123' }),
  'link-param-not-encoded': {
    inspect: 'https://app.adjust.com/abc123?redirect=https://www.example.com/my-app',
  },
  'link-param-cut': {
    inspect: 'https://app.adjust.com/abc123?fallback=https://www.example.com/p?a=1&b=2',
  },
  'link-second-question-mark': {
    inspect: 'https://app.adjust.com/abc123?campaign=spring?adgroup=banner',
  },
  's2s-link-without-s2s': gen({ adjustLink: 'https://s2s.adjust.com/abc123?campaign=x' }),
  'link-has-callbacks': gen({
    adjustLink: 'https://app.adjust.com/abc123?install_callback=https%3A%2F%2Fold.example%2Fcb',
  }),
  'link-other-callbacks': gen({
    adjustLink: 'https://app.adjust.com/abc123?session_callback=https%3A%2F%2Fx.example%2Fs',
  }),
  'postback-invalid': gen({
    postbackUrl: 'offers-rocketcompany.affise.com/postback?clickid={clickid}',
  }),
  'double-encoding': gen({
    postbackUrl:
      'https%3A%2F%2Foffers-rocketcompany.affise.com%2Fpostback%3Fclickid%3D%7Bclickid%7D',
  }),
  'callback-not-encoded': {
    inspect:
      'https://app.adjust.com/abc123?install_callback=https://offers-x.affise.com/postback?clickid={clickid}&goal=1',
  },
  'callback-duplicate': {
    inspect:
      'https://app.adjust.com/abc123?install_callback=https%3A%2F%2Fa.example&install_callback=https%3A%2F%2Fb.example',
  },
  'affise-macro-encoded': gen({
    postbackUrl: 'https://offers-rocketcompany.affise.com/postback?clickid=%7Bclickid%7D',
  }),
  'adjust-placeholder-raw': {
    inspect:
      'https://app.adjust.com/abc123?install_callback=https%3A%2F%2Fo.affise.com%2Fpostback%3Fclickid%3D{clickid}%26idfa%3D{idfa}',
  },
  'callback-not-encoded-intact': {
    inspect:
      'https://app.adjust.com/abc123?install_callback=https://offers-x.affise.com/postback?clickid={clickid}',
  },
  'callback-invalid': { inspect: 'https://app.adjust.com/abc123?install_callback=mynetworkserver' },
  'callback-not-affise': {
    inspect:
      'https://app.adjust.com/abc123?install_callback=https%3A%2F%2Fnetwork.example%2Fcb%3Fclick_id%3D{click_id}',
  },
  'callback-param-template': {
    inspect:
      'https://app.adjust.com/abc123?event_callback_{event_token}=https%3A%2F%2Fnetwork.example%2Fcb',
  },
  'callback-no-query-mark': {
    inspect:
      'https://app.adjust.com/abc123?install_callback=https%3A%2F%2Fwww.url.com%26idfa%3D%7Bidfa%7D',
  },
  'callback-bad-escape': gen({ postbackUrl: `${POSTBACK}&transaction_id%{transaction_id}` }),
  'callback-param-swallowed': gen({ postbackUrl: `${POSTBACK}&sum={revenue_float}status=5` }),
  'postback-tracking-domain': gen({
    postbackUrl: 'https://rocketcompany.g2afse.com/postback?clickid={clickid}',
  }),
  'postback-not-affise': gen({
    postbackUrl: 'https://tracker.example.com/postback?clickid={clickid}',
  }),
  'postback-path': gen({
    postbackUrl: 'https://offers-rocketcompany.affise.com/callback?clickid={clickid}',
  }),
  'postback-no-clickid': gen({
    postbackUrl: 'https://offers-rocketcompany.affise.com/postback?goal=1',
  }),
  'postback-clickid-not-macro': gen({
    postbackUrl:
      'https://offers-rocketcompany.affise.com/postback?clickid=5ec25b044a4f2b0001211111',
  }),
  'postback-probabilistic': gen({
    postbackUrl: 'https://offers-rocketcompany.affise.com/postback?offer_id={offer_id}&pid={pid}',
  }),
  'postback-http': gen({
    postbackUrl: 'http://offers-rocketcompany.affise.com/postback?clickid={clickid}',
  }),
  'callback-ip-host': gen({ postbackUrl: 'https://203.0.113.7/postback?clickid={clickid}' }),
  'secure-visible': gen({ postbackUrl: `${POSTBACK}&secure=8d7a1c` }),
  'template-placeholder': gen({ postbackUrl: `${POSTBACK}&sum={sum}` }),
  'macro-unknown': gen({ postbackUrl: `${POSTBACK}&x={foo}` }),
  'macro-shared': gen({ postbackUrl: `${POSTBACK}&city={city}` }),
  'status-invalid': gen({ postbackUrl: `${POSTBACK}&status=4` }),
  'goal-replaced': gen({
    postbackUrl: `${POSTBACK}&goal=7`,
    events: [{ goal: '2', token: 'r8oaj2' }],
  }),
  'event-token-format': gen({ events: [{ goal: '2', token: 'R8oaJ2' }] }),
  'event-token-length': gen({ events: [{ goal: '2', token: 'r8oaj2x' }] }),
  'event-token-invalid': gen({ events: [{ goal: '2', token: 'reg-45' }] }),
  'event-token-duplicate': gen({
    events: [
      { goal: '2', token: 'r8oaj2' },
      { goal: '3', token: 'r8oaj2' },
    ],
  }),
  'goal-without-token': gen({ events: [{ goal: '2', token: '' }] }),
  'goal-value-invalid': gen({ events: [{ goal: 'deposit/first', token: 'r8oaj2' }] }),
  'goal-case-conflict': gen({
    events: [
      { goal: 'Deposit', token: 'r8oaj2' },
      { goal: 'deposit', token: 'abc123' },
    ],
  }),
  'install-goal-as-event': gen({
    install: { goal: '1' },
    events: [{ goal: '1', token: 'r8oaj2' }],
  }),
  'event-callback-without-goal': {
    inspect:
      'https://app.adjust.com/abc123?event_callback_r8oaj2=https%3A%2F%2Foffers-x.affise.com%2Fpostback%3Fclickid%3D{clickid}',
  },
  'no-callbacks': gen({ install: null, events: [] }),
};
