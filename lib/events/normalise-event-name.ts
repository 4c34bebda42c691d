import { EVENT_SYNONYMS, FILLER_WORDS, LEVEL_PATTERN, PLATFORM_WORDS } from './event-synonyms';

/** An event name or goal title reduced to what matching compares. */
export interface EventNameKey {
  /** Lowercase words, no punctuation, no filler or platform words. */
  words: string[];
  /** The words run together: "Sign-up", "sign up" and "SignUp" all give "signup". */
  compact: string;
  /** The synonym concept or "level N" it names, if any. */
  concept: string | null;
  /** "ios", "android", "web" when the name carries one. */
  platforms: string[];
}

const COMPACT_SYNONYMS: ReadonlyMap<string, string> = new Map(
  EVENT_SYNONYMS.flatMap(({ concept, names }) =>
    names.map((name) => [name.replace(/ /g, ''), concept] as const),
  ),
);

function conceptOf(compact: string): string | null {
  const level = LEVEL_PATTERN.exec(compact);
  if (level) return `level ${Number(level[1])}`;
  return COMPACT_SYNONYMS.get(compact) ?? null;
}

/** Case-, space-, punctuation- and accent-insensitive form of a name ("Sign_Up (iOS)" → sign up). */
export function normaliseEventName(text: string): EventNameKey {
  const all = text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    // Before camelCase is split: "iOS" is one word.
    .replace(/iOS/g, ' ios ')
    // camelCase and letter-digit runs are words of their own: "firstDeposit", "level10".
    .replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2')
    .replace(/(\p{L})(\d)/gu, '$1 $2')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word !== '');
  const platforms = all.filter((word) => PLATFORM_WORDS.has(word));
  const words = all.filter((word) => !PLATFORM_WORDS.has(word) && !FILLER_WORDS.has(word));
  const compact = words.join('');
  return { words, compact, concept: conceptOf(compact), platforms };
}
