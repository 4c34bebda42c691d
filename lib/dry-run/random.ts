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
      while (out.length < length)
        out += Math.floor(next() * 0x1_0000_0000)
          .toString(16)
          .padStart(8, '0');
      return out.slice(0, length);
    },
    int(min, max) {
      return min + Math.floor(next() * (max - min + 1));
    },
  };
}
