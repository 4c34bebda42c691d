import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { errorMessage } from '@/lib/core/error-message';
import { createSerialQueue } from '@/lib/core/serial-queue';
import { emptyDraft } from '@/utils/draft-defaults';
import {
  type Draft,
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
import type { StoredItem } from '@/utils/storage';

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
  const queue = createSerialQueue();
  return (value: T) => {
    queue(() => write(value)).catch(onError);
  };
}

interface Stored<T> {
  /** null until loaded. */
  value: T | null;
  /** The newest value at once, for changes made before the next render. */
  ref: { current: T | null };
  commit: (next: T) => void;
}

/** One stored item, loaded once and written through on every change. */
function useStoredValue<T>(item: StoredItem<T>, what: string, report: (problem: string) => void) {
  const [value, setValue] = useState<T | null>(null);
  const ref = useRef<T | null>(null);
  const save = useRef(
    writer(
      (next: T) => item.setValue(next),
      (error) =>
        report(`Postbridge could not save ${what}, so it may be lost. ${errorMessage(error)}`),
    ),
  );
  useEffect(() => {
    let cancelled = false;
    const settle = (loaded: T) => {
      if (cancelled) return;
      ref.current = loaded;
      setValue(loaded);
    };
    item
      .getValue()
      .then(settle)
      .catch((error: unknown) => {
        settle(structuredClone(item.fallback));
        if (!cancelled)
          report(`Postbridge could not read ${what}, so it starts empty. ${errorMessage(error)}`);
      });
    return () => {
      cancelled = true;
    };
  }, [item, what, report]);
  const commit = useCallback((next: T) => {
    ref.current = next;
    setValue(next);
    save.current(next);
  }, []);
  return { value, ref, commit } satisfies Stored<T>;
}

/** Same event tokens as before: reopening the popup re-runs `remember` and must not write. */
function sameTokens(
  before: TokenMemory[string] | undefined,
  after: TokenMemory[string] | undefined,
) {
  return (
    before !== undefined &&
    after !== undefined &&
    before.installGoal === after.installGoal &&
    JSON.stringify(before.tokens) === JSON.stringify(after.tokens)
  );
}

/** Loads the popup's stored state once, then keeps it and storage in step as the user types. */
export function usePopupStore(): PopupStore {
  const [problems, setProblems] = useState<string[]>([]);
  const report = useCallback((problem: string) => setProblems((list) => [...list, problem]), []);
  const state = useStoredValue(popupState, 'what you typed', report);
  const memory = useStoredValue(tokenMemory, 'the remembered event tokens', report);
  const loaded = state.value !== null && memory.value !== null;
  useEffect(() => {
    if (loaded) setProblems((list) => [...list, ...takeStorageProblems()]);
  }, [loaded]);

  const { ref: stateRef, commit } = state;
  const updateDraft = useCallback(
    (key: string, change: (draft: Draft) => Draft) => {
      const current = stateRef.current;
      if (!current) return;
      commit(withDraft(current, key, change(current.drafts[key] ?? emptyDraft()), Date.now()));
    },
    [stateRef, commit],
  );
  const setTab = useCallback(
    (tab: PopupTab) => stateRef.current && commit({ ...stateRef.current, tab }),
    [stateRef, commit],
  );
  const selectDraft = useCallback(
    (next: string) => {
      const current = stateRef.current;
      if (current && current.currentKey !== next) commit({ ...current, currentKey: next });
    },
    [stateRef, commit],
  );
  const { ref: memoryRef, commit: commitMemory } = memory;
  const remember = useCallback(
    (linkToken: string, mapping: Record<string, GoalMapping>) => {
      const before = memoryRef.current ?? {};
      const next = rememberTokens(before, linkToken, mapping, Date.now());
      if (!sameTokens(before[linkToken], next[linkToken])) commitMemory(next);
    },
    [memoryRef, commitMemory],
  );

  const current: PopupState | null = state.value;
  return {
    loaded,
    currentKey: current?.currentKey ?? '',
    draftOf: (key: string) => current?.drafts[key] ?? EMPTY_DRAFT,
    tab: current?.tab ?? 'build',
    memory: memory.value ?? {},
    problems,
    updateDraft,
    setTab,
    selectDraft,
    remember,
  };
}
