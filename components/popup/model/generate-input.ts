import { ownEntry } from '@/lib/core/own-entry';
import type { GenerateInput } from '@/lib/link/schemas';
import { defaultMapping } from '@/utils/draft-defaults';
import type { AppTokens, Draft, DraftGoal, GoalMapping } from '@/utils/popup-state';

/** Several tokens for one goal (an iOS and an Android app) are typed in one field. */
export function splitTokens(field: string): string[] {
  return field.split(/[\s,;]+/).filter((token) => token !== '');
}

export interface MappedGoal extends DraftGoal {
  mapping: GoalMapping;
  /** True when the mapping is a default or remembered one the user has not touched. */
  suggested: boolean;
}

export function mappedGoals(
  goals: readonly DraftGoal[],
  draft: Draft,
  remembered: AppTokens | undefined,
): MappedGoal[] {
  return goals.map((goal) => {
    const own = ownEntry(draft.mapping, goal.value);
    return own
      ? { ...goal, mapping: own, suggested: false }
      : { ...goal, mapping: defaultMapping(goal.value, remembered), suggested: true };
  });
}

export interface BuiltInput {
  input: GenerateInput;
  /** Goal value of `events[i]`, so findings at `events[i].token` land on the right row. */
  eventGoals: string[];
  installGoal: string | null;
}

export function toGenerateInput(
  adjustLink: string,
  postbackUrl: string,
  goals: readonly MappedGoal[],
  draft: Draft,
  adminHosts: readonly string[],
): BuiltInput {
  const install = goals.find((g) => g.mapping.activity === 'install') ?? null;
  const events: { goal: string; token: string }[] = [];
  for (const goal of goals) {
    if (goal.mapping.activity !== 'event') continue;
    const tokens = splitTokens(goal.mapping.token);
    if (tokens.length === 0) events.push({ goal: goal.value, token: '' });
    for (const token of tokens) events.push({ goal: goal.value, token });
  }
  return {
    input: {
      adjustLink,
      postbackUrl,
      install: install ? { goal: install.value } : null,
      events,
      linkKind: draft.linkKind,
      mergeSharedTokens: draft.mergeSharedTokens,
      sharedMacros: draft.sharedMacros,
      adminHosts: [...adminHosts],
    },
    eventGoals: events.map((e) => e.goal),
    installGoal: install?.value ?? null,
  };
}
