import { POSTBACK_PARAM_BY_NAME } from '@/lib/catalog/postback-params';
import { parseCallbackParam } from '@/lib/link/callback-param';
import type { LinkKind } from '@/lib/link/schemas';
import { decodeOnce, formatQuery, parseQuery } from '@/lib/url/query';
import { joinUrl, splitUrl } from '@/lib/url/split-url';
import type { GoalMapping } from '@/utils/popup-state';
import type { TargetedFinding } from './model/finding-targets';

/** What applying a quick fix changes in the draft. */
export type QuickFixAction =
  | { kind: 'setText'; field: 'trackingUrl' | 'postbackUrl'; value: string }
  | { kind: 'setMapping'; goal: string; mapping: GoalMapping }
  | { kind: 'setLinkKind'; linkKind: LinkKind };

export interface QuickFix {
  label: string;
  /** Longer explanation, shown as the button's description. */
  detail: string;
  action: QuickFixAction;
}

export interface QuickFixContext {
  finding: TargetedFinding;
  trackingUrl: string;
  postbackUrl: string;
  mappingOf: (goal: string) => GoalMapping | undefined;
}

type MakeFix = (context: QuickFixContext) => QuickFix | null;

function onPostback(
  context: QuickFixContext,
  value: string,
  label: string,
  detail: string,
): QuickFix | null {
  if (context.finding.target.kind !== 'field' || context.finding.target.field !== 'postbackUrl') {
    return null;
  }
  if (value === context.postbackUrl) return null;
  return { label, detail, action: { kind: 'setText', field: 'postbackUrl', value } };
}

function onGoal(
  context: QuickFixContext,
  change: (mapping: GoalMapping) => GoalMapping | null,
  label: string,
  detail: string,
): QuickFix | null {
  const { target } = context.finding;
  if (target.kind !== 'goal') return null;
  const mapping = context.mappingOf(target.goal);
  if (!mapping) return null;
  const next = change(mapping);
  if (!next) return null;
  return { label, detail, action: { kind: 'setMapping', goal: target.goal, mapping: next } };
}

/** The placeholder a finding's message starts with: "{sum} (in sum=) is a placeholder …". */
function leadingMacro(message: string): string | null {
  return /^\{([A-Za-z0-9_]+)\}/.exec(message)?.[1] ?? null;
}

function withoutParamsHolding(url: string, macro: string): string {
  const split = splitUrl(url);
  if (!split) return url;
  const kept = parseQuery(split.query).filter((p) => !(p.value ?? '').includes(`{${macro}}`));
  return joinUrl({ ...split, query: kept.length > 0 ? formatQuery(kept) : null });
}

const leaveOut = (context: QuickFixContext) =>
  onGoal(
    context,
    (m) => ({ ...m, activity: 'none' }),
    'Leave this goal out',
    'No callback is written for this goal.',
  );

/**
 * Quick fixes keyed by finding code (lib/catalog/rules.ts). Each one rewrites a field the way the
 * finding's message advises, and offers nothing when the fix would not change anything.
 */
export const QUICK_FIXES: Readonly<Record<string, readonly MakeFix[]>> = {
  'postback-http': [
    (c) =>
      onPostback(
        c,
        c.postbackUrl.replace(/^\s*http:\/\//i, 'https://'),
        'Use https',
        'Adjust recommends https for callbacks and sends some data only over https.',
      ),
  ],
  'template-placeholder': [
    (c) => {
      const name = leadingMacro(c.finding.message);
      const param = name ? POSTBACK_PARAM_BY_NAME.get(name) : undefined;
      if (!name || !param?.suggestion) return null;
      const label =
        name === 'sum'
          ? `Pass revenue: sum=${param.suggestion}`
          : `Use ${param.suggestion} for {${name}}`;
      return onPostback(
        c,
        c.postbackUrl.replaceAll(`{${name}}`, param.suggestion),
        label,
        param.advice,
      );
    },
    (c) => {
      const name = leadingMacro(c.finding.message);
      if (!name || !POSTBACK_PARAM_BY_NAME.has(name)) return null;
      return onPostback(
        c,
        withoutParamsHolding(c.postbackUrl, name),
        `Remove the {${name}} parameter`,
        'Affise then uses the offer’s own settings for it.',
      );
    },
  ],
  'affise-macro-encoded': [
    (c) =>
      onPostback(
        c,
        c.postbackUrl.replace(/%7B(clickid|click_id|pid|offer_id|sub\d+)%7D/gi, '{$1}'),
        'Write Affise macros raw',
        'Affise fills only raw {…} macros.',
      ),
  ],
  'double-encoding': [
    (c) =>
      /^\s*https?%3A/i.test(c.postbackUrl)
        ? onPostback(
            c,
            decodeOnce(c.postbackUrl.trim()),
            'Decode once',
            'Paste the postback as a plain URL; Postbridge encodes it.',
          )
        : onPostback(
            c,
            c.postbackUrl.replace(/%7B([A-Za-z0-9_]+)%7D/gi, '{$1}'),
            'Write placeholders with plain braces',
            'Postbridge encodes Adjust placeholders itself.',
          ),
  ],
  'postback-no-clickid': [
    (c) => {
      const url = c.postbackUrl.trim();
      if (!splitUrl(url)) return null;
      const joiner = url.includes('?') ? (url.endsWith('?') || url.endsWith('&') ? '' : '&') : '?';
      return onPostback(
        c,
        `${url}${joiner}clickid={clickid}`,
        'Add clickid={clickid}',
        'Affise matches each conversion to its click by the click id.',
      );
    },
  ],
  'event-token-format': [
    (c) =>
      onGoal(
        c,
        (m) => {
          const lower = m.token.trim().toLowerCase();
          return lower !== m.token && /^[a-z0-9]{6}([\s,;]+[a-z0-9]{6})*$/.test(lower)
            ? { ...m, token: lower }
            : null;
        },
        'Use lowercase',
        'Adjust event tokens are lowercase.',
      ),
  ],
  'event-token-length': [leaveOut],
  'event-token-duplicate': [leaveOut],
  'goal-without-token': [leaveOut],
  'link-kind-mismatch': [
    () => ({
      label: 'Use the detected kind',
      detail: 'Let Postbridge name the callbacks after the link it sees.',
      action: { kind: 'setLinkKind', linkKind: 'auto' },
    }),
  ],
  'link-has-callbacks': [
    (c) => {
      const split = splitUrl(c.trackingUrl);
      if (!split) return null;
      const kept = parseQuery(split.query).filter((p) => {
        const callback = parseCallbackParam(p.name);
        return !(callback && (callback.activity === 'install' || callback.activity === 'event'));
      });
      const value = joinUrl({ ...split, query: kept.length > 0 ? formatQuery(kept) : null });
      if (value === c.trackingUrl) return null;
      return {
        label: 'Remove the old callbacks',
        detail:
          'Keeps the advertiser’s link without the install and event callbacks it already had.',
        action: { kind: 'setText', field: 'trackingUrl', value },
      };
    },
  ],
};

export function quickFixesFor(context: QuickFixContext): QuickFix[] {
  const makers = QUICK_FIXES[context.finding.code] ?? [];
  return makers.flatMap((make) => make(context) ?? []);
}
