import { type StorageItemKey, storage } from 'wxt/utils/storage';
import type { z } from 'zod/mini';
import { describeZodIssues } from '@/utils/describe-zod-issues';

export interface StoredItemOptions<S extends z.ZodMiniType> {
  /** Describes the current version's value; stored data is parsed with it on every read. */
  schema: S;
  /** Returned when nothing is stored, and written in place of a value that fails `schema`. */
  fallback: z.output<S>;
  /** Starts at 1; raise it together with a migration when the stored shape changes. */
  version?: number;
  /** `migrations[n]` turns a version n-1 value into a version n value. Its output is parsed too. */
  migrations?: Record<number, (oldValue: unknown) => unknown>;
  /** Told, besides the console, when a stored value failed `schema` and was replaced. */
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

/**
 * A typed storage item on top of WXT's versioned storage. Stored data comes from older versions,
 * other tabs or hand edits in devtools, so it is parsed, never trusted: an invalid value is
 * reported and replaced by the fallback instead of crashing the page that reads it.
 */
export function defineStoredItem<S extends z.ZodMiniType>(
  key: StorageItemKey,
  options: StoredItemOptions<S>,
): StoredItem<z.output<S>> {
  type Value = z.output<S>;
  const { schema, fallback } = options;
  const item = storage.defineItem<unknown>(key, {
    version: options.version ?? 1,
    // An empty map still makes WXT record the version, so a later migration knows where to start.
    migrations: options.migrations ?? {},
  });
  // Copies keep callers that mutate what they read from changing the shared fallback.
  const freshFallback = (): Value => structuredClone(fallback);

  const parseStored = (raw: unknown): { valid: boolean; value: Value } => {
    if (raw === null || raw === undefined) return { valid: true, value: freshFallback() };
    const result = schema.safeParse(raw);
    if (result.success) return { valid: true, value: result.data };
    const message = `Stored value "${key}" does not match its schema (${describeZodIssues(result.error)}); using the default instead.`;
    console.warn(`[postbridge] ${message}`);
    options.onInvalid?.(message);
    return { valid: false, value: freshFallback() };
  };

  return {
    key,
    fallback,
    async getValue() {
      const { valid, value } = parseStored(await item.getValue());
      if (!valid) await item.setValue(value);
      return value;
    },
    async setValue(value) {
      const result = schema.safeParse(value);
      if (!result.success) {
        throw new Error(
          `Refusing to store an invalid value in "${key}": ${describeZodIssues(result.error)}.`,
        );
      }
      await item.setValue(result.data);
    },
    async removeValue() {
      await item.removeValue();
    },
    watch(callback) {
      return item.watch((newValue) => callback(parseStored(newValue).value));
    },
  };
}
