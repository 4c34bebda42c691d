import { errorMessage } from '@/lib/core/error-message';
import { runScenario } from '@/lib/dry-run/run-dry-run';
import { summarizeRun } from '@/lib/dry-run/summarize-run';
import type { StoredDryRun } from '@/lib/messages/dry-run';
import {
  addStoredRun,
  clearStoredRuns,
  listStoredRuns,
  takeDryRunStoreProblems,
} from '@/utils/dry-run-store';
import { MessageError } from '@/utils/message-failure';
import type { Handlers } from '@/utils/messaging';

export interface DryRunHandlerDeps {
  now: () => Date;
  newId: () => string;
}

type DryRunHandlers = Pick<Handlers, 'runDryRun' | 'listDryRuns' | 'clearDryRuns'>;

/**
 * The largest scenario (JSON characters) the background runs: a run of the largest valid one
 * takes a few hundred milliseconds in Node, and the service worker must not block for a second.
 */
export const MAX_BROWSER_SCENARIO_CHARS = 300_000;
/** A scenario above this is run and shown but not added to "Last runs" (storage quota). */
export const MAX_STORED_SCENARIO_CHARS = 100_000;

/**
 * Adds the run to "Last runs" as a bounded summary (lib/dry-run/summarize-run.ts). Returns null,
 * or the sentence saying why it was not kept: the run itself is never thrown away unannounced.
 */
async function keepRun(stored: StoredDryRun): Promise<string | null> {
  if (JSON.stringify(stored.scenario).length > MAX_STORED_SCENARIO_CHARS) {
    return `This run is shown but not kept in "Last runs": its scenario is larger than ${MAX_STORED_SCENARIO_CHARS / 1000} kB. Export it below if you need it later.`;
  }
  try {
    const { run, note } = summarizeRun(stored.run);
    const label = note === null ? stored.label : `${stored.label} (${note})`.slice(0, 256);
    await addStoredRun({ ...stored, label, run });
    return null;
  } catch (error) {
    return `This run is shown but could not be kept in "Last runs" (${errorMessage(error)}).`;
  }
}

/**
 * The background's dry-run handlers. The scenario arrives already parsed by the message schema;
 * the emulator is pure, so running it here sends nothing: the background only adds storage.
 */
export function createDryRunHandlers(deps: DryRunHandlerDeps): DryRunHandlers {
  return {
    runDryRun: async (request) => {
      const size = JSON.stringify(request.scenario).length;
      if (size > MAX_BROWSER_SCENARIO_CHARS) {
        throw new MessageError(
          'scenario-too-large',
          `This scenario is ${Math.round(size / 1000)} kB; the browser runs scenarios up to ${MAX_BROWSER_SCENARIO_CHARS / 1000} kB. Run it with the postbridge CLI (npx postbridge dry-run --input scenario.json), or split it.`,
        );
      }
      const run = runScenario(request.scenario);
      const createdAt = deps.now().toISOString();
      const stored: StoredDryRun = {
        id: deps.newId(),
        label:
          request.label?.trim() ||
          `Offer ${request.scenario.offer.id}${request.scenario.offer.name ? ` (${request.scenario.offer.name})` : ''}, ${createdAt.slice(0, 16).replace('T', ' ')} UTC`,
        createdAt,
        scenario: request.scenario,
        run,
      };
      const notSaved = await keepRun(stored);
      return notSaved === null ? { stored } : { stored, notSaved };
    },
    listDryRuns: async () => {
      const runs = await listStoredRuns();
      const [notice] = takeDryRunStoreProblems();
      return notice === undefined ? { runs } : { runs, notice };
    },
    clearDryRuns: async () => {
      await clearStoredRuns();
      return { ok: true as const };
    },
  };
}
