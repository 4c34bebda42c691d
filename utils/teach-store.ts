import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import { z } from 'zod/mini';
import { hostnameOf } from '@/lib/affise/admin-host';
import { TAUGHT_CHANGED } from '@/lib/teach/taught-changed';
import {
  boundTaught,
  type ParsedTaught,
  parseTaughtLocators,
  type TaughtLocators,
  TaughtLocatorsSchema,
} from '@/lib/teach/taught-locators';
import { READER_FIELDS, type ReaderField, TEACHABLE_KEYS } from '@/lib/teach/teachable-fields';
import { splitUrl } from '@/lib/url/split-url';
import { defineStoredItem } from '@/utils/storage';

/**
 * Storage for taught fields. The taught map is read entry by entry (parseTaughtLocators): a bad
 * entry is moved to `taughtLocatorsSetAside` and reported in the options page, the rest stays.
 */

const taughtRaw = storage.defineItem<unknown>('local:taughtLocators', {
  version: 1,
  migrations: {},
});
/** Entries that failed validation, kept (bounded) so nothing vanishes without a trace. */
const setAside = storage.defineItem<Record<string, unknown>>('local:taughtLocatorsSetAside', {
  fallback: {},
});
const MAX_SET_ASIDE = 50;

/** Problems met reading the taught map since the background started; the options page shows them. */
const readProblems: string[] = [];
export function taughtProblems(): string[] {
  return [...readProblems];
}

export const TAUGHT_STORAGE_KEY = 'taughtLocators';

// Teaching in two tabs at once must not lose one of the two.
let queue: Promise<unknown> = Promise.resolve();
function serialized<T>(task: () => Promise<T>): Promise<T> {
  const run = queue.then(task, task);
  queue = run.catch(() => undefined);
  return run;
}

async function readTaught(): Promise<ParsedTaught> {
  const parsed = parseTaughtLocators(await taughtRaw.getValue());
  if (parsed.problems.length > 0) {
    readProblems.push(...parsed.problems);
    const kept = { ...(await setAside.getValue()), ...parsed.rejected };
    await setAside.setValue(Object.fromEntries(Object.entries(kept).slice(-MAX_SET_ASIDE)));
    await taughtRaw.setValue(parsed.value);
  }
  return parsed;
}

export async function getTaught(): Promise<TaughtLocators> {
  return (await readTaught()).value;
}

/** Read-modify-write of the taught map, serialized; the result is validated before it is stored. */
export function updateTaught(
  update: (taught: TaughtLocators) => TaughtLocators,
): Promise<TaughtLocators> {
  return serialized(async () => {
    const next = boundTaught(update((await readTaught()).value));
    await taughtRaw.setValue(TaughtLocatorsSchema.parse(next));
    void tellTabsTaughtChanged().catch(() => undefined);
    return next;
  });
}

/** Every tab's content scripts read their host's taught fields again (utils/taught-page.ts). */
async function tellTabsTaughtChanged(): Promise<void> {
  const tabs = await browser.tabs.query({}).catch(() => []);
  await Promise.all(
    tabs.map(async (tab) => {
      if (tab.id === undefined) return;
      try {
        await browser.tabs.sendMessage(tab.id, TAUGHT_CHANGED);
      } catch {
        // A tab without Postbridge's content scripts has no receiver; that is fine.
      }
    }),
  );
}

/** Tab id → the field its pick mode is teaching. Session storage: the worker may restart meanwhile. */
export const pendingPicks = defineStoredItem('session:pendingPicks', {
  schema: z.record(z.string(), z.enum(TEACHABLE_KEYS)),
  fallback: {},
});

const MAX_STATUS_TABS = 100;
const TaughtStatusSchema = z.object({
  host: z.string(),
  found: z.array(z.enum(READER_FIELDS)),
  lost: z.array(z.enum(READER_FIELDS)),
  at: z.number(),
});
export type TaughtStatus = z.infer<typeof TaughtStatusSchema>;

/** Tab id → how the last read in that tab used taught fields (for the popup's markers). */
export const taughtStatus = defineStoredItem('session:taughtStatus', {
  schema: z.record(z.string(), TaughtStatusSchema),
  fallback: {},
});

export function recordTaughtStatus(tabId: number | undefined, status: TaughtStatus): Promise<void> {
  if (tabId === undefined) return Promise.resolve();
  return serialized(async () => {
    const all = { ...(await taughtStatus.getValue()), [String(tabId)]: status };
    const newest = Object.entries(all)
      .sort(([, a], [, b]) => b.at - a.at)
      .slice(0, MAX_STATUS_TABS);
    await taughtStatus.setValue(Object.fromEntries(newest));
  });
}

/** Records how a read in tab `tabId` used the taught fields (nothing when none were tried). */
export function recordScanStatus(
  tabId: number | undefined,
  scan: { url: string; taught?: { found: ReaderField[]; lost: ReaderField[] } },
): Promise<void> {
  if (!scan.taught) return Promise.resolve();
  const host = hostnameOf(splitUrl(scan.url)?.host ?? '');
  return recordTaughtStatus(tabId, { host, ...scan.taught, at: Date.now() });
}
