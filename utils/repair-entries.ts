import type { z } from 'zod/mini';

/**
 * Entry-by-entry repair of a stored value that failed its schema (issue 10 §4): one bad offer must
 * not cost the other offers, one over-long API key must not cost the API host. Pure: storage.ts
 * does the reading, writing and reporting.
 */

export type EntryPath = readonly (string | number)[];

export interface SetAsideEntry {
  /** Where the entry sat, e.g. `["rocketcompany/12"]` or `["drafts", "net/7"]`. */
  path: EntryPath;
  /** The entry exactly as it was stored. */
  value: unknown;
  /** What is wrong with it, as zod said it. */
  reason: string;
}

export interface Repaired<T> {
  value: T;
  setAside: SetAsideEntry[];
}

type Container = Record<string, unknown> | unknown[];

function isContainer(value: unknown): value is Container {
  return typeof value === 'object' && value !== null;
}

function childOf(value: unknown, key: string | number): unknown {
  if (!isContainer(value)) return undefined;
  return Object.hasOwn(value, key) ? (value as Record<string, unknown>)[key] : undefined;
}

/**
 * The entry an issue belongs to: `prefix + [next key]` when its path runs through one of `maps`
 * (a map nested in the value, such as the popup's drafts), else the top-level key.
 */
function entryOf(path: readonly PropertyKey[], maps: readonly EntryPath[]): EntryPath | null {
  const keys = path.filter((k): k is string | number => typeof k !== 'symbol');
  for (const map of maps) {
    if (keys.length > map.length && map.every((k, i) => keys[i] === k)) {
      return keys.slice(0, map.length + 1);
    }
  }
  return keys.length > 0 ? keys.slice(0, 1) : null;
}

/** A copy of `root` without the entry at `path`; a top-level field of an object takes `fallback`'s. */
function without(root: unknown, path: EntryPath, fallback: unknown): unknown {
  const [key, ...rest] = path;
  if (key === undefined || !isContainer(root)) return root;
  if (rest.length > 0) {
    const copy: Container = Array.isArray(root) ? [...root] : { ...root };
    (copy as Record<string | number, unknown>)[key] = without(
      childOf(root, key),
      rest,
      childOf(fallback, key),
    );
    return copy;
  }
  if (Array.isArray(root)) return root.filter((_, i) => i !== key);
  const replacement = childOf(fallback, key);
  const { [key]: _dropped, ...others } = root;
  return replacement === undefined ? others : { ...others, [key]: replacement };
}

type Issue = { readonly path: readonly PropertyKey[]; readonly message: string };
type Blamed = { entries: EntryPath[]; reasons: Map<string, string> };

/**
 * The entries the issues point into, each with its first issue's message as its reason, or `whole`
 * (that issue's message) when an issue is about the value as a whole.
 */
function blamedEntries(
  issues: readonly Issue[],
  maps: readonly EntryPath[],
): Blamed | { whole: string } {
  const entries: EntryPath[] = [];
  const reasons = new Map<string, string>();
  for (const issue of issues) {
    const entry = entryOf(issue.path, maps);
    if (entry === null) return { whole: issue.message };
    const id = JSON.stringify(entry);
    if (!reasons.has(id)) {
      entries.push(entry);
      const inside = issue.path.slice(entry.length).map(String);
      reasons.set(id, inside.length > 0 ? `${inside.join('.')}: ${issue.message}` : issue.message);
    }
  }
  return { entries, reasons };
}

/** `candidate` without the blamed entries; each one that was stored is recorded in `setAside`. */
function removeEntries(
  candidate: unknown,
  { entries, reasons }: Blamed,
  fallback: unknown,
  setAside: SetAsideEntry[],
): unknown {
  // Highest array index first, so removing one does not shift the next.
  entries.sort((a, b) => Number(b.at(-1)) - Number(a.at(-1)) || 0);
  let rest = candidate;
  for (const entry of entries) {
    let stored: unknown = rest;
    for (const key of entry) stored = childOf(stored, key);
    if (stored !== undefined) {
      setAside.push({
        path: entry,
        value: stored,
        reason: reasons.get(JSON.stringify(entry)) ?? '',
      });
    }
    rest = without(rest, entry, fallback);
  }
  return rest;
}

/**
 * Parses `raw`; when it fails, sets aside each entry an issue points into and parses again, until
 * the rest is valid. An issue about the value as a whole (no entry to blame) sets the whole value
 * aside and returns `fallback`. Entries whose stored value is missing are replaced, not recorded.
 */
export function repairEntries<S extends z.ZodMiniType>(
  schema: S,
  raw: unknown,
  fallback: z.output<S>,
  maps: readonly EntryPath[] = [],
): { ok: true; value: z.output<S> } | ({ ok: false } & Repaired<z.output<S>>) {
  const setAside: SetAsideEntry[] = [];
  const tried = new Set<string>();
  let candidate = raw;
  // Each round removes at least one entry, so this ends; the bound only guards against a schema
  // that keeps reporting an entry already removed.
  for (let round = 0; round < 10_000; round++) {
    const result = schema.safeParse(candidate);
    if (result.success) {
      return round === 0
        ? { ok: true, value: result.data }
        : { ok: false, value: result.data, setAside };
    }
    const blamed = blamedEntries(result.error.issues, maps);
    if ('whole' in blamed) {
      return {
        ok: false,
        value: fallback,
        setAside: [{ path: [], value: raw, reason: blamed.whole }],
      };
    }
    if (blamed.entries.some((entry) => tried.has(JSON.stringify(entry)))) break;
    for (const entry of blamed.entries) tried.add(JSON.stringify(entry));
    candidate = removeEntries(candidate, blamed, fallback, setAside);
  }
  return {
    ok: false,
    value: fallback,
    setAside: [{ path: [], value: raw, reason: 'it could not be repaired' }],
  };
}
