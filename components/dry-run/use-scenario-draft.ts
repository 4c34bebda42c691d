import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { type Scenario, ScenarioSchema } from '@/lib/dry-run/scenario';
import { errorMessage } from '@/lib/text/error-message';
import {
  type DryRunDraft,
  dryRunDraftStore,
  scenarioBasis,
  takeDryRunDraftProblems,
} from '@/utils/dry-run-drafts';

/** Typing is written this long after the last keystroke (and at once when the view goes away). */
export const DRAFT_SAVE_DELAY_MS = 300;

export interface ScenarioDraft {
  /** False while the stored draft is read: the editor waits, so no edit can be overwritten. */
  loaded: boolean;
  scenario: Scenario;
  setScenario: (next: Scenario) => void;
  /** The user edited the scenario, and the offer or its mapping now gives a different one. */
  offerChanged: boolean;
  /** Rebuilds the scenario from the offer and mapping, and forgets the stored draft. */
  reset: () => void;
  /** Stored drafts that could not be read or written, to tell the user. */
  problems: string[];
}

interface EditedScenario {
  scenario: Scenario;
  basis: string;
}

/**
 * The scenario shown in the dry run: the one built from the offer until the user edits it, then
 * the user's draft, stored under `draftKey` (none: kept in memory only). The draft is written
 * shortly after each change and when the view unmounts (a tab switch) or the page goes away (the
 * popup closes), and read back on mount.
 */
export function useScenarioDraft(
  draftKey: string | null | undefined,
  fromOffer: Scenario,
): ScenarioDraft {
  const key = draftKey ?? null;
  const basis = useMemo(() => scenarioBasis(fromOffer), [fromOffer]);
  const [draft, setDraftState] = useState<EditedScenario | null>(null);
  const draftRef = useRef<EditedScenario | null>(null);
  const setDraft = useCallback((next: EditedScenario | null) => {
    draftRef.current = next;
    setDraftState(next);
  }, []);
  const [loaded, setLoaded] = useState(key === null);
  const [problems, setProblems] = useState<string[]>([]);
  const pending = useRef<{ key: string; draft: DryRunDraft } | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  const report = useCallback((message: string) => {
    setProblems((list) => [...list, message]);
  }, []);

  const flush = useCallback(() => {
    if (timer.current !== null) clearTimeout(timer.current);
    timer.current = null;
    const write = pending.current;
    pending.current = null;
    if (write) {
      dryRunDraftStore
        .save(write.key, write.draft)
        .catch((error: unknown) =>
          report(`The scenario could not be saved: ${errorMessage(error)}`),
        );
    }
  }, [report]);

  useEffect(() => {
    let cancelled = false;
    setDraft(null);
    if (key === null) {
      setLoaded(true);
      return;
    }
    setLoaded(false);
    dryRunDraftStore
      .load(key)
      .then((stored) => {
        if (cancelled) return;
        // A scenario picked while reading (a run from the history) wins over the stored one.
        if (stored && draftRef.current === null) {
          // A draft the run would accept comes back complete (defaults filled in); one with
          // half-typed values comes back as it was typed.
          const parsed = ScenarioSchema.safeParse(stored.scenario);
          setDraft({
            scenario: parsed.success ? parsed.data : stored.scenario,
            basis: stored.basis,
          });
        }
        for (const problem of takeDryRunDraftProblems()) report(problem);
        setLoaded(true);
      })
      .catch((error: unknown) => {
        if (cancelled) return;
        report(`The scenario you were editing could not be read: ${errorMessage(error)}`);
        setLoaded(true);
      });
    return () => {
      cancelled = true;
      flush();
    };
  }, [key, flush, report, setDraft]);

  // Closing the popup destroys its page without unmounting the view: write what is pending as
  // soon as the page is hidden, and again on pagehide in case that event came alone.
  useEffect(() => {
    const onHidden = () => {
      if (document.visibilityState === 'hidden') flush();
    };
    document.addEventListener('visibilitychange', onHidden);
    addEventListener('pagehide', flush);
    return () => {
      document.removeEventListener('visibilitychange', onHidden);
      removeEventListener('pagehide', flush);
    };
  }, [flush]);

  const setScenario = useCallback(
    (next: Scenario) => {
      // A draft keeps the basis it started from: that is how a later change of the offer shows.
      const updated = { scenario: next, basis: draftRef.current?.basis ?? basis };
      setDraft(updated);
      if (key === null) return;
      pending.current = {
        key,
        draft: { scenario: next, basis: updated.basis, updatedAt: Date.now() },
      };
      if (timer.current !== null) clearTimeout(timer.current);
      timer.current = setTimeout(flush, DRAFT_SAVE_DELAY_MS);
    },
    [key, basis, flush, setDraft],
  );

  const reset = useCallback(() => {
    if (timer.current !== null) clearTimeout(timer.current);
    timer.current = null;
    pending.current = null;
    setDraft(null);
    if (key !== null) {
      dryRunDraftStore
        .remove(key)
        .catch((error: unknown) =>
          report(`The stored scenario could not be removed: ${errorMessage(error)}`),
        );
    }
  }, [key, report, setDraft]);

  return {
    loaded,
    scenario: draft?.scenario ?? fromOffer,
    setScenario,
    offerChanged: draft !== null && draft.basis !== basis,
    reset,
    problems,
  };
}
