/**
 * How many cases a fast-check property tries. `npm test` runs a quarter of the written number with
 * a fixed seed, so its time does not depend on luck on a loaded 2-core machine; `npm run
 * test:properties` runs four times the written number with a fresh seed to search harder.
 * PROPERTY_SCALE and PROPERTY_SEED set either by hand.
 */
const scale = Number(process.env.PROPERTY_SCALE ?? '0.25');

export function runs(written: number): number {
  return Math.max(20, Math.round(written * (Number.isFinite(scale) && scale > 0 ? scale : 1)));
}

/** The seed for every property in this run: fixed unless PROPERTY_FRESH_SEED asks for a new one. */
export function propertySeed(): number | undefined {
  if (process.env.PROPERTY_SEED) return Number(process.env.PROPERTY_SEED);
  return process.env.PROPERTY_FRESH_SEED ? undefined : 20261130;
}
