import { browser } from 'wxt/browser';
import { errorMessage } from '@/lib/core/error-message';
import type { TaughtList, TaughtRow, TeachState } from '@/lib/messages/teach';
import type { FieldLocator } from '@/lib/page/locator';
import type { TaughtHost, TaughtLocators } from '@/lib/teach/taught-locators';
import { siteOfHost, type TeachableField, teachableField } from '@/lib/teach/teachable-fields';
import { readManagedSetup } from '@/utils/managed-setup';
import { MessageError } from '@/utils/message-failure';
import type { Handlers } from '@/utils/messaging';
import { hostOfTab, requireContentScript, requireExtensionPage } from '@/utils/sender';
import {
  getTaught,
  pendingPicks,
  taughtProblems,
  taughtStatus,
  updateTaught,
} from '@/utils/teach-store';

/** The pick-mode script (entrypoints/pick.content.ts), injected on "Show me where it is". */
export const PICK_SCRIPT_FILE = '/content-scripts/pick.js';

type TeachHandlerName =
  | 'getPageTaught'
  | 'startTeach'
  | 'getPick'
  | 'saveTaught'
  | 'cancelPick'
  | 'getTeachState'
  | 'listTaught'
  | 'forgetTaught'
  | 'reteach';
export type TeachHandlers = Pick<Handlers, TeachHandlerName>;

function nameOf(field: TeachableField): string {
  return teachableField(field)?.name ?? field;
}

function rowsOf(host: TaughtHost | undefined, managed: boolean): TaughtRow[] {
  return (Object.entries(host ?? {}) as [TeachableField, { taughtAt: string }][]).map(
    ([field, entry]) => ({ field, name: nameOf(field), taughtAt: entry.taughtAt, managed }),
  );
}

/** What one host uses: the user's teaching, with the company's (managed) entries winning. */
async function effectiveRows(host: string): Promise<TaughtRow[]> {
  const [local, managed] = await Promise.all([getTaught(), readManagedSetup()]);
  const managedRows = rowsOf(managed.taughtLocators[host], true);
  const managedFields = new Set(managedRows.map((row) => row.field));
  return [
    ...managedRows,
    ...rowsOf(local[host], false).filter((row) => !managedFields.has(row.field)),
  ];
}

async function effectiveLocators(host: string): Promise<Record<string, FieldLocator>> {
  const [local, managed] = await Promise.all([getTaught(), readManagedSetup()]);
  const out: Record<string, FieldLocator> = {};
  for (const source of [local[host], managed.taughtLocators[host]]) {
    for (const [field, entry] of Object.entries(source ?? {}))
      if (entry) out[field] = entry.locator;
  }
  return out;
}

async function isManaged(host: string, field: TeachableField): Promise<boolean> {
  return (await readManagedSetup()).taughtLocators[host]?.[field] !== undefined;
}

async function setPending(tabId: number, field: TeachableField | null): Promise<void> {
  const { [String(tabId)]: _old, ...rest } = await pendingPicks.getValue();
  await pendingPicks.setValue(field === null ? rest : { ...rest, [String(tabId)]: field });
}

/** Puts tab `tabId` into pick mode for `field`. */
async function startTeach(tabId: number, field: TeachableField) {
  const host = await hostOfTab(tabId);
  if (host && (await isManaged(host, field))) {
    return {
      ok: false as const,
      message: `Your company set where “${nameOf(field)}” is on ${host}; it cannot be changed here. Ask whoever manages Postbridge for your team.`,
    };
  }
  await setPending(tabId, field);
  try {
    await browser.scripting.executeScript({ target: { tabId }, files: [PICK_SCRIPT_FILE] });
  } catch (error) {
    await setPending(tabId, null);
    return {
      ok: false as const,
      message: `Postbridge cannot show the pick mode on this tab (${errorMessage(error)}): open the Affise or Adjust page in this tab, then open Postbridge from its toolbar button and try again.`,
    };
  }
  return {
    ok: true as const,
    message: `On the page, click the “${nameOf(field)}” field (or move to it with Tab and press Enter). Esc cancels.`,
  };
}

async function listTaught(): Promise<TaughtList> {
  const [local, managed] = await Promise.all([getTaught(), readManagedSetup()]);
  const hosts = [
    ...new Set([...Object.keys(managed.taughtLocators), ...Object.keys(local)]),
  ].sort();
  return {
    hosts: await Promise.all(
      hosts.map(async (host) => ({ host, rows: await effectiveRows(host) })),
    ),
    managedDomains: managed.adminDomains,
    problems: [...taughtProblems(), ...managed.problems],
  };
}

function withoutField(taught: TaughtLocators, host: string, field: TeachableField): TaughtLocators {
  const { [field]: _gone, ...rest } = taught[host] ?? {};
  const { [host]: _host, ...others } = taught;
  return Object.keys(rest).length === 0 ? others : { ...others, [host]: rest };
}

async function findTabOf(host: string): Promise<number | null> {
  const tabs = await browser.tabs.query({ url: [`*://${host}/*`] }).catch(() => []);
  const tab = tabs.find((t) => t.id !== undefined);
  if (!tab?.id) return null;
  await browser.tabs.update(tab.id, { active: true });
  if (tab.windowId !== undefined) await browser.windows.update(tab.windowId, { focused: true });
  return tab.id;
}

/** What a page's scripts ask: the taught locators for their host, and the pick-mode round trip. */
function pageHandlers(now: () => Date) {
  return {
    async getPageTaught(_request, sender) {
      const { host } = requireContentScript(sender);
      return { host, locators: await effectiveLocators(host) };
    },

    async startTeach(request, sender) {
      requireExtensionPage(sender);
      return startTeach(request.tabId, request.field);
    },

    async getPick(_request, sender) {
      const { tabId } = requireContentScript(sender);
      const field = (await pendingPicks.getValue())[String(tabId)];
      const info = field ? teachableField(field) : undefined;
      return info ? { field: info.key, name: info.name, many: info.many } : null;
    },

    async saveTaught(request, sender) {
      const { tabId, host } = requireContentScript(sender);
      if ((await pendingPicks.getValue())[String(tabId)] !== request.field) {
        throw new MessageError(
          'not-teaching',
          `This tab is not teaching “${nameOf(request.field)}”; start again from Postbridge.`,
        );
      }
      const entry = { locator: request.locator, taughtAt: now().toISOString() };
      await updateTaught((taught) => ({
        ...taught,
        [host]: { ...taught[host], [request.field]: entry },
      }));
      await setPending(tabId, null);
      return {
        ok: true,
        message: `Postbridge will look for “${nameOf(request.field)}” there on ${host} from now on.`,
      };
    },

    async cancelPick(_request, sender) {
      const { tabId } = requireContentScript(sender);
      await setPending(tabId, null);
      return {};
    },
  } satisfies Partial<TeachHandlers>;
}

/** What the popup and the options page ask: the state per tab and host, remove, re-teach. */
function setupHandlers() {
  return {
    async getTeachState(request, sender): Promise<TeachState> {
      requireExtensionPage(sender);
      const host = await hostOfTab(request.tabId);
      const status = (await taughtStatus.getValue())[String(request.tabId)];
      const current = status && status.host === host ? status : undefined;
      return {
        host,
        site: siteOfHost(host ?? ''),
        taught: host ? await effectiveRows(host) : [],
        found: current?.found ?? [],
        lost: current?.lost ?? [],
      };
    },

    async listTaught(_request, sender) {
      requireExtensionPage(sender);
      return listTaught();
    },

    async forgetTaught(request, sender) {
      requireExtensionPage(sender);
      if (await isManaged(request.host, request.field)) {
        throw new MessageError(
          'managed',
          `Your company set “${nameOf(request.field)}” on ${request.host}; it cannot be removed here.`,
        );
      }
      await updateTaught((taught) => withoutField(taught, request.host, request.field));
      return listTaught();
    },

    async reteach(request, sender) {
      requireExtensionPage(sender);
      const tabId = await findTabOf(request.host);
      if (tabId === null) {
        return {
          ok: false,
          message: `No open tab shows ${request.host}: open the page with “${nameOf(request.field)}” there, then press Re-teach again.`,
        };
      }
      return startTeach(tabId, request.field);
    },
  } satisfies Partial<TeachHandlers>;
}

export function createTeachHandlers(now: () => Date): TeachHandlers {
  return { ...pageHandlers(now), ...setupHandlers() };
}
