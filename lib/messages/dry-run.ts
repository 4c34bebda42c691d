import { z } from 'zod/mini';
import { DryRunSchema } from '../dry-run/result';
import { ScenarioSchema } from '../dry-run/scenario';
import { messageArea } from './area';

/**
 * Messages of the dry-run, answered by the background (utils/dry-run-handlers.ts), which runs the
 * emulator and keeps the last runs in storage.local (utils/dry-run-store.ts). Nothing here sends a
 * network request: the emulator is pure.
 */

/** One stored run: the scenario as parsed (defaults filled in) and what the emulator produced. */
/** How many runs the history keeps; older ones are dropped first. */
export const MAX_STORED_RUNS = 10;

export const StoredDryRunSchema = z.object({
  id: z.string().check(z.minLength(1)),
  /** What the user called it, or the offer and time. */
  label: z.string().check(z.maxLength(256)),
  createdAt: z.iso.datetime(),
  scenario: ScenarioSchema,
  run: DryRunSchema,
});
export type StoredDryRun = z.infer<typeof StoredDryRunSchema>;

/** Popup → background: run a scenario, store the run, answer with it. */
export const RunDryRunRequestSchema = z.object({
  type: z.literal('runDryRun'),
  scenario: ScenarioSchema,
  label: z.optional(z.string().check(z.maxLength(256))),
});

/** Popup → background: the stored runs, newest first. */
export const ListDryRunsRequestSchema = z.object({ type: z.literal('listDryRuns') });

/** Popup → background: forget every stored run. */
export const ClearDryRunsRequestSchema = z.object({ type: z.literal('clearDryRuns') });

export const DryRunRequestSchemas = [
  RunDryRunRequestSchema,
  ListDryRunsRequestSchema,
  ClearDryRunsRequestSchema,
] as const;

export const DryRunResponseSchemas = {
  /** `notSaved`: why the run is not in "Last runs" (too large, storage full); absent when it is. */
  runDryRun: z.object({ stored: StoredDryRunSchema, notSaved: z.optional(z.string()) }),
  /** `notice`: stored runs that could not be read and were set aside. */
  listDryRuns: z.object({ runs: z.array(StoredDryRunSchema), notice: z.optional(z.string()) }),
  clearDryRuns: z.object({ ok: z.literal(true) }),
};

/** What a page sends about this area and what it gets back (./area.ts). */
export const DRY_RUN_MESSAGES = messageArea(DryRunRequestSchemas, DryRunResponseSchemas);
