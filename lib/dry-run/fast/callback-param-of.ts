import { type CallbackParamName, parseCallbackParam } from '../../callback-param';

const known = new Map<string, CallbackParamName | null>();

/**
 * parseCallbackParam, remembered: a run asks about the same few parameter names at every hop.
 * The cache only holds results of a pure function, so it changes no output; it is bounded so a
 * long-lived service worker cannot grow it without limit.
 */
export function callbackParamOf(name: string): CallbackParamName | null {
  let parsed = known.get(name);
  if (parsed === undefined) {
    parsed = parseCallbackParam(name);
    if (known.size >= 2048) known.clear();
    known.set(name, parsed);
  }
  return parsed;
}
