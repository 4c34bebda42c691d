import { type StorageItemKey, storage } from 'wxt/utils/storage';
import type { z } from 'zod/mini';
import { errorMessage } from '@/lib/core/error-message';
import { describeZodIssues } from '@/utils/describe-zod-issues';
import {
  type EntryPath,
  type Repaired,
  repairEntries,
  type SetAsideEntry,
} from '@/utils/repair-entries';
import { recordSetAside } from '@/utils/set-aside';

export interface StoredItemOptions<S extends z.ZodMiniType> {
  /** Describes the current version's value; stored data is parsed with it on every read. */
  schema: S;
  /** Returned when nothing is stored, and what stands in for a value that cannot be repaired. */
  fallback: z.output<S>;
  /** Starts at 1; raise it together with a migration when the stored shape changes. */
  version?: number;
  /** `migrations[n]` turns a version n-1 value into a version n value. Its output is parsed too. */
  migrations?: Record<number, (oldValue: unknown) => unknown>;
  /**
   * Maps nested in the value whose entries are repaired one by one (`[['drafts']]` for the popup
   * state); the value's own top-level keys or indexes always are.
   */
  maps?: readonly EntryPath[];
  /** What the user calls this data ("stored offers"), for the sentence that reports a repair. */
  label?: string;
  /** Told, besides the console, when stored data was set aside or left untouched. */
  onInvalid?: (message: string) => void;
}

export interface StoredItem<T> {
  readonly key: StorageItemKey;
  readonly fallback: T;
  getValue(): Promise<T>;
  setValue(value: T): Promise<void>;
  removeValue(): Promise<void>;
  /** Calls back with the parsed new value (the fallback when it was removed or is invalid). */
  watch(callback: (newValue: T) => void): () => void;
}

function describeSetAside(label: string, entries: readonly SetAsideEntry[]): string {
  const whole = entries.find((e) => e.path.length === 0);
  if (whole) {
    return `The ${label} could not be read (${whole.reason}) and were set aside, so they start afresh. Export them from the options page, under "Set-aside data".`;
  }
  const names = entries
    .slice(0, 3)
    .map((e) => (e.path.length === 0 ? 'all of it' : e.path.join(' → ')))
    .join(', ');
  const more = entries.length > 3 ? ` and ${entries.length - 3} more` : '';
  const first = entries[0]?.reason ?? '';
  return `Some of the ${label} could not be read (${names}${more}: ${first}) and were set aside; everything else is kept. Export them from the options page, under "Set-aside data".`;
}

type WxtItem = ReturnType<typeof storage.defineItem<unknown>>;

/**
 * Whether the stored value was written by a newer version of Postbridge. Known after the first
 * read, so a write never waits for one (the popup writes as it closes).
 */
function newerVersionCheck(item: WxtItem, version: number): () => Promise<boolean> {
  let newer: boolean | undefined;
  return async () => {
    if (newer !== undefined) return newer;
    const meta: unknown = await item.getMeta();
    const v = typeof meta === 'object' && meta !== null ? Reflect.get(meta, 'v') : undefined;
    newer = typeof v === 'number' && v > version;
    return newer;
  };
}

/** Parses, then writes; a refused write (quota) becomes a sentence saying what to do. */
async function writeChecked(
  item: WxtItem,
  schema: z.ZodMiniType,
  value: unknown,
  label: string,
): Promise<void> {
  const result = schema.safeParse(value);
  if (!result.success) {
    throw new Error(
      `Refusing to store an invalid value in "${item.key}": ${describeZodIssues(result.error)}.`,
    );
  }
  try {
    await item.setValue(result.data);
  } catch (error) {
    throw new Error(
      `The ${label} could not be saved (${errorMessage(error)}). The browser's storage for Postbridge may be full: clear "Last runs" in the Dry run tab, then try again.`,
    );
  }
}

/** What reading and writing one stored item needs besides WXT's item. */
interface ItemContext<Value> {
  item: WxtItem;
  key: StorageItemKey;
  label: string;
  parseStored: (raw: unknown) => { ok: true; value: Value } | ({ ok: false } & Repaired<Value>);
  storedByNewerVersion: () => Promise<boolean>;
  report: (message: string) => void;
}

/**
 * Reads the item: a value set aside entry by entry is written back repaired, except when a newer
 * version wrote it, which is read as far as it parses, said once, and never written over.
 */
function readerOf<Value>(context: ItemContext<Value>): () => Promise<Value> {
  const { item, key, label, parseStored, storedByNewerVersion, report } = context;
  let downgradeReported = false;
  return async () => {
    const parsed = parseStored(await item.getValue());
    if (await storedByNewerVersion()) {
      if (!downgradeReported) {
        downgradeReported = true;
        report(
          `The ${label} were saved by a newer version of Postbridge; this version reads what it can and changes nothing. Update Postbridge to work with them again.`,
        );
      }
      return parsed.value;
    }
    if (parsed.ok) return parsed.value;
    await recordSetAside(key, parsed.setAside);
    await item.setValue(parsed.value);
    report(describeSetAside(label, parsed.setAside));
    return parsed.value;
  };
}

/**
 * A typed storage item on top of WXT's versioned storage. Stored data comes from older versions,
 * other tabs or hand edits in devtools, so it is parsed, never trusted. When it fails its schema,
 * the entries at fault are moved to the set-aside store (utils/set-aside.ts), where the user can
 * still export them, and the rest is kept (issue 10 §4). A value written by a newer version of
 * Postbridge is read as far as it parses and never written over.
 */
export function defineStoredItem<S extends z.ZodMiniType>(
  key: StorageItemKey,
  options: StoredItemOptions<S>,
): StoredItem<z.output<S>> {
  type Value = z.output<S>;
  const { schema, fallback } = options;
  const version = options.version ?? 1;
  const label = options.label ?? `data stored as "${key}"`;
  const item = storage.defineItem<unknown>(key, {
    version,
    // An empty map still makes WXT record the version, so a later migration knows where to start.
    migrations: options.migrations ?? {},
  });
  // Copies keep callers that mutate what they read from changing the shared fallback.
  const freshFallback = (): Value => structuredClone(fallback);
  const report = (message: string) => {
    console.warn(`[postbridge] "${key}": ${message}`);
    options.onInvalid?.(message);
  };

  const storedByNewerVersion = newerVersionCheck(item, version);
  const parseStored = (raw: unknown) => {
    if (raw === null || raw === undefined) return { ok: true as const, value: freshFallback() };
    return repairEntries(schema, raw, freshFallback(), options.maps);
  };

  return {
    key,
    fallback,
    getValue: readerOf<Value>({ item, key, label, parseStored, storedByNewerVersion, report }),
    async setValue(value) {
      if (await storedByNewerVersion()) {
        throw new Error(
          `The ${label} were saved by a newer version of Postbridge, so this version does not change them. Update Postbridge.`,
        );
      }
      await writeChecked(item, schema, value, label);
    },
    async removeValue() {
      await item.removeValue();
    },
    watch(callback) {
      return item.watch((newValue) => callback(parseStored(newValue).value));
    },
  };
}
