import { runScenario } from '@/lib/dry-run/run-dry-run';
import type { StoredDryRun } from '@/lib/messages/dry-run';
import { addStoredRun, clearStoredRuns, listStoredRuns } from '@/utils/dry-run-store';
import type { Handlers } from '@/utils/messaging';

export interface DryRunHandlerDeps {
  now: () => Date;
  newId: () => string;
}

type DryRunHandlers = Pick<Handlers, 'runDryRun' | 'listDryRuns' | 'clearDryRuns'>;

/**
 * The background's dry-run handlers. The scenario arrives already parsed by the message schema;
 * the emulator is pure, so running it here sends nothing: the background only adds storage.
 */
export function createDryRunHandlers(deps: DryRunHandlerDeps): DryRunHandlers {
  return {
    runDryRun: async (request) => {
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
      await addStoredRun(stored);
      return { stored };
    },
    listDryRuns: async () => ({ runs: await listStoredRuns() }),
    clearDryRuns: async () => {
      await clearStoredRuns();
      return { ok: true as const };
    },
  };
}
