import { describe, expect, it } from 'vitest';
import { findingTarget, targetFindings } from '@/components/popup/model/finding-targets';
import { QUICK_FIXES, type QuickFixAction, quickFixesFor } from '@/components/popup/quick-fixes';
import type { RuleCode } from '@/lib/catalog/rule-severities';
import { RULES } from '@/lib/catalog/rules';
import { buildLink } from '@/lib/link/build-link';
import type { GenerateInput } from '@/lib/link/schemas';
import { RULE_EXAMPLES } from '../engine/rule-examples';

/** What the popup does with a quick fix, done on a generate input instead of the popup's draft. */
function applyToInput(input: GenerateInput, action: QuickFixAction): GenerateInput {
  switch (action.kind) {
    case 'setText':
      return action.field === 'postbackUrl'
        ? { ...input, postbackUrl: action.value }
        : { ...input, adjustLink: action.value };
    case 'setLinkKind':
      return { ...input, linkKind: action.linkKind };
    case 'setMapping': {
      const events = (input.events ?? []).filter((e) => e.goal !== action.goal);
      const mapped =
        action.mapping.activity === 'event'
          ? [{ goal: action.goal, token: action.mapping.token }]
          : [];
      return { ...input, events: [...events, ...mapped] };
    }
  }
}

function fixesOf(input: GenerateInput, code: string) {
  const events = input.events ?? [];
  const install = input.install === undefined ? { goal: '1' } : input.install;
  const findings = targetFindings(
    buildLink(input).findings,
    events.map((e) => e.goal),
    install?.goal ?? null,
  ).filter((f) => f.code === code);
  return findings.flatMap((finding) =>
    quickFixesFor({
      finding,
      trackingUrl: input.adjustLink,
      postbackUrl: input.postbackUrl,
      mappingOf: (goal) => {
        const event = events.find((e) => e.goal === goal);
        return event ? { activity: 'event', token: event.token } : undefined;
      },
    }),
  );
}

const exampleOf = (code: RuleCode): GenerateInput => {
  const example = RULE_EXAMPLES[code];
  if (!('generate' in example)) throw new Error(`${code} has no generate example`);
  return example.generate;
};

/** Inputs that trigger each fixable finding: the rule's own example unless it has no fix to offer. */
const CASES: Record<string, GenerateInput> = {
  'postback-http': exampleOf('postback-http'),
  'template-placeholder': exampleOf('template-placeholder'),
  'affise-macro-encoded': exampleOf('affise-macro-encoded'),
  'double-encoding': exampleOf('double-encoding'),
  'postback-no-clickid': exampleOf('postback-no-clickid'),
  'event-token-format': exampleOf('event-token-format'),
  'event-token-length': exampleOf('event-token-length'),
  'event-token-duplicate': exampleOf('event-token-duplicate'),
  'goal-without-token': exampleOf('goal-without-token'),
  'link-kind-mismatch': exampleOf('link-kind-mismatch'),
  'link-has-callbacks': exampleOf('link-has-callbacks'),
};

describe('quick fixes', () => {
  it('every code with quick fixes has a case here, and every code is one the engine knows', () => {
    expect(Object.keys(CASES).sort()).toEqual(Object.keys(QUICK_FIXES).sort());
    for (const code of Object.keys(QUICK_FIXES)) expect(RULES).toHaveProperty(code);
  });

  it.each(Object.entries(CASES))(
    '%s: each offered fix makes the finding go away',
    (code, input) => {
      const fixes = fixesOf(input, code);
      expect(fixes.length, `no quick fix offered for ${code}`).toBeGreaterThan(0);
      for (const fix of fixes) {
        const fixed = applyToInput(input, fix.action);
        const left = buildLink(fixed).findings.filter((f) => f.code === code);
        expect(
          left,
          `"${fix.label}" left ${code}: ${left.map((f) => f.message).join(' | ')}`,
        ).toEqual([]);
      }
    },
  );

  it('"pass revenue" replaces sum={sum} with sum={revenue_float}', () => {
    const input = exampleOf('template-placeholder');
    const [pass] = fixesOf(input, 'template-placeholder');
    expect(pass?.label).toBe('Pass revenue: sum={revenue_float}');
    expect(pass?.action).toEqual({
      kind: 'setText',
      field: 'postbackUrl',
      value: input.postbackUrl.replace('sum={sum}', 'sum={revenue_float}'),
    });
  });

  it('"use https" changes only the scheme', () => {
    const [fix] = fixesOf(exampleOf('postback-http'), 'postback-http');
    expect(fix?.action).toEqual({
      kind: 'setText',
      field: 'postbackUrl',
      value: 'https://offers-rocketcompany.affise.com/postback?clickid={clickid}',
    });
  });

  it('offers nothing when the fix would change nothing', () => {
    // Too long: lowercasing alone does not give a valid token, so only "Leave this goal out" is left.
    expect(
      fixesOf(exampleOf('event-token-length'), 'event-token-length').map((f) => f.label),
    ).toEqual(['Leave this goal out']);
  });
});

describe('finding targets', () => {
  it('puts each engine path next to its field or goal row', () => {
    expect(findingTarget('adjustLink', [], null)).toEqual({ kind: 'field', field: 'trackingUrl' });
    expect(findingTarget('postbackUrl', [], null)).toEqual({ kind: 'field', field: 'postbackUrl' });
    expect(findingTarget('install.goal', [], '1')).toEqual({ kind: 'goal', goal: '1' });
    expect(findingTarget('events[1].token', ['purchase', 'reg'], '1')).toEqual({
      kind: 'goal',
      goal: 'reg',
    });
    expect(findingTarget('events[5].token', ['purchase'], '1')).toEqual({ kind: 'general' });
    expect(findingTarget('events', [], null)).toEqual({ kind: 'general' });
  });
});
