import { describe, expect, it } from 'vitest';
import { RULES, type RuleCode } from '../../../lib/catalog/rules';
import { buildLink } from '../../../lib/link/build-link';
import { inspectLink } from '../../../lib/link/inspect-link';

const rules = Object.entries(RULES) as [RuleCode, (typeof RULES)[RuleCode]][];

describe('rule catalogue', () => {
  it.each(rules)('%s: its example triggers it with the catalogued severity', (code, rule) => {
    const findings =
      'generate' in rule.example
        ? buildLink(rule.example.generate).findings
        : inspectLink(rule.example.inspect).findings;
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

  it.each(rules)('%s: has a description and a source URL', (_code, rule) => {
    expect(rule.description).toMatch(/\.$/);
    expect(rule.source).toMatch(/^https:\/\/help(-center)?\.(adjust|affise)\.com\//);
  });
});
