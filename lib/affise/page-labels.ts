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
] as const;
export type AffiseFixture = (typeof AFFISE_FIXTURES)[number];

export interface PageLabel {
  field: PageLabelField;
  /** Visible label texts, written as Affise shows them. */
  labels: readonly string[];
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
    },
  },
  {
    field: 'title',
    labels: ['Title', 'Offer title'],
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

/** Longest label text, so the reader can skip long text nodes without normalising them. */
export const MAX_LABEL_LENGTH = 48;

/**
 * The first two letters of every label, lower-cased. Most text on a page starts otherwise, and
 * this check costs far less than normalising the text (the 5 ms budget on 10,000-element pages).
 */
export const LABEL_PREFIXES: ReadonlySet<string> = new Set(
  [...LABEL_INDEX.keys()].map((label) => label.slice(0, 2)),
);
