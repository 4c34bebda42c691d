import { z } from 'zod/mini';
import { MAX_GOALS_PER_OFFER } from '@/lib/affise/offer';
import { ownEntry } from '@/lib/core/own-entry';
import { LinkKindSchema } from '@/lib/link/schemas';
import { defineStoredItem } from '@/utils/storage';

// The pure defaults live apart from the stored items so the popup's model runs in plain Node.
export { defaultMapping, emptyDraft } from '@/utils/draft-defaults';

/**
 * Everything typed in the popup, kept in `storage.local` so closing the popup (which destroys its
 * page) loses nothing. One draft per offer: switching between two offers keeps both.
 */

const text = (max: number) => z.string().check(z.maxLength(max));

const storageProblems: string[] = [];
const reportInvalid = (message: string) => {
  storageProblems.push(message);
};

/** Problems met while reading stored popup data since the last call; the popup shows them. */
export function takeStorageProblems(): string[] {
  return storageProblems.splice(0, storageProblems.length);
}

/** What one goal is mapped to: the install, an Adjust event token, or nothing. */
export const GoalActivitySchema = z.enum(['install', 'event', 'none']);
export type GoalActivity = z.infer<typeof GoalActivitySchema>;

export const GoalMappingSchema = z.object({
  activity: GoalActivitySchema,
  token: text(256),
});
export type GoalMapping = z.infer<typeof GoalMappingSchema>;

export const DraftGoalSchema = z.object({ value: text(256), title: text(512) });
export type DraftGoal = z.infer<typeof DraftGoalSchema>;

/** Values the user typed; each one wins over what was read from the page or the API. */
export const ManualFieldsSchema = z.object({
  title: z.optional(text(1024)),
  trackingUrl: z.optional(text(16_384)),
  postbackUrl: z.optional(text(16_384)),
  secureCode: z.optional(text(256)),
  goals: z.optional(z.array(DraftGoalSchema).check(z.maxLength(MAX_GOALS_PER_OFFER))),
});
export type ManualFields = z.infer<typeof ManualFieldsSchema>;
export type ManualFieldName = keyof ManualFields;

export const DraftSchema = z.object({
  manual: ManualFieldsSchema,
  /** Keyed by goal value. A goal with no entry gets its default (see `defaultMapping`). */
  mapping: z.record(z.string(), GoalMappingSchema),
  linkKind: LinkKindSchema,
  mergeSharedTokens: z.boolean(),
  sharedMacros: z.record(z.string(), z.enum(['affise', 'adjust'])),
  updatedAt: z.number(),
});
export type Draft = z.infer<typeof DraftSchema>;

export const PopupTabSchema = z.enum(['build', 'dry-run']);
export type PopupTab = z.infer<typeof PopupTabSchema>;

/** Drafts of offers not typed into for a while are dropped beyond this many. */
export const MAX_DRAFTS = 30;

/** Key of the draft that belongs to no Affise offer (everything typed or pasted). */
export const TYPED_DRAFT_KEY = '';

export const PopupStateSchema = z.object({
  /** The draft shown last; used when the active tab is no Affise offer. */
  currentKey: z.string(),
  drafts: z.record(z.string(), DraftSchema),
  tab: PopupTabSchema,
});
export type PopupState = z.infer<typeof PopupStateSchema>;

export const popupState = defineStoredItem('local:popupState', {
  schema: PopupStateSchema,
  fallback: { currentKey: TYPED_DRAFT_KEY, drafts: {}, tab: 'build' },
  version: 1,
  // One draft per offer: a bad draft is set aside alone, not every draft with it.
  maps: [['drafts']],
  label: 'drafts you typed in the popup',
  onInvalid: reportInvalid,
});

/**
 * Event tokens are per app, and one Adjust link token means one app: remembering goal → token
 * under the link token lets the next offer of the same app start pre-filled.
 */
export const AppTokensSchema = z.object({
  installGoal: z.nullable(text(256)),
  tokens: z.record(z.string(), text(256)),
  updatedAt: z.number(),
});
export type AppTokens = z.infer<typeof AppTokensSchema>;

export const TokenMemorySchema = z.record(z.string(), AppTokensSchema);
export type TokenMemory = z.infer<typeof TokenMemorySchema>;

/** Apps not used for a while are forgotten beyond this many. */
export const MAX_REMEMBERED_APPS = 200;

export const tokenMemory = defineStoredItem('local:tokenMemory', {
  schema: TokenMemorySchema,
  fallback: {},
  version: 1,
  label: 'remembered event tokens',
  onInvalid: reportInvalid,
});

function keepNewest<T extends { updatedAt: number }>(
  record: Record<string, T>,
  max: number,
  keep: string,
): Record<string, T> {
  const entries = Object.entries(record);
  if (entries.length <= max) return record;
  const newest = entries
    .filter(([key]) => key !== keep)
    .sort(([, a], [, b]) => b.updatedAt - a.updatedAt)
    .slice(0, max - 1);
  const kept = ownEntry(record, keep);
  return Object.fromEntries(kept ? [[keep, kept], ...newest] : newest);
}

/** Stores `draft` under `key`, makes it current, and trims old drafts. */
export function withDraft(state: PopupState, key: string, draft: Draft, now: number): PopupState {
  const drafts = { ...state.drafts, [key]: { ...draft, updatedAt: now } };
  return { ...state, currentKey: key, drafts: keepNewest(drafts, MAX_DRAFTS, key) };
}

/**
 * What the user mapped for one app. Goals left out are not remembered: leaving a goal out on one
 * offer says nothing about the next.
 */
export function rememberTokens(
  memory: TokenMemory,
  linkToken: string,
  mapping: Record<string, GoalMapping>,
  now: number,
): TokenMemory {
  const previous = ownEntry(memory, linkToken);
  const tokens: Record<string, string> = { ...previous?.tokens };
  let installGoal = previous?.installGoal ?? null;
  for (const [goal, row] of Object.entries(mapping)) {
    if (row.activity === 'event' && row.token.trim() !== '') tokens[goal] = row.token.trim();
    if (row.activity === 'install') installGoal = goal;
  }
  const next = { ...memory, [linkToken]: { installGoal, tokens, updatedAt: now } };
  return keepNewest(next, MAX_REMEMBERED_APPS, linkToken);
}
