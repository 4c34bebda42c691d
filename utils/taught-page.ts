import { browser } from 'wxt/browser';
import type { TaughtFillerLocators } from '@/lib/adjust/apply-taught-fields';
import type { TaughtReaderLocators } from '@/lib/affise/read-taught-fields';
import type { FieldLocator } from '@/lib/page/locator';
import { TAUGHT_CHANGED } from '@/lib/teach/taught-changed';
import { FILLER_FIELDS, READER_FIELDS } from '@/lib/teach/teachable-fields';

/**
 * Content-script side of taught fields: asks the background for the locators of this page's host
 * (the background takes the host from the sender and validated every entry when it read storage),
 * and tells when they change. No zod here: the Affise script must stay within its size budget.
 */
export type PageLocators = Record<string, FieldLocator>;

function locatorsOf(reply: unknown): PageLocators {
  if (typeof reply !== 'object' || reply === null || !('ok' in reply) || reply.ok !== true)
    return {};
  const data = 'data' in reply ? reply.data : null;
  if (typeof data !== 'object' || data === null || !('locators' in data)) return {};
  const locators = data.locators;
  return typeof locators === 'object' && locators !== null ? (locators as PageLocators) : {};
}

/** The taught locators for this page's host; none when the background cannot be reached. */
export async function fetchPageTaught(): Promise<PageLocators> {
  try {
    return locatorsOf(await browser.runtime.sendMessage({ type: 'getPageTaught' }));
  } catch {
    return {};
  }
}

function pick<F extends string>(all: PageLocators, site: string, fields: readonly F[]) {
  const out: Partial<Record<F, FieldLocator>> = {};
  for (const field of fields) {
    const locator = all[`${site}.${field}`];
    if (locator) out[field] = locator;
  }
  return out;
}

export function readerLocators(all: PageLocators): TaughtReaderLocators {
  return pick(all, 'affise', READER_FIELDS);
}

export function fillerLocators(all: PageLocators): TaughtFillerLocators {
  return pick(all, 'adjust', FILLER_FIELDS);
}

/**
 * Calls back when a user teaches, removes or imports a field (the background says so: storage.local
 * is closed to content scripts), or the company setup changes (managed storage stays visible).
 */
export function onTaughtChange(callback: () => void): () => void {
  const fromStorage = (changes: Record<string, unknown>, area: string) => {
    if ((area === 'local' || area === 'managed') && 'taughtLocators' in changes) callback();
  };
  const fromBackground = (message: unknown, sender: { id?: string }) => {
    const isNotice =
      typeof message === 'object' &&
      message !== null &&
      'type' in message &&
      message.type === TAUGHT_CHANGED.type;
    if (isNotice && sender.id === browser.runtime.id) callback();
    return undefined;
  };
  browser.storage.onChanged.addListener(fromStorage);
  browser.runtime.onMessage.addListener(fromBackground);
  return () => {
    browser.storage.onChanged.removeListener(fromStorage);
    browser.runtime.onMessage.removeListener(fromBackground);
  };
}
