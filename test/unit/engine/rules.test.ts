import { describe, expect, it } from 'vitest';
import type { RuleCode } from '../../../lib/catalog/rule-severities';
import { RULES, type Rule } from '../../../lib/catalog/rules';
import { buildLinkOrReport } from '../../../lib/link/build-link';
import { inspectLink } from '../../../lib/link/inspect-link';
import { RULE_EXAMPLES } from './rule-examples';

const rules = Object.entries(RULES) as [RuleCode, Rule][];

describe('rule catalogue', () => {
  it.each(rules)('%s: its example triggers it with the catalogued severity', (code, rule) => {
    const example = RULE_EXAMPLES[code];
    const findings =
      'generate' in example
        ? buildLinkOrReport(example.generate).findings
        : inspectLink(example.inspect).findings;
    const hit = findings.find((f) => f.code === code);
    expect(
      hit,
      `the example of rule "${code}" did not trigger it; it gave: ${findings.map((f) => f.code).join(', ') || 'nothing'}. Fix the example or the rule.`,
    ).toBeDefined();
    expect(hit?.severity).toBe(rule.severity);
    expect(
      hit?.message.length,
      `rule "${code}" needs a sentence that says what to fix`,
    ).toBeGreaterThan(30);
    expect(hit?.path).not.toBe('');
  });

  it.each(rules)('%s: has a description and a source URL or a stated reason', (_code, rule) => {
    expect(rule.description).toMatch(/\.$/);
    if (rule.source === undefined) expect(rule.internal).toMatch(/^[A-Z].{20,}\.$/);
    else expect(rule.source).toMatch(/^https:\/\/help(-center)?\.(adjust|affise)\.com\//);
  });
});
