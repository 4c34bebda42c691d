import { browser } from 'wxt/browser';
import { z } from 'zod/mini';
import { errorMessage } from '@/lib/core/error-message';
import type { ImportSetupResponse } from '@/lib/messages/teach';
import { PAGE_REPORT_TITLE, withReason } from '@/lib/teach/page-report';
import {
  mergeSetup,
  parseSetupFile,
  type SetupData,
  type SetupEntrySchemas,
  setupFile,
} from '@/lib/teach/setup-file';
import { MessageError } from '@/utils/message-failure';
import type { Handlers } from '@/utils/messaging';
import { adminDomains } from '@/utils/offer-store';
import {
  type AppTokens,
  AppTokensSchema,
  DraftSchema,
  emptyDraft,
  MAX_DRAFTS,
  MAX_REMEMBERED_APPS,
  popupState,
  TYPED_DRAFT_KEY,
  tokenMemory,
} from '@/utils/popup-state';
import { requireExtensionPage } from '@/utils/sender';
import { getTaught, updateTaught } from '@/utils/teach-store';

/** The page-report script (entrypoints/page-report.content.ts). */
export const PAGE_REPORT_SCRIPT_FILE = '/content-scripts/page-report.js';

const ReportSchema = z.string().check(z.maxLength(200_000));

/** What of an offer's draft the team shares: how its link is treated, not what was typed. */
const LinkChoicesSchema = z.pick(DraftSchema, {
  linkKind: true,
  mergeSharedTokens: true,
  sharedMacros: true,
});
type LinkChoices = z.infer<typeof LinkChoicesSchema>;
type Setup = SetupData<AppTokens, LinkChoices>;

const SCHEMAS: SetupEntrySchemas<AppTokens, LinkChoices> = {
  tokens: AppTokensSchema,
  choices: LinkChoicesSchema,
};

async function localSetup(): Promise<Setup> {
  const [domains, taught, memory, state] = await Promise.all([
    adminDomains.getValue(),
    getTaught(),
    tokenMemory.getValue(),
    popupState.getValue(),
  ]);
  const linkChoices: Record<string, LinkChoices> = {};
  for (const [key, draft] of Object.entries(state.drafts)) {
    if (key === TYPED_DRAFT_KEY) continue;
    const { linkKind, mergeSharedTokens, sharedMacros } = draft;
    linkChoices[key] = { linkKind, mergeSharedTokens, sharedMacros };
  }
  return { adminDomains: domains, taughtLocators: taught, tokenMemory: memory, linkChoices };
}

function combineTokens(local: AppTokens, incoming: AppTokens): AppTokens {
  return {
    installGoal: incoming.installGoal ?? local.installGoal,
    tokens: { ...local.tokens, ...incoming.tokens },
    updatedAt: Math.max(local.updatedAt, incoming.updatedAt),
  };
}

/** Writes the merged setup; entries over a storage limit are left out and named. */
async function store(merged: Setup, problems: string[]): Promise<void> {
  await adminDomains.setValue(merged.adminDomains);
  await updateTaught(() => merged.taughtLocators);
  const apps = Object.entries(merged.tokenMemory);
  if (apps.length > MAX_REMEMBERED_APPS) {
    problems.push(
      `Only ${MAX_REMEMBERED_APPS} apps' event tokens are kept; the least recently used were left out.`,
    );
  }
  const newest = apps
    .sort(([, a], [, b]) => b.updatedAt - a.updatedAt)
    .slice(0, MAX_REMEMBERED_APPS);
  await tokenMemory.setValue(Object.fromEntries(newest));
  const state = await popupState.getValue();
  const drafts = { ...state.drafts };
  for (const [key, choices] of Object.entries(merged.linkChoices)) {
    if (!drafts[key] && Object.keys(drafts).length >= MAX_DRAFTS) {
      problems.push(
        `Link choices for offer ${key} were left out: Postbridge keeps at most ${MAX_DRAFTS} offers' choices.`,
      );
      continue;
    }
    drafts[key] = { ...(drafts[key] ?? emptyDraft()), ...choices };
  }
  await popupState.setValue({ ...state, drafts });
}

async function importSetup(json: string, apply: boolean): Promise<ImportSetupResponse> {
  const parsed = parseSetupFile(json, SCHEMAS);
  if (!parsed.ok) return { ok: false, message: parsed.message };
  const { merged, changes, problems } = mergeSetup(await localSetup(), parsed.data, combineTokens);
  const all = [...parsed.problems, ...problems];
  if (apply) await store(merged, all);
  return { ok: true, changes, problems: all, applied: apply };
}

export function createSetupHandlers(
  now: () => Date,
): Pick<Handlers, 'exportSetup' | 'importSetup' | 'pageReport'> {
  return {
    async exportSetup(_request, sender) {
      requireExtensionPage(sender);
      return { json: JSON.stringify(setupFile(await localSetup(), now().toISOString()), null, 2) };
    },

    async importSetup(request, sender) {
      requireExtensionPage(sender);
      return importSetup(request.json, request.apply);
    },

    async pageReport(request, sender) {
      requireExtensionPage(sender);
      let result: unknown;
      try {
        const [first] = await browser.scripting.executeScript({
          target: { tabId: request.tabId },
          files: [PAGE_REPORT_SCRIPT_FILE],
        });
        result = first?.result;
      } catch (error) {
        throw new MessageError(
          'cannot-read-tab',
          `Postbridge cannot look at this tab (${errorMessage(error)}). Open the page in this tab and try again.`,
        );
      }
      const report = ReportSchema.safeParse(result);
      if (!report.success || !report.data.startsWith(PAGE_REPORT_TITLE)) {
        throw new MessageError(
          'cannot-read-tab',
          'The page gave no report. Reload it and try again.',
        );
      }
      return { report: withReason(report.data, request.reason) };
    },
  };
}
