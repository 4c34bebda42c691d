import { z } from 'zod/mini';
import { type Scenario, ScenarioSchema } from '@/lib/dry-run/scenario';
import { defineStoredItem } from '@/utils/storage';

/**
 * The scenario being edited in the popup's Dry run tab, kept in `storage.local` per offer (the
 * popup's draft key), so switching tabs or closing the popup loses no edit. A draft remembers
 * which offer and mapping it started from (`basis`), so the view can tell when they changed.
 */

/**
 * zod issue codes that say a value breaks one of the run's rules (too long, not a host name, a
 * goal repeated), not that the data has the wrong shape.
 */
const CONTENT_ISSUES: ReadonlySet<string> = new Set([
  'too_big',
  'too_small',
  'invalid_format',
  'not_multiple_of',
  'custom',
]);

/**
 * A scenario as the editor holds it: the shape of a Scenario, but with values the run may still
 * refuse (a pid half typed, a goal removed). Those must survive closing the popup; anything of
 * another shape is not a draft.
 */
export const ScenarioDraftSchema = z.custom<Scenario>((value) => {
  const parsed = ScenarioSchema.safeParse(value);
  return parsed.success || parsed.error.issues.every((issue) => CONTENT_ISSUES.has(issue.code));
}, 'not a dry-run scenario (its fields have the wrong types)');

export const DryRunDraftSchema = z.object({
  scenario: ScenarioDraftSchema,
  /** scenarioBasis() of the scenario built from the offer and mapping this draft started from. */
  basis: z.string().check(z.maxLength(64)),
  updatedAt: z.number(),
});
export type DryRunDraft = z.infer<typeof DryRunDraftSchema>;

/** Drafts of offers not edited for a while are dropped beyond this many. */
export const MAX_DRY_RUN_DRAFTS = 30;

const problems: string[] = [];

/** Problems met reading stored drafts since the last call; the dry-run view shows them. */
export function takeDryRunDraftProblems(): string[] {
  return problems.splice(0, problems.length);
}

/** Version 1; raise it with a migration when DryRunDraftSchema changes. */
export const dryRunDrafts = defineStoredItem('local:dryRunDrafts', {
  schema: z.record(z.string(), DryRunDraftSchema),
  fallback: {},
  version: 1,
  label: 'dry-run scenarios you were editing',
  onInvalid: (message) => problems.push(message),
});

/**
 * A short fingerprint (FNV-1a, 32 bits, hex) of a scenario: equal scenarios give equal bases, so a
 * draft can tell whether the offer and mapping it started from still give the same scenario.
 */
export function scenarioBasis(scenario: Scenario): string {
  const text = JSON.stringify(scenario);
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return `${text.length.toString(36)}-${(hash >>> 0).toString(16).padStart(8, '0')}`;
}

/** Stores `draft` under `key` and drops the least recently edited drafts beyond the maximum. */
export function withDryRunDraft(
  drafts: Readonly<Record<string, DryRunDraft>>,
  key: string,
  draft: DryRunDraft,
): Record<string, DryRunDraft> {
  const next = { ...drafts, [key]: draft };
  const entries = Object.entries(next);
  if (entries.length <= MAX_DRY_RUN_DRAFTS) return next;
  const others = entries
    .filter(([k]) => k !== key)
    .sort(([, a], [, b]) => b.updatedAt - a.updatedAt)
    .slice(0, MAX_DRY_RUN_DRAFTS - 1);
  return Object.fromEntries([[key, draft], ...others]);
}

export interface DryRunDraftStore {
  load(key: string): Promise<DryRunDraft | null>;
  /**
   * Writes at once, without reading storage first once the page has read it: called as the popup
   * closes, a write that first waited for a read would never be sent.
   */
  save(key: string, draft: DryRunDraft): Promise<void>;
  remove(key: string): Promise<void>;
}

/**
 * The drafts as one page sees them: read from storage once, then kept in memory and written whole
 * on every change, so a read right after a write (the view mounted again by a tab switch) sees it.
 * Like the popup's own drafts, the last page to write wins.
 */
export function createDryRunDraftStore(): DryRunDraftStore {
  let drafts: Record<string, DryRunDraft> | null = null;
  let reading: Promise<Record<string, DryRunDraft>> | null = null;
  const read = (): Promise<Record<string, DryRunDraft>> => {
    if (drafts !== null) return Promise.resolve(drafts);
    reading ??= dryRunDrafts.getValue().then(
      (stored) => {
        drafts ??= stored;
        return drafts;
      },
      (error: unknown) => {
        reading = null;
        throw error;
      },
    );
    return reading;
  };
  const write = (next: Record<string, DryRunDraft>): Promise<void> => {
    drafts = next;
    return dryRunDrafts.setValue(next);
  };
  return {
    async load(key) {
      const all = await read();
      return Object.hasOwn(all, key) ? (all[key] ?? null) : null;
    },
    save(key, draft) {
      if (drafts !== null) return write(withDryRunDraft(drafts, key, draft));
      return read().then((all) => write(withDryRunDraft(all, key, draft)));
    },
    async remove(key) {
      const all = await read();
      if (!Object.hasOwn(all, key)) return;
      const { [key]: _removed, ...rest } = all;
      await write(rest);
    },
  };
}

/** The store of this page (the popup). */
export const dryRunDraftStore = createDryRunDraftStore();
