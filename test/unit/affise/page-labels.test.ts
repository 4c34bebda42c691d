import { describe, expect, it } from 'vitest';
import { countLabelMatches } from '../../../lib/affise/find-labels';
import {
  AFFISE_FIXTURES,
  fieldOfLabel,
  LABEL_INDEX,
  MAX_LABEL_LENGTH,
  normalizeLabel,
  PAGE_LABELS,
} from '../../../lib/affise/page-labels';
import { loadFixture } from './load-fixture';

describe('PAGE_LABELS data', () => {
  it('gives every label text to exactly one field', () => {
    const all = PAGE_LABELS.flatMap((entry) => entry.labels.map(normalizeLabel));
    expect(new Set(all).size, 'a label text is listed under two fields').toBe(all.length);
    expect(LABEL_INDEX.size).toBe(all.length);
  });

  it('keeps every label within MAX_LABEL_LENGTH, which the reader uses to skip long texts', () => {
    for (const entry of PAGE_LABELS) {
      for (const label of entry.labels) {
        expect(
          normalizeLabel(label).length,
          `"${label}" is longer than MAX_LABEL_LENGTH`,
        ).toBeLessThanOrEqual(MAX_LABEL_LENGTH);
      }
    }
  });

  it.each([
    ['Tracking URL', 'tracking url'],
    ['  TRACKING \n   url  ', 'tracking url'],
    ['Goal value *', 'goal value'],
    ['S2S  (Postback):', 's2s (postback)'],
    ['Offer\u00a0ID :', 'offer id'],
  ])('normalizes %j to %j', (raw, normalized) => {
    expect(normalizeLabel(raw)).toBe(normalized);
  });
});

describe.each(AFFISE_FIXTURES)('labels on %s', (fixture) => {
  const counts = countLabelMatches(loadFixture(fixture));
  it.each(PAGE_LABELS.map((entry) => [entry.field, entry] as const))(
    '%s matches the expected number of label elements',
    (field, entry) => {
      expect(
        counts[field],
        `${fixture}: "${entry.labels.join('" / "')}" (${entry.where}) should match ${entry.expectedMatches[fixture]} label element(s); update the fixture or PAGE_LABELS.expectedMatches`,
      ).toBe(entry.expectedMatches[fixture]);
    },
  );
});

describe('fieldOfLabel: labels with qualifier words and punctuation', () => {
  it.each([
    ['Goal value *', 'goalValue'],
    ['Goal value:', 'goalValue'],
    ['Offer › Tracking URL *', 'trackingUrl'],
    ['S2S (Postback) URL:', 'postbackUrl'],
    ['Revenue (USD)', 'revenue'],
    ['Payout, USD', 'payout'],
    ['Total revenue', 'revenue'],
    ['Payout currency', 'currency'],
    ['Offer ID (read-only)', 'offerId'],
    ['Offer ID', 'offerId'],
  ])('%j labels %s', (text, field) => {
    expect(fieldOfLabel(text)?.field).toBe(field);
  });

  it.each([
    'Bundle ID',
    'Click ID',
    'Goal ID',
    'Install the tracking URL first, then come back',
    'Payout rules apply',
    'Revenue / Payout',
    'Tracking URL for each affiliate is different from the main one on this page',
  ])('%j labels no field', (text) => {
    expect(fieldOfLabel(text)).toBeUndefined();
  });
});
