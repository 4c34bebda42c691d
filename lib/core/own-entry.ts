/**
 * `record[key]` for keys that come from input (a goal value, an offer key, a query parameter):
 * a plain object would answer `constructor` or `toString` with Object.prototype's members.
 */
export function ownEntry<T>(record: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}
