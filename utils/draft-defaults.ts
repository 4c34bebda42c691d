import { ownEntry } from '@/lib/core/own-entry';
import type { AppTokens, Draft, GoalMapping } from '@/utils/popup-state';

/** What a draft holds before anything is typed. */
export function emptyDraft(): Draft {
  return {
    manual: {},
    mapping: {},
    linkKind: 'auto',
    mergeSharedTokens: false,
    sharedMacros: {},
    updatedAt: 0,
  };
}

/**
 * The mapping a goal starts with: what this app's memory says, else the install for goal "1"
 * (what Affise assumes when a postback has no goal), else an event whose token is still to type.
 */
export function defaultMapping(goal: string, remembered: AppTokens | undefined): GoalMapping {
  if (remembered) {
    if (remembered.installGoal === goal) return { activity: 'install', token: '' };
    const token = ownEntry(remembered.tokens, goal);
    if (token !== undefined) return { activity: 'event', token };
  }
  if (goal === '1' && (remembered?.installGoal ?? '1') === '1') {
    return { activity: 'install', token: '' };
  }
  return { activity: 'event', token: '' };
}
