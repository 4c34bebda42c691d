import { describe, expect, it } from 'vitest';
import { compareGenerated, GeneratedComparisonSchema } from '../../../lib/adjust/compare-generated';

const BASE = 'https://app.adjust.com/abc123?campaign=x';
const POSTBACK = 'https://offers-rocket.affise.com/postback?clickid={clickid}&goal=1';
/** Postbridge's encoding: Affise macro raw, the rest encoded once. */
const OURS_INSTALL =
  'https%3A%2F%2Foffers-rocket.affise.com%2Fpostback%3Fclickid%3D{clickid}%26goal%3D1';
/** The Encoding tool's encoding: encodeURIComponent of the whole callback. */
const TOOL_INSTALL = encodeURIComponent(POSTBACK);

describe('compareGenerated', () => {
  const cases: {
    name: string;
    ours: string;
    generated: string[];
    verdict: string;
    differences: [kind: string, param: string][];
    notes?: RegExp[];
    summary?: RegExp;
  }[] = [
    {
      name: 'byte-identical',
      ours: `${BASE}&install_callback=${TOOL_INSTALL}`,
      generated: [`${BASE}&install_callback=${TOOL_INSTALL}`],
      verdict: 'identical',
      differences: [],
    },
    {
      name: 'surrounding whitespace and blank lines do not count',
      ours: `${BASE}&install_callback=${TOOL_INSTALL}`,
      generated: ['', `  ${BASE}&install_callback=${TOOL_INSTALL}\t`, ''],
      verdict: 'identical',
      differences: [],
    },
    {
      name: 'empty output',
      ours: BASE,
      generated: ['', '  '],
      verdict: 'no-output',
      differences: [],
      summary: /stayed empty/,
    },
    {
      name: 'the tool encoded an Affise macro Postbridge leaves raw',
      ours: `${BASE}&install_callback=${OURS_INSTALL}`,
      generated: [`${BASE}&install_callback=${TOOL_INSTALL}`],
      verdict: 'equivalent',
      differences: [['encoding', 'install_callback']],
      summary: /encoded Affise macros/,
    },
    {
      name: 'encoding difference without macros',
      ours: `${BASE}&install_callback=https%3A%2F%2Fa.example%2Fp%3Fx%3D1`,
      generated: [`${BASE}&install_callback=https%3A%2F%2Fa.example%2Fp%3Fx%3d1`],
      verdict: 'equivalent',
      differences: [['encoding', 'install_callback']],
      summary: /only how it is written/,
    },
    {
      name: 'same parameters in another order',
      ours: `${BASE}&install_callback=${TOOL_INSTALL}&event_callback_abc111=${TOOL_INSTALL}`,
      generated: [`${BASE}&event_callback_abc111=${TOOL_INSTALL}&install_callback=${TOOL_INSTALL}`],
      verdict: 'equivalent',
      differences: [],
      notes: [/different order/],
    },
    {
      name: 'a merged token parameter against one parameter per token',
      ours: `${BASE}&event_callback_aaa111_bbb222=${TOOL_INSTALL}`,
      generated: [
        `${BASE}&event_callback_aaa111=${TOOL_INSTALL}&event_callback_bbb222=${TOOL_INSTALL}`,
      ],
      verdict: 'equivalent',
      differences: [],
      notes: [/one token per row/],
    },
    {
      name: 'merged tokens whose per-token callbacks differ are real differences',
      ours: `${BASE}&event_callback_aaa111_bbb222=${TOOL_INSTALL}`,
      generated: [`${BASE}&event_callback_aaa111=${TOOL_INSTALL}&event_callback_bbb222=x`],
      verdict: 'different',
      differences: [
        ['missing', 'event_callback_aaa111_bbb222'],
        ['extra', 'event_callback_aaa111'],
        ['extra', 'event_callback_bbb222'],
      ],
    },
    {
      name: 'missing event callback',
      ours: `${BASE}&install_callback=${TOOL_INSTALL}&event_callback_abc111=${TOOL_INSTALL}`,
      generated: [`${BASE}&install_callback=${TOOL_INSTALL}`],
      verdict: 'different',
      differences: [['missing', 'event_callback_abc111']],
      summary: /1 place: event_callback_abc111/,
    },
    {
      name: 'extra parameter and a second copy of one',
      ours: `${BASE}&install_callback=${TOOL_INSTALL}`,
      generated: [
        `${BASE}&install_callback=${TOOL_INSTALL}&install_callback=${TOOL_INSTALL}&label=z`,
      ],
      verdict: 'different',
      differences: [
        ['extra', 'install_callback'],
        ['extra', 'label'],
      ],
    },
    {
      name: 'different decoded value',
      ours: `${BASE}&event_callback_abc111=${encodeURIComponent(`${POSTBACK}&goal=reg`)}`,
      generated: [`${BASE}&event_callback_abc111=${encodeURIComponent(`${POSTBACK}&goal=dep`)}`],
      verdict: 'different',
      differences: [['value', 'event_callback_abc111']],
    },
    {
      name: 'different base link',
      ours: `${BASE}&install_callback=${TOOL_INSTALL}`,
      generated: [`https://app.adjust.com/zzz999?campaign=x&install_callback=${TOOL_INSTALL}`],
      verdict: 'different',
      differences: [['base', '(link)']],
    },
    {
      name: 'branded link without the adj_ prefix in the tool output',
      ours: `https://brand.go.link?adj_t=abc123&adj_install_callback=${TOOL_INSTALL}`,
      generated: [`https://brand.go.link?adj_t=abc123&install_callback=${TOOL_INSTALL}`],
      verdict: 'different',
      differences: [
        ['missing', 'adj_install_callback'],
        ['extra', 'install_callback'],
      ],
      notes: [/needs adj_install_callback/],
    },
    {
      name: 'several output lines: the first is compared and noted',
      ours: BASE,
      generated: [BASE, 'https://app.adjust.com/other1'],
      verdict: 'identical',
      differences: [],
      notes: [/generated 2 links/],
    },
    {
      name: 'output that is not a URL',
      ours: BASE,
      generated: ['Please enter a valid link'],
      verdict: 'different',
      differences: [['base', '(link)']],
    },
  ];

  for (const c of cases) {
    it(c.name, () => {
      const comparison = compareGenerated(c.ours, c.generated);
      expect(GeneratedComparisonSchema.parse(comparison)).toEqual(comparison);
      expect(comparison.verdict).toBe(c.verdict);
      expect(comparison.differences.map((d) => [d.kind, d.param])).toEqual(c.differences);
      for (const note of c.notes ?? [])
        expect(comparison.notes.some((n) => note.test(n))).toBe(true);
      if (c.summary) expect(comparison.summary).toMatch(c.summary);
      for (const d of comparison.differences)
        if (d.param !== '(link)') expect(d.message).toContain(d.param);
    });
  }

  it('shows both values decoded in a value difference', () => {
    const [difference] = compareGenerated(
      `${BASE}&install_callback=${encodeURIComponent('https://a.example/?goal=1')}`,
      [`${BASE}&install_callback=${encodeURIComponent('https://a.example/?goal=2')}`],
    ).differences;
    expect(difference?.ours?.decoded).toBe('https://a.example/?goal=1');
    expect(difference?.adjust?.decoded).toBe('https://a.example/?goal=2');
    expect(difference?.message).toBe(
      'install_callback: Postbridge has “https://a.example/?goal=1”, Adjust has “https://a.example/?goal=2” (decoded once).',
    );
  });

  it('recognises a double-encoded value in the tool output', () => {
    const once = encodeURIComponent('https://a.example/?goal=1');
    const [difference] = compareGenerated(`${BASE}&install_callback=${once}`, [
      `${BASE}&install_callback=${encodeURIComponent(once)}`,
    ]).differences;
    expect(difference?.kind).toBe('value');
    expect(difference?.message).toMatch(/encoded twice/);
  });

  it('names the macro the tool encoded', () => {
    const [difference] = compareGenerated(`${BASE}&install_callback=${OURS_INSTALL}`, [
      `${BASE}&install_callback=${TOOL_INSTALL}`,
    ]).differences;
    expect(difference?.message).toContain('Adjust’s tool encoded {clickid}');
    expect(difference?.ours?.decoded).toBe(POSTBACK);
    expect(difference?.adjust?.decoded).toBe(POSTBACK);
  });
});
