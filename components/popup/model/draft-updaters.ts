import type { LinkKind } from '@/lib/link/schemas';
import type { Draft, DraftGoal, GoalMapping } from '@/utils/popup-state';
import type { QuickFixAction } from '../quick-fixes';
import type { TextFieldName } from './effective-offer';
import type { MappedGoal } from './generate-input';

/**
 * Every change the popup makes to a draft, as pure functions `(draft, …) → draft`. The popup's
 * store applies them inside its `updateDraft`, so they always see the newest draft.
 */

/** A typed value for an offer field; `undefined` goes back to what was read. */
export function setManualField(
  draft: Draft,
  field: TextFieldName,
  value: string | undefined,
): Draft {
  const manual = { ...draft.manual };
  if (value === undefined) delete manual[field];
  else manual[field] = value;
  return { ...draft, manual };
}

/**
 * Maps one goal. One install callback per link: choosing the install for one goal leaves the goal
 * that had it out (`goals` is the table as shown, suggested mappings included).
 */
export function setGoalMapping(
  draft: Draft,
  goals: readonly MappedGoal[],
  goal: string,
  mapping: GoalMapping,
): Draft {
  const next: Record<string, GoalMapping> = { ...draft.mapping, [goal]: mapping };
  if (mapping.activity === 'install') {
    for (const other of goals) {
      if (other.value !== goal && other.mapping.activity === 'install') {
        next[other.value] = { ...other.mapping, activity: 'none' };
      }
    }
  }
  return { ...draft, mapping: next };
}

/**
 * The goal list typed by hand. Only a mapping the user chose moves with a renamed goal; a
 * suggested one is derived again for the new value.
 */
export function setGoalList(
  draft: Draft,
  goals: DraftGoal[],
  renamed?: { from: string; to: string },
): Draft {
  const mapping = { ...draft.mapping };
  if (renamed) {
    const moved = mapping[renamed.from];
    delete mapping[renamed.from];
    if (moved) mapping[renamed.to] = moved;
  }
  return { ...draft, manual: { ...draft.manual, goals }, mapping };
}

/** Drops the typed goal list so the goals read from Affise show again. */
export function resetGoalList(draft: Draft): Draft {
  const { goals: _typed, ...manual } = draft.manual;
  return { ...draft, manual };
}

export function setLinkKind(draft: Draft, linkKind: LinkKind): Draft {
  return { ...draft, linkKind };
}

export function setMergeSharedTokens(draft: Draft, mergeSharedTokens: boolean): Draft {
  return { ...draft, mergeSharedTokens };
}

export function setSharedMacro(draft: Draft, name: string, owner: 'affise' | 'adjust'): Draft {
  return { ...draft, sharedMacros: { ...draft.sharedMacros, [name]: owner } };
}

/** What a quick fix button does to the draft. */
export function applyQuickFix(
  draft: Draft,
  goals: readonly MappedGoal[],
  action: QuickFixAction,
): Draft {
  switch (action.kind) {
    case 'setText':
      return setManualField(draft, action.field, action.value);
    case 'setMapping':
      return setGoalMapping(draft, goals, action.goal, action.mapping);
    case 'setLinkKind':
      return setLinkKind(draft, action.linkKind);
  }
}
