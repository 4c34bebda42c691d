import { describe, expect, it } from 'vitest';
import { RULES } from '../../../lib/catalog/rules';
import {
  type CorpusKind,
  findingsFor,
  judge,
  loadCorpus,
} from '../../../scripts/link-corpus/evaluate';

const kinds: CorpusKind[] = ['link', 'postback'];

describe('real-link corpus', () => {
  it('holds at least 50 real Adjust links and 10 real Affise postbacks, each with its source', () => {
    const links = loadCorpus('link').filter((e) => !e.constructed);
    const postbacks = loadCorpus('postback').filter((e) => /affise\.com\//.test(e.input));
    expect(links.length).toBeGreaterThanOrEqual(50);
    expect(postbacks.length).toBeGreaterThanOrEqual(10);
    for (const entry of [...loadCorpus('link'), ...loadCorpus('postback')]) {
      expect(entry.source, entry.id).not.toBe('');
      for (const code of [...entry.expect, ...(entry.forbid ?? [])]) {
        expect(Object.keys(RULES), `${entry.id} names an unknown rule`).toContain(code);
      }
    }
  });

  describe.each(kinds)('%s entries', (kind) => {
    it.each(loadCorpus(kind).map((e) => [e.id, e] as const))('%s', (_id, entry) => {
      const findings = findingsFor(kind, entry.input);
      const verdict = judge(entry, findings);
      expect(verdict.missed, `missed defects in ${entry.input}`).toEqual([]);
      expect(
        verdict.falseAlarms.map((f) => `${f.code}: ${f.message}`),
        `false alarms in ${entry.input}`,
      ).toEqual([]);
    });
  });
});
