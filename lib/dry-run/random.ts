/**
 * A small seeded generator (mulberry32). The dry-run never calls Math.random, so a scenario and
 * its seed always give the same click id, transaction ids and {rand} values: runs can be diffed,
 * stored and asserted on.
 */
export interface SeededRandom {
  /** A float in [0, 1). */
  next(): number;
  /** `length` lowercase hex characters: Affise click and transaction ids are 24. */
  hex(length: number): string;
  /** An integer in [min, max]. */
  int(min: number, max: number): number;
  /** A version-4 UUID (`9cdf32d5-124e-4e06-b25b-4c92d3cec9dc`): Affise's {rand}. */
  uuid(): string;
}

/** Two lowercase hex digits per byte value: a run draws a dozen ids, and toString(16) + padStart allocated per word. */
const BYTE_HEX = Array.from({ length: 256 }, (_, b) => b.toString(16).padStart(2, '0'));

/** `word` (an integer in [0, 2^32)) as 8 lowercase hex digits: `word.toString(16).padStart(8, '0')`. */
export function hexWord(word: number): string {
  return (
    (BYTE_HEX[word >>> 24] as string) +
    (BYTE_HEX[(word >>> 16) & 0xff] as string) +
    (BYTE_HEX[(word >>> 8) & 0xff] as string) +
    (BYTE_HEX[word & 0xff] as string)
  );
}

export function seededRandom(seed: number): SeededRandom {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  return {
    next,
    hex(length) {
      let out = '';
      while (out.length < length) out += hexWord(Math.floor(next() * 0x1_0000_0000));
      return out.length === length ? out : out.slice(0, length);
    },
    int(min, max) {
      return min + Math.floor(next() * (max - min + 1));
    },
    uuid() {
      const h = this.hex(32);
      const variant = '89ab'[Number.parseInt(h.charAt(16), 16) & 3];
      return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`;
    },
  };
}
