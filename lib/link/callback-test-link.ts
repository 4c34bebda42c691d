import { SOURCES } from '../catalog/sources';
import { callbackParamName } from './callback-param';
import type { CallbackTest, GeneratedCallback } from './schemas';

/**
 * Adjust's `cbtest` links (https://help.adjust.com/en/article/test-your-callbacks-partner): the
 * link token replaced by `cbtest`, a click sends a simulated callback to the callback URL without
 * a store redirect or a test install; a conditional event callback must name the event token
 * `41i3c9`. The test link is Adjust's own app.adjust.com link, so callbacks keep their standard
 * names there even when the offer's link is branded (adj_…).
 */
export const CBTEST_BASE = 'https://app.adjust.com/cbtest';
/** The event token Adjust's page says to hard-code for conditional (event) callbacks. */
export const CBTEST_EVENT_TOKEN = '41i3c9';

export const CALLBACK_TEST_NOTE =
  "Opening a test link makes Adjust call that callback once, as a simulation: it shows the postback URL is well-formed, encoded once and reachable from Adjust's servers. It does not prove attribution, real placeholder values (Adjust fills none in the test) or the event tokens, and since the test link is not opened through Affise's tracking link, {clickid} stays unfilled and Affise refuses that postback (\"Click_id: invalid format\"): look for the request in Affise's Server postbacks, not for a conversion.";

/** One test link per built callback: install_callback as it is, each event under the test token. */
export function callbackTestLinks(callbacks: readonly GeneratedCallback[]): CallbackTest {
  const links = callbacks.map((callback) => {
    const param =
      callback.activity === 'event'
        ? callbackParamName('event', [CBTEST_EVENT_TOKEN], false)
        : callbackParamName('install', [], false);
    return {
      param: callback.param,
      goal: callback.goal,
      url: `${CBTEST_BASE}?${param}=${callback.encoded}`,
    };
  });
  return { links, note: CALLBACK_TEST_NOTE, source: SOURCES.adjustTestCallbacks };
}
