/**
 * Matching a visible label against known label texts when the page adds qualifier words or
 * punctuation around it ("Goal value *", "Offer › Tracking URL", "Payout (USD)", "1. Enter your
 * links"). Shared by the Affise reader (lib/affise/page-labels.ts) and the Adjust filler
 * (lib/adjust/encoding-tool-labels.ts), each with its own label lists.
 *
 * The rule follows how labels are written in English admin panels: qualifiers come before the head
 * noun ("Offer tracking URL", "Default payout"), and anything after it is set apart by punctuation
 * ("Payout, USD", "Tracking URL (required)"). A sentence that merely starts with a label ("Install
 * the SDK") is no label.
 */

/** One word of a text, and whether punctuation (not just a space) separates it from the previous one. */
export interface LabelWord {
  text: string;
  afterBreak: boolean;
}

/** At most this many words before and after the label itself. */
export const MAX_QUALIFIER_WORDS = 3;
/** Longer text is prose, not a label, whatever it contains. */
export const MAX_QUALIFIED_LABEL_LENGTH = 80;

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu;

/** Words of `text`, lower-cased, with apostrophes dropped ("client’s" → "clients"). */
export function labelWords(text: string): LabelWord[] {
  const words: LabelWord[] = [];
  let end = 0;
  for (const match of text.toLowerCase().matchAll(WORD)) {
    const between = text.slice(end, match.index);
    words.push({
      text: match[0].replace(/['’]/g, ''),
      afterBreak: words.length > 0 && /[^\s]/.test(between),
    });
    end = match.index + match[0].length;
  }
  return words;
}

export interface LabelIndex<K> {
  /** Label words of each known label, grouped by their first word. */
  byFirstWord: ReadonlyMap<string, readonly { key: K; words: readonly string[] }[]>;
  /**
   * Matches text holding the first word of some label: most page text does not, and this one test
   * is far cheaper than splitting it into words (the reader's budget is 5 ms on 10,000 elements).
   */
  mayHoldLabel: RegExp;
  /** Every label's words, each list once (see mayHoldWholeLabel). */
  wordLists: readonly (readonly string[])[];
  /**
   * The only words that may stand before a key's label, for labels that other words turn into
   * something else ("Offer ID" is the offer's id, "Bundle ID" is not). Keys not listed take any.
   */
  onlyWith: ReadonlyMap<K, ReadonlySet<string>>;
}

export function indexLabels<K>(
  entries: Iterable<readonly [K, string]>,
  onlyWith: ReadonlyMap<K, readonly string[]> = new Map(),
): LabelIndex<K> {
  const byFirstWord = new Map<string, { key: K; words: string[] }[]>();
  for (const [key, label] of entries) {
    const words = labelWords(label).map((w) => w.text);
    const first = words[0];
    if (first === undefined) continue;
    byFirstWord.set(first, [...(byFirstWord.get(first) ?? []), { key, words }]);
  }
  const wordLists = new Map<string, string[]>();
  for (const candidates of byFirstWord.values())
    for (const { words } of candidates) wordLists.set(words.join(' '), words);
  const firstWords = [...byFirstWord.keys()].map((word) => word.replace(/[^\p{L}\p{N}]/gu, ''));
  return {
    byFirstWord,
    mayHoldLabel: new RegExp(
      `(?<![\\p{L}\\p{N}])(?:${firstWords.join('|')})(?![\\p{L}\\p{N}])`,
      'iu',
    ),
    wordLists: [...wordLists.values()],
    onlyWith: new Map([...onlyWith].map(([key, words]) => [key, new Set(words)])),
  };
}

const APOSTROPHES = /['’]/g;

/**
 * Whether the text holds every word of some label somewhere, in any order: true whenever
 * labelKeysIn finds a label (a label's words are words of the lower-cased text with apostrophes
 * dropped, so substrings of it), and far cheaper than splitting the text into words. Page text
 * that names one word of a label ("Offer 12" in a list of offers) stops here.
 */
export function mayHoldWholeLabel<K>(text: string, index: LabelIndex<K>): boolean {
  let lower = text.toLowerCase();
  if (lower.includes("'") || lower.includes('’')) lower = lower.replace(APOSTROPHES, '');
  for (const words of index.wordLists) {
    let all = true;
    for (const word of words) {
      if (!lower.includes(word)) {
        all = false;
        break;
      }
    }
    if (all) return true;
  }
  return false;
}

function matchesAt(words: readonly LabelWord[], at: number, label: readonly string[]): boolean {
  for (let i = 0; i < label.length; i++) {
    if (words[at + i]?.text !== label[i]) return false;
  }
  return true;
}

/** Whether what sits around the label at [start, end) reads as qualifiers of that label. */
function qualifiersFit<K>(
  words: readonly LabelWord[],
  start: number,
  end: number,
  key: K,
  index: LabelIndex<K>,
): boolean {
  if (start > MAX_QUALIFIER_WORDS || words.length - end > MAX_QUALIFIER_WORDS) return false;
  if (end < words.length && !words[end]?.afterBreak) return false;
  const allowed = index.onlyWith.get(key);
  if (!allowed) return true;
  // Words after the label are set apart by punctuation ("ID (read-only)"): only those before it
  // can turn it into another thing's label.
  return words.every((word, i) => i >= start || allowed.has(word.text));
}

/**
 * The keys whose label the text shows, qualifiers allowed: the longest label wins, and keys tied
 * on it are all returned (two lists may share a label on purpose). Empty when none fits.
 */
export function labelKeysIn<K>(text: string | null | undefined, index: LabelIndex<K>): K[] {
  if (!text || text.length > MAX_QUALIFIED_LABEL_LENGTH * 2) return [];
  const trimmed = text.trim();
  if (trimmed === '' || trimmed.length > MAX_QUALIFIED_LABEL_LENGTH) return [];
  if (!index.mayHoldLabel.test(trimmed.replace(/['’]/g, ''))) return [];
  if (!mayHoldWholeLabel(trimmed, index)) return [];
  const words = labelWords(trimmed);
  let best: K[] = [];
  let bestLength = 0;
  for (let at = 0; at < words.length; at++) {
    for (const candidate of index.byFirstWord.get(words[at]?.text ?? '') ?? []) {
      const length = candidate.words.length;
      if (length < bestLength || !matchesAt(words, at, candidate.words)) continue;
      if (!qualifiersFit(words, at, at + length, candidate.key, index)) continue;
      if (length > bestLength) best = [];
      bestLength = length;
      if (!best.includes(candidate.key)) best.push(candidate.key);
    }
  }
  return best;
}
