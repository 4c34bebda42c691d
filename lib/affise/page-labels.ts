import { indexLabels, type LabelIndex, labelKeysIn, mayHoldWholeLabel } from '../page/label-words';

/**
 * Every label Postbridge looks for on Affise admin pages, in one place. Fields are found by the
 * label text a person sees (compared case- and whitespace-insensitively, trailing ":" and "*"
 * ignored), never by generated class names, which change with each Affise release.
 *
 * `expectedMatches` is how many label elements each committed fixture in test/fixtures/affise/
 * must contain; test/unit/affise/page-labels.test.ts fails when a fixture or a label changes and
 * the two drift apart. Keys are fixture file names; `#opened` is the lazy fixture after every tab
 * has been opened once.
 *
 * Layout source: https://help-center.affise.com/en/articles/7128128-offer-edit-page (General,
 * Tracking, Payouts and Postbacks tabs) and the integration article in ../shared/seeds.
 */
export type PageLabelField =
  | 'offerId'
  | 'title'
  | 'trackingUrl'
  | 'postbackUrl'
  | 'goalValue'
  | 'goalTitle'
  | 'revenue'
  | 'payout'
  | 'currency';

/** Fields that repeat once per payout row; the rest have one value per offer. */
export type PayoutField = 'goalValue' | 'goalTitle' | 'revenue' | 'payout' | 'currency';

export const AFFISE_FIXTURES = [
  'offer-all-tabs.html',
  'offer-lazy-tabs.html',
  'offer-lazy-tabs.html#opened',
  'offer-other-markup.html',
  'offers-list.html',
  'offer-no-postback.html',
  'offer-empty-tracking-url.html',
  'offer-table-layout.html',
  'offer-definition-lists.html',
  'offer-other-language.html',
] as const;
export type AffiseFixture = (typeof AFFISE_FIXTURES)[number];

export interface PageLabel {
  field: PageLabelField;
  /** Visible label texts, written as Affise shows them. */
  labels: readonly string[];
  /**
   * For short labels, the only qualifier words that keep their meaning ("Offer ID" is the offer's
   * id, "Bundle ID" is not); see lib/page/label-words.ts for how qualifiers are read.
   */
  onlyWith?: readonly string[];
  /** Where the page shows it. */
  where: string;
  /** `one`: the offer has one value; `each`: one value per payout row. */
  cardinality: 'one' | 'each';
  expectedMatches: Record<AffiseFixture, number>;
}

export const PAGE_LABELS: readonly PageLabel[] = [
  {
    field: 'offerId',
    labels: ['ID', 'Offer ID'],
    onlyWith: ['offer', 'affise', 'number', 'no'],
    where: 'Offer edit → General (also the first column of the offers list)',
    cardinality: 'one',
    expectedMatches: {
      'offer-all-tabs.html': 1,
      'offer-lazy-tabs.html': 1,
      'offer-lazy-tabs.html#opened': 1,
      'offer-other-markup.html': 1,
      'offers-list.html': 1,
      'offer-no-postback.html': 1,
      'offer-empty-tracking-url.html': 1,
      'offer-table-layout.html': 1,
      'offer-definition-lists.html': 1,
      'offer-other-language.html': 0,
    },
  },
  {
    field: 'title',
    labels: ['Title', 'Offer title'],
    onlyWith: ['offer', 'affise', 'public', 'full', 'name'],
    where: 'Offer edit → General → Title',
    cardinality: 'one',
    expectedMatches: {
      'offer-all-tabs.html': 1,
      'offer-lazy-tabs.html': 1,
      'offer-lazy-tabs.html#opened': 1,
      'offer-other-markup.html': 1,
      'offers-list.html': 1,
      'offer-no-postback.html': 1,
      'offer-empty-tracking-url.html': 1,
      'offer-table-layout.html': 1,
      'offer-definition-lists.html': 1,
      'offer-other-language.html': 0,
    },
  },
  {
    field: 'trackingUrl',
    labels: ['Tracking URL'],
    where: 'Offer edit → Tracking tab → Tracking URL',
    cardinality: 'one',
    expectedMatches: {
      'offer-all-tabs.html': 1,
      'offer-lazy-tabs.html': 0,
      'offer-lazy-tabs.html#opened': 1,
      'offer-other-markup.html': 1,
      'offers-list.html': 0,
      'offer-no-postback.html': 1,
      'offer-empty-tracking-url.html': 1,
      'offer-table-layout.html': 1,
      'offer-definition-lists.html': 1,
      'offer-other-language.html': 0,
    },
  },
  {
    field: 'postbackUrl',
    labels: ['S2S (Postback)', 'S2S postback'],
    where: 'Offer edit → Postbacks tab → Integration pixels → S2S (Postback)',
    cardinality: 'one',
    expectedMatches: {
      'offer-all-tabs.html': 1,
      'offer-lazy-tabs.html': 0,
      'offer-lazy-tabs.html#opened': 1,
      'offer-other-markup.html': 1,
      'offers-list.html': 0,
      'offer-no-postback.html': 0,
      'offer-empty-tracking-url.html': 1,
      'offer-table-layout.html': 1,
      'offer-definition-lists.html': 1,
      'offer-other-language.html': 0,
    },
  },
  {
    field: 'goalValue',
    labels: ['Goal value'],
    where: 'Offer edit → Payouts tab, one per payout row (a column header or a label per row)',
    cardinality: 'each',
    expectedMatches: {
      'offer-all-tabs.html': 1,
      'offer-lazy-tabs.html': 0,
      'offer-lazy-tabs.html#opened': 1,
      'offer-other-markup.html': 4,
      'offers-list.html': 0,
      'offer-no-postback.html': 1,
      'offer-empty-tracking-url.html': 1,
      'offer-table-layout.html': 1,
      'offer-definition-lists.html': 2,
      'offer-other-language.html': 0,
    },
  },
  {
    field: 'goalTitle',
    labels: ['Goal title', 'Goal name'],
    where: 'Offer edit → Payouts tab, beside each goal value',
    cardinality: 'each',
    expectedMatches: {
      'offer-all-tabs.html': 1,
      'offer-lazy-tabs.html': 0,
      'offer-lazy-tabs.html#opened': 1,
      'offer-other-markup.html': 4,
      'offers-list.html': 0,
      'offer-no-postback.html': 1,
      'offer-empty-tracking-url.html': 1,
      'offer-table-layout.html': 1,
      'offer-definition-lists.html': 2,
      'offer-other-language.html': 0,
    },
  },
  {
    field: 'revenue',
    labels: ['Revenue', 'Total'],
    where: 'Offer edit → Payouts tab: what the advertiser pays (API field `total`)',
    cardinality: 'each',
    expectedMatches: {
      'offer-all-tabs.html': 1,
      'offer-lazy-tabs.html': 0,
      'offer-lazy-tabs.html#opened': 1,
      'offer-other-markup.html': 4,
      'offers-list.html': 0,
      'offer-no-postback.html': 1,
      'offer-empty-tracking-url.html': 1,
      'offer-table-layout.html': 1,
      'offer-definition-lists.html': 2,
      'offer-other-language.html': 0,
    },
  },
  {
    field: 'payout',
    labels: ['Payout'],
    where: 'Offer edit → Payouts tab: what the affiliate earns (API field `revenue`)',
    cardinality: 'each',
    expectedMatches: {
      'offer-all-tabs.html': 1,
      'offer-lazy-tabs.html': 0,
      'offer-lazy-tabs.html#opened': 1,
      'offer-other-markup.html': 4,
      'offers-list.html': 0,
      'offer-no-postback.html': 1,
      'offer-empty-tracking-url.html': 1,
      'offer-table-layout.html': 1,
      'offer-definition-lists.html': 2,
      'offer-other-language.html': 0,
    },
  },
  {
    field: 'currency',
    labels: ['Currency'],
    where: 'Offer edit → Payouts tab (when shown apart from the amounts)',
    cardinality: 'each',
    expectedMatches: {
      'offer-all-tabs.html': 1,
      'offer-lazy-tabs.html': 0,
      'offer-lazy-tabs.html#opened': 1,
      'offer-other-markup.html': 0,
      'offers-list.html': 0,
      'offer-no-postback.html': 1,
      'offer-empty-tracking-url.html': 1,
      'offer-table-layout.html': 0,
      'offer-definition-lists.html': 0,
      'offer-other-language.html': 0,
    },
  },
];

/** Lower-case, one space between words, no trailing ":" or "*" (required-field markers). */
export function normalizeLabel(text: string): string {
  return text
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .replace(/[\s:*]+$/, '')
    .trim();
}

/** Normalised label text → the entry it belongs to. */
export const LABEL_INDEX: ReadonlyMap<string, PageLabel> = new Map(
  PAGE_LABELS.flatMap((entry) =>
    entry.labels.map((label) => [normalizeLabel(label), entry] as const),
  ),
);

/** Every label's words, for matching labels that carry qualifiers (`fieldOfLabel`). */
export const LABEL_WORD_INDEX: LabelIndex<PageLabel> = indexLabels(
  PAGE_LABELS.flatMap((entry) => entry.labels.map((label) => [entry, label] as const)),
  new Map(PAGE_LABELS.flatMap((entry) => (entry.onlyWith ? [[entry, entry.onlyWith]] : []))),
);

/**
 * The field a visible text labels, qualifiers and punctuation allowed ("Goal value *",
 * "Offer › Tracking URL", "Payout (USD)"). Undefined when it names none, or two fields equally.
 */
export function fieldOfLabel(text: string | null): PageLabel | undefined {
  // Every label holds its first word, and all its words: text without them is skipped before
  // normalising it (an exact match holds them too).
  if (text === null || !LABEL_WORD_INDEX.mayHoldLabel.test(text)) return undefined;
  if (!mayHoldWholeLabel(text, LABEL_WORD_INDEX)) return undefined;
  const exact = LABEL_INDEX.get(normalizeLabel(text));
  if (exact) return exact;
  const found = labelKeysIn(text, LABEL_WORD_INDEX);
  return found.length === 1 ? found[0] : undefined;
}

/** Longest label text, so the reader can skip long text nodes without normalising them. */
export const MAX_LABEL_LENGTH = 48;
