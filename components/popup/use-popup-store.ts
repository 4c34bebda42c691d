import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import {
  type Draft,
  emptyDraft,
  type GoalMapping,
  type PopupState,
  type PopupTab,
  popupState,
  rememberTokens,
  type TokenMemory,
  takeStorageProblems,
  tokenMemory,
  withDraft,
} from '@/utils/popup-state';

export interface PopupStore {
  loaded: boolean;
  /** The draft shown last: the popup's draft when the tab shows no offer. */
  currentKey: string;
  draftOf: (key: string) => Draft;
  tab: PopupTab;
  memory: TokenMemory;
  /** Stored data that failed its schema and was replaced, to tell the user. */
  problems: string[];
  /** Changes the draft under `key` and makes it current. */
  updateDraft: (key: string, change: (draft: Draft) => Draft) => void;
  setTab: (tab: PopupTab) => void;
  /** Makes another draft current (an offer's key, or TYPED_DRAFT_KEY). */
  selectDraft: (key: string) => void;
  remember: (linkToken: string, mapping: Record<string, GoalMapping>) => void;
}

/** The draft of a key nothing was typed under yet; one object, so memoised values stay valid. */
const EMPTY_DRAFT = emptyDraft();

/**
 * Serialises writes: the popup can close at any moment, so every change is written at once, but
 * a slow write must never land after a newer one.
 */
function writer<T>(write: (value: T) => Promise<void>, onError: (error: unknown) => void) {
  let pending: Promise<void> = Promise.resolve();
  return (value: T) => {
    pending = pending.then(() => write(value)).catch(onError);
  };
}

/** Loads the popup's stored state once, then keeps it and storage in step as the user types. */
export function usePopupStore(): PopupStore {
  const [state, setState] = useState<PopupState | null>(null);
  const [memory, setMemory] = useState<TokenMemory>({});
  const [problems, setProblems] = useState<string[]>([]);
  const stateRef = useRef<PopupState | null>(null);
  const memoryRef = useRef<TokenMemory>({});

  const report = useCallback((error: unknown) => {
    setProblems((list) => [
      ...list,
      `Could not save what you typed: ${error instanceof Error ? error.message : String(error)}`,
    ]);
  }, []);
  const saveState = useRef(writer((value: PopupState) => popupState.setValue(value), report));
  const saveMemory = useRef(writer((value: TokenMemory) => tokenMemory.setValue(value), report));

  useEffect(() => {
    let cancelled = false;
    Promise.all([popupState.getValue(), tokenMemory.getValue()])
      .then(([loadedState, loadedMemory]) => {
        if (cancelled) return;
        stateRef.current = loadedState;
        memoryRef.current = loadedMemory;
        setState(loadedState);
        setMemory(loadedMemory);
        setProblems((list) => [...list, ...takeStorageProblems()]);
      })
      .catch((error: unknown) => {
        if (cancelled) return;
        const fallback: PopupState = structuredClone(popupState.fallback);
        stateRef.current = fallback;
        setState(fallback);
        setProblems((list) => [
          ...list,
          `Could not read what was typed before: ${error instanceof Error ? error.message : String(error)}. Starting empty.`,
        ]);
      });
    return () => {
      cancelled = true;
    };
  }, []);

  const commit = useCallback((next: PopupState) => {
    stateRef.current = next;
    setState(next);
    saveState.current(next);
  }, []);

  const updateDraft = useCallback(
    (key: string, change: (draft: Draft) => Draft) => {
      const current = stateRef.current;
      if (!current) return;
      const draft = current.drafts[key] ?? emptyDraft();
      commit(withDraft(current, key, change(draft), Date.now()));
    },
    [commit],
  );

  const setTab = useCallback(
    (tab: PopupTab) => {
      const current = stateRef.current;
      if (current) commit({ ...current, tab });
    },
    [commit],
  );

  const selectDraft = useCallback(
    (next: string) => {
      const current = stateRef.current;
      if (current && current.currentKey !== next) commit({ ...current, currentKey: next });
    },
    [commit],
  );

  const remember = useCallback((linkToken: string, mapping: Record<string, GoalMapping>) => {
    const before = memoryRef.current[linkToken];
    const next = rememberTokens(memoryRef.current, linkToken, mapping, Date.now());
    const after = next[linkToken];
    // Reopening the popup re-runs this with the same mapping; only real changes are written.
    if (
      before &&
      after &&
      before.installGoal === after.installGoal &&
      JSON.stringify(before.tokens) === JSON.stringify(after.tokens)
    ) {
      return;
    }
    memoryRef.current = next;
    setMemory(next);
    saveMemory.current(next);
  }, []);

  return {
    loaded: state !== null,
    currentKey: state?.currentKey ?? '',
    draftOf: (key: string) => state?.drafts[key] ?? EMPTY_DRAFT,
    tab: state?.tab ?? 'build',
    memory,
    problems,
    updateDraft,
    setTab,
    selectDraft,
    remember,
  };
}
