import { ADJUST_NAMES, AFFISE_CLICK_LIST, AFFISE_CLICK_NAMES } from '../../catalog/macro-names';
import { boundedMemo } from '../../core/bounded-cache';
import { encodedMacroNames } from '../../url/macro-tokens';
import { parseQuery } from '../../url/query';
import { type SplitUrl, splitUrl } from '../../url/split-url';
import { type Piece, toPiece } from '../fill-macros';
import { callbackParamOf } from './callback-param-of';
import { decodeLiterals } from './template-piece';

/**
 * The offer's Tracking URL read once: its split, each query parameter with its macros located,
 * and what about it never changes from click to click (callback or not, Affise macros written
 * encoded, each literal stretch decoded). A click then only fills values in. The Tracking URL is
 * the same for every run of an offer (the popup and the service worker run it again and again),
 * so the reading is kept for the last few Tracking URLs, by their exact text.
 */
export interface TrackingUrlTemplate {
  /** Null when the Tracking URL is not an absolute http(s) URL. */
  url: SplitUrl | null;
  path: Piece;
  /** parseQuery(url.query), one entry per parameter. */
  params: TrackingUrlParam[];
}

export interface TrackingUrlParam {
  name: string;
  /** The parameter is an Adjust callback (install_callback, event_callback_…). */
  callback: boolean;
  /** Null for a bare name without `=`. */
  value: Piece | null;
  /** `%7Bname%7D` written for a macro only Affise fills, in order (each is a finding). */
  encodedAffiseMacros: string[];
  /**
   * decodeURIComponent of each literal of `value`, when every one decodes on its own; null
   * otherwise. Then the filled value decodes piece by piece (see fillPieceDecoding).
   */
  decodedLiterals: string[] | null;
}

/** An encoded macro only Affise fills: `%7Bclickid%7D` is a mistake, `%7Bcountry%7D` is Adjust's. */
const AFFISE_ONLY_ENCODED = new RegExp(
  `%7B(?:${AFFISE_CLICK_LIST.names.filter((name) => !ADJUST_NAMES.has(name)).join('|')})%7D`,
  'i',
);

/** One query parameter of the Tracking URL, read once for every click. */
export function readTrackingParam(name: string, raw: string | null): TrackingUrlParam {
  if (raw === null) {
    return { name, callback: false, value: null, encodedAffiseMacros: [], decodedLiterals: null };
  }
  const value = toPiece(raw);
  // Either case of "%7B": the pattern is case-insensitive.
  const encoded =
    raw.includes('%7') && AFFISE_ONLY_ENCODED.test(raw)
      ? encodedMacroNames(raw).filter((m) => AFFISE_CLICK_NAMES.has(m) && !ADJUST_NAMES.has(m))
      : [];
  return {
    name,
    callback: callbackParamOf(name) !== null,
    value,
    encodedAffiseMacros: encoded,
    decodedLiterals: decodeLiterals(value.literals),
  };
}

function readTrackingUrl(trackingUrl: string): TrackingUrlTemplate {
  const split = splitUrl(trackingUrl);
  if (!split || (split.scheme !== 'http' && split.scheme !== 'https')) {
    return { url: null, path: toPiece(''), params: [] };
  }
  return {
    url: split,
    path: toPiece(split.path),
    params: parseQuery(split.query).map((p) => readTrackingParam(p.name, p.value)),
  };
}

/**
 * readTrackingUrl, remembered for the last Tracking URLs. A template is read-only data built from
 * the text alone, so sharing it between runs changes no output.
 */
export const trackingUrlTemplate: (trackingUrl: string) => TrackingUrlTemplate = boundedMemo(
  readTrackingUrl,
  16,
);
