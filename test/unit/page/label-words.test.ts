import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  LABEL_INDEX,
  LABEL_WORD_INDEX,
  normalizeLabel,
  PAGE_LABELS,
} from '../../../lib/affise/page-labels';
import { labelWords, mayHoldWholeLabel } from '../../../lib/page/label-words';
import { runs } from '../../property-runs';

/** Whether the label's words stand in a row among the text's words: what labelKeysIn looks for. */
function showsInARow(text: string, label: readonly string[]): boolean {
  const words = labelWords(text.trim()).map((w) => w.text);
  return words.some((_, at) => label.every((word, i) => words[at + i] === word));
}

describe('mayHoldWholeLabel', () => {
  // Label words in any case, with apostrophes, punctuation, digits and near-miss words around them.
  const piece = fc.constantFrom(
    ...PAGE_LABELS.flatMap((entry) => entry.labels),
    'offer',
    'OFFER',
    'Goal',
    'i’d',
    "I'D",
    'ti’tle',
    'Pay’out',
    'video',
    'Section',
    '12',
    ' ',
    '  ',
    '\n',
    ':',
    '*',
    '(',
    ')',
    '›',
    '-',
    'İ',
    'Σ',
    'ſ',
  );
  const text = fc.array(piece, { maxLength: 8 }).map((parts) => parts.join(''));

  it('holds whenever a label’s words stand in a row in the text, so skipping on it loses no label', () => {
    fc.assert(
      fc.property(text, (t) => {
        for (const words of LABEL_WORD_INDEX.wordLists) {
          if (showsInARow(t, words)) expect(mayHoldWholeLabel(t, LABEL_WORD_INDEX)).toBe(true);
        }
        // The exact match fieldOfLabel tries first is skipped on it too.
        if (LABEL_INDEX.has(normalizeLabel(t)))
          expect(mayHoldWholeLabel(t, LABEL_WORD_INDEX)).toBe(true);
      }),
      { numRuns: runs(4000) },
    );
  });

  it.each(['Offer 12', 'Section 3', 'Goal'])('%j holds no whole label', (t) => {
    expect(mayHoldWholeLabel(t, LABEL_WORD_INDEX)).toBe(false);
  });
});
