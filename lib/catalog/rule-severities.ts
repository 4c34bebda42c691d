import type { Finding, Severity } from '../core/findings';

/**
 * The severity of every finding the link engine can report: all the engine needs to build one, so
 * it is all the popup loads at open. What each finding means and the page it rests on are in
 * ./rules.ts, typed over these codes (a code without them does not compile); together they are
 * the link engine's catalogue, `RULES`.
 */
export const RULE_SEVERITIES = {
  'input-invalid': 'error',
  'adjust-link-invalid': 'error',
  'adjust-link-encoded': 'error',
  'not-adjust-link': 'error',
  'link-token-malformed': 'error',
  'link-no-query-mark': 'error',
  'link-short': 'info',
  'link-kind-mismatch': 'warning',
  'link-kind-custom-domain': 'info',
  'link-param-not-encoded': 'warning',
  'link-param-cut': 'error',
  'link-second-question-mark': 'error',
  's2s-link-without-s2s': 'warning',
  'link-has-callbacks': 'warning',
  'link-other-callbacks': 'info',
  'postback-invalid': 'error',
  'double-encoding': 'error',
  'callback-not-encoded': 'error',
  'callback-duplicate': 'error',
  'affise-macro-encoded': 'error',
  'adjust-placeholder-raw': 'info',
  'callback-not-encoded-intact': 'warning',
  'callback-invalid': 'warning',
  'callback-not-affise': 'info',
  'callback-param-template': 'error',
  'callback-no-query-mark': 'error',
  'callback-bad-escape': 'error',
  'callback-param-swallowed': 'error',
  'postback-tracking-domain': 'error',
  'postback-not-affise': 'warning',
  'postback-path': 'error',
  'postback-no-clickid': 'error',
  'postback-clickid-not-macro': 'warning',
  'postback-probabilistic': 'info',
  'postback-http': 'warning',
  'callback-ip-host': 'error',
  'secure-visible': 'info',
  'template-placeholder': 'warning',
  'macro-unknown': 'warning',
  'macro-shared': 'info',
  'status-invalid': 'warning',
  'goal-replaced': 'info',
  'event-token-format': 'warning',
  'event-token-length': 'error',
  'event-token-invalid': 'error',
  'event-token-duplicate': 'error',
  'goal-without-token': 'error',
  'goal-value-invalid': 'error',
  'goal-case-conflict': 'error',
  'install-goal-as-event': 'warning',
  'event-callback-without-goal': 'warning',
  'no-callbacks': 'warning',
} as const satisfies Record<string, Severity>;

export type RuleCode = keyof typeof RULE_SEVERITIES;

export function finding(code: RuleCode, message: string, path: string): Finding {
  return { code, severity: RULE_SEVERITIES[code], message, path };
}
