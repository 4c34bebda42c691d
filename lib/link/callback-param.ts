import type { CallbackActivity } from './schemas';

export interface CallbackParamName {
  activity: CallbackActivity;
  /** Event tokens an `event_callback_*` names; empty for other activities. */
  tokens: string[];
  /** `adj_` prefix of branded and universal links. */
  branded: boolean;
}

/**
 * Adjust's callback parameter names are fixed. The rejected ones are spelled with and without
 * `_callback` in Adjust's own docs (shared/domain.md), so both spellings are recognised.
 */
// A Map, not an object literal: a link's own parameter names (`__proto__`, `toString`) must not
// find Object.prototype members.
const FIXED: ReadonlyMap<string, CallbackActivity> = new Map(
  Object.entries({
    install_callback: 'install',
    reattribution_callback: 'reattribution',
    conversion_callback: 'conversion',
    session_callback: 'session',
    click_callback: 'click',
    impression_callback: 'impression',
    rejected_install_callback: 'rejected_install',
    rejected_install: 'rejected_install',
    rejected_reattribution_callback: 'rejected_reattribution',
    rejected_reattribution: 'rejected_reattribution',
  } satisfies Record<string, CallbackActivity>),
);

const EVENT = /^event_callback_([a-z0-9]+(?:_[a-z0-9]+)*)$/i;

export function parseCallbackParam(name: string): CallbackParamName | null {
  const branded = name.startsWith('adj_');
  const bare = branded ? name.slice(4) : name;
  const fixed = FIXED.get(bare);
  if (fixed) return { activity: fixed, tokens: [], branded };
  const event = EVENT.exec(bare);
  if (event?.[1]) return { activity: 'event', tokens: event[1].split('_'), branded };
  return null;
}

export function callbackParamName(
  activity: 'install' | 'event',
  tokens: readonly string[],
  branded: boolean,
): string {
  const bare = activity === 'install' ? 'install_callback' : `event_callback_${tokens.join('_')}`;
  return branded ? `adj_${bare}` : bare;
}
