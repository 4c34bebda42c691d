import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { errorMessage } from '@/lib/core/error-message';
import { type Scenario, ScenarioSchema } from '@/lib/dry-run/scenario';
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

/** The user's edited scenario, also kept in a ref so callbacks read the latest without re-creating. */
function useEditedScenario() {
  const [draft, setDraftState] = useState<EditedScenario | null>(null);
  const draftRef = useRef<EditedScenario | null>(null);
  const setDraft = useCallback((next: EditedScenario | null) => {
    draftRef.current = next;
    setDraftState(next);
  }, []);
  return { draft, draftRef, setDraft };
}

/** Problems with stored drafts, collected for the user as they happen. */
function useProblems() {
  const [problems, setProblems] = useState<string[]>([]);
  const report = useCallback((message: string) => {
    setProblems((list) => [...list, message]);
  }, []);
  return { problems, report };
}

/**
 * The debounced writer: `schedule` keeps the latest draft and writes it `DRAFT_SAVE_DELAY_MS`
 * later, `flush` writes it now, `cancel` forgets it.
 */
function useDraftWriter(report: (message: string) => void) {
  const pending = useRef<{ key: string; draft: DryRunDraft } | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const cancel = useCallback(() => {
    if (timer.current !== null) clearTimeout(timer.current);
    timer.current = null;
    pending.current = null;
  }, []);
  const flush = useCallback(() => {
    const write = pending.current;
    cancel();
    if (write) {
      dryRunDraftStore
        .save(write.key, write.draft)
        .catch((error: unknown) =>
          report(`The scenario could not be saved: ${errorMessage(error)}`),
        );
    }
  }, [cancel, report]);
  const schedule = useCallback(
    (key: string, draft: DryRunDraft) => {
      pending.current = { key, draft };
      if (timer.current !== null) clearTimeout(timer.current);
      timer.current = setTimeout(flush, DRAFT_SAVE_DELAY_MS);
    },
    [flush],
  );
  return { schedule, flush, cancel };
}

/** A stored draft as the editor shows it. */
function restoredDraft(stored: DryRunDraft): EditedScenario {
  // A draft the run would accept comes back complete (defaults filled in); one with half-typed
  // values comes back as it was typed.
  const parsed = ScenarioSchema.safeParse(stored.scenario);
  return { scenario: parsed.success ? parsed.data : stored.scenario, basis: stored.basis };
}

/**
 * Reads the draft stored under `key` on mount (and when the key changes), and writes what is
 * pending on unmount. Returns false while reading.
 */
function useStoredDraft(
  key: string | null,
  edited: ReturnType<typeof useEditedScenario>,
  flush: () => void,
  report: (message: string) => void,
): boolean {
  const { draftRef, setDraft } = edited;
  const [loaded, setLoaded] = useState(key === null);
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
        if (stored && draftRef.current === null) setDraft(restoredDraft(stored));
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
  }, [key, flush, report, setDraft, draftRef]);
  return loaded;
}

/**
 * Closing the popup destroys its page without unmounting the view: write what is pending as soon
 * as the page is hidden, and again on pagehide in case that event came alone.
 */
function useFlushWhenHidden(flush: () => void) {
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
  const edited = useEditedScenario();
  const { draft, draftRef, setDraft } = edited;
  const { problems, report } = useProblems();
  const { schedule, flush, cancel } = useDraftWriter(report);
  const loaded = useStoredDraft(key, edited, flush, report);
  useFlushWhenHidden(flush);

  const setScenario = useCallback(
    (next: Scenario) => {
      // A draft keeps the basis it started from: that is how a later change of the offer shows.
      const updated = { scenario: next, basis: draftRef.current?.basis ?? basis };
      setDraft(updated);
      if (key === null) return;
      schedule(key, { scenario: next, basis: updated.basis, updatedAt: Date.now() });
    },
    [key, basis, schedule, setDraft, draftRef],
  );

  const reset = useCallback(() => {
    cancel();
    setDraft(null);
    if (key === null) return;
    dryRunDraftStore
      .remove(key)
      .catch((error: unknown) =>
        report(`The stored scenario could not be removed: ${errorMessage(error)}`),
      );
  }, [key, report, setDraft, cancel]);

  return {
    loaded,
    scenario: draft?.scenario ?? fromOffer,
    setScenario,
    offerChanged: draft !== null && draft.basis !== basis,
    reset,
    problems,
  };
}
