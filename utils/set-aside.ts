import { storage } from 'wxt/utils/storage';
import { z } from 'zod/mini';
import type { SetAsideEntry } from '@/utils/repair-entries';

/**
 * Stored entries that failed their schema, kept as they were so nothing is silently deleted
 * (issue 10 §4): the options page lists them and exports them as JSON. Not a defineStoredItem
 * itself, which would report its own problems here.
 */
export const SetAsideRecordSchema = z.object({
  /** The storage item it came from, e.g. `local:affiseOffers`. */
  item: z.string(),
  path: z.array(z.union([z.string(), z.number()])),
  value: z.unknown(),
  reason: z.string(),
  at: z.string(),
});
export type SetAsideRecord = z.infer<typeof SetAsideRecordSchema>;

/** The newest records kept; each is one entry, so this bounds the store. */
export const MAX_SET_ASIDE = 50;
/** A record's value is kept whole up to this many characters of JSON, else as a truncated text. */
const MAX_VALUE_CHARS = 100_000;

const item = storage.defineItem<unknown>('local:setAside');

export async function listSetAside(): Promise<SetAsideRecord[]> {
  const parsed = z.array(SetAsideRecordSchema).safeParse(await item.getValue());
  return parsed.success ? parsed.data : [];
}

function bounded(value: unknown): unknown {
  const text = JSON.stringify(value) ?? 'undefined';
  return text.length <= MAX_VALUE_CHARS
    ? value
    : `${text.slice(0, MAX_VALUE_CHARS)}… (cut at ${MAX_VALUE_CHARS.toLocaleString('en')} characters)`;
}

export async function recordSetAside(
  itemKey: string,
  entries: readonly SetAsideEntry[],
  now = new Date(),
): Promise<void> {
  if (entries.length === 0) return;
  const added = entries.map(
    (entry): SetAsideRecord => ({
      item: itemKey,
      path: [...entry.path],
      value: bounded(entry.value),
      reason: entry.reason,
      at: now.toISOString(),
    }),
  );
  const kept = [...added, ...(await listSetAside())].slice(0, MAX_SET_ASIDE);
  await item.setValue(kept);
}

export async function clearSetAside(): Promise<void> {
  await item.removeValue();
}
