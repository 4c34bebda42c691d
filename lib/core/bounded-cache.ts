/**
 * `compute`, remembered for at most `max` keys. Only for pure functions, so a remembered result
 * changes no output; the bound keeps a long-lived service worker from growing it without limit.
 * When full it is emptied at once rather than evicting one entry: the hot paths that use it ask
 * about a handful of keys, and clearing costs nothing per call. `compute` never returns undefined,
 * which marks a key not seen yet (one map lookup per call on the hot path).
 */
export function boundedMemo<K, V extends NonNullable<unknown> | null>(
  compute: (key: K) => V,
  max: number,
): (key: K) => V {
  const known = new Map<K, V>();
  return (key: K): V => {
    let value = known.get(key);
    if (value === undefined) {
      value = compute(key);
      if (known.size >= max) known.clear();
      known.set(key, value);
    }
    return value;
  };
}
