import type { AdjustLinkView } from './adjust';
import type { AffiliateContext } from './affiliate-postbacks';
import type { AffiseState, PostbackContext } from './affise-postback';
import type { Instant } from './clock';
import type { PostbackOrigin } from './postback-refusals';
import type { SeededRandom } from './random';
import type { RunLog } from './run-log';
import type { Scenario } from './scenario';

/** What every hop of one run reads, and the log and Affise state it writes to. */
export interface DryRunContext {
  scenario: Scenario;
  log: RunLog;
  state: AffiseState;
  random: SeededRandom;
  clickAt: Instant;
  /** Values of the click's Affise macros (for status changes built from offer.postbackUrl). */
  clickValues: ReadonlyMap<string, string>;
  postback: PostbackContext;
  affiliate: AffiliateContext;
  /** Where Adjust's callbacks come from, for an IP whitelist. */
  adjustOrigin: PostbackOrigin;
}

/** Adjust's side of the run: the link as it reads it, the device, and who the user belongs to. */
export interface AdjustSide {
  /** null when the redirect is no link Adjust can read: nothing fires, status changes still go. */
  view: AdjustLinkView | null;
  device: ReadonlyMap<string, string | null>;
  explicit: ReadonlyMap<string, string | null>;
  installAt: Instant | null;
  /** The activity from which the user is attributed to another link; null while to this one. */
  attributedElsewhere: number | null;
}
