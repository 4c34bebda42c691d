import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import type { LinkKind } from '@/lib/link/schemas';
import { effectiveAdminDomains } from '@/utils/managed-admin-domains';
import { adminDomains } from '@/utils/offer-store';
import { type Draft, type DraftGoal, type GoalMapping, TYPED_DRAFT_KEY } from '@/utils/popup-state';
import { type BuildModel, buildModel } from './model/build-model';
import {
  applyQuickFix,
  resetGoalList,
  setGoalList,
  setGoalMapping,
  setLinkKind,
  setManualField,
  setMergeSharedTokens,
  setSharedMacro,
} from './model/draft-updaters';
import type { TextFieldName } from './model/effective-offer';
import type { MappedGoal } from './model/generate-input';
import type { QuickFixAction } from './quick-fixes';
import { type CurrentOffer, useCurrentOffer } from './use-current-offer';
import { type PopupStore, usePopupStore } from './use-popup-store';

/** Every change the Build tab can make to the current draft. */
export interface DraftActions {
  setManual: (field: TextFieldName, value: string | undefined) => void;
  setMapping: (goal: string, mapping: GoalMapping) => void;
  setGoals: (goals: DraftGoal[], renamed?: { from: string; to: string }) => void;
  resetGoals: () => void;
  applyFix: (action: QuickFixAction) => void;
  setLinkKind: (kind: LinkKind) => void;
  setMergeSharedTokens: (merge: boolean) => void;
  setSharedMacro: (name: string, owner: 'affise' | 'adjust') => void;
  /** Leaves the tab's offer for the popup's own draft, typed by hand. */
  typeByHand: () => void;
}

export interface BuildState {
  store: PopupStore;
  current: CurrentOffer;
  /** The draft's key: the tab's offer, else the draft shown last. */
  key: string;
  draft: Draft;
  model: BuildModel;
  actions: DraftActions;
}

function useAdminHosts(): string[] {
  const [hosts, setHosts] = useState<string[]>([]);
  useEffect(() => {
    // The user's own admin domains and those the company set (managed storage).
    adminDomains
      .getValue()
      .then(effectiveAdminDomains)
      .then(setHosts)
      .catch(() => setHosts([]));
  }, []);
  return hosts;
}

function useDraftActions(
  update: (change: (draft: Draft) => Draft) => void,
  goals: readonly MappedGoal[],
  typeByHand: () => void,
): DraftActions {
  return useMemo(
    () => ({
      setManual: (field, value) => update((d) => setManualField(d, field, value)),
      setMapping: (goal, mapping) => update((d) => setGoalMapping(d, goals, goal, mapping)),
      setGoals: (next, renamed) => update((d) => setGoalList(d, next, renamed)),
      resetGoals: () => update(resetGoalList),
      applyFix: (action) => update((d) => applyQuickFix(d, goals, action)),
      setLinkKind: (kind) => update((d) => setLinkKind(d, kind)),
      setMergeSharedTokens: (merge) => update((d) => setMergeSharedTokens(d, merge)),
      setSharedMacro: (name, owner) => update((d) => setSharedMacro(d, name, owner)),
      typeByHand,
    }),
    [update, goals, typeByHand],
  );
}

/**
 * The popup's state for the Build tab: the stored drafts, the tab's offer, and what they build.
 * The draft key is derived here (tab's offer first), so neither hook has to feed the other.
 */
export function useBuild(tabId: number | null): BuildState {
  const store = usePopupStore();
  const current = useCurrentOffer(tabId, store.loaded ? store.currentKey : null, store.loaded);
  const adminHosts = useAdminHosts();
  const offerKey = current.offer?.key ?? null;
  const key = offerKey ?? store.currentKey;
  const draft = store.draftOf(key);
  const { selectDraft, updateDraft, remember } = store;

  // Opening the popup on another offer makes that offer's draft the one shown next time.
  useEffect(() => {
    if (current.loaded && offerKey !== null) selectDraft(offerKey);
  }, [current.loaded, offerKey, selectDraft]);

  const model = useMemo(
    () => buildModel({ offer: current.offer, draft, memory: store.memory, adminHosts }),
    [current.offer, draft, store.memory, adminHosts],
  );

  const { linkToken } = model;
  useEffect(() => {
    if (linkToken && Object.keys(draft.mapping).length > 0) remember(linkToken, draft.mapping);
  }, [linkToken, draft.mapping, remember]);

  const update = useCallback(
    (change: (d: Draft) => Draft) => updateDraft(key, change),
    [updateDraft, key],
  );
  const { showStored } = current;
  const typeByHand = useCallback(() => {
    selectDraft(TYPED_DRAFT_KEY);
    void showStored(null);
  }, [selectDraft, showStored]);
  const actions = useDraftActions(update, model.goals, typeByHand);
  return { store, current, key, draft, model, actions };
}
