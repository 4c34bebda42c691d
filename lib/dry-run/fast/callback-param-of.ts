import { boundedMemo } from '../../core/bounded-cache';
import { type CallbackParamName, parseCallbackParam } from '../../link/callback-param';

/**
 * parseCallbackParam, remembered: a run asks about the same few parameter names at every hop.
 * The cache only holds results of a pure function, so it changes no output; it is bounded so a
 * long-lived service worker cannot grow it without limit.
 */
export const callbackParamOf: (name: string) => CallbackParamName | null = boundedMemo(
  parseCallbackParam,
  2048,
);
