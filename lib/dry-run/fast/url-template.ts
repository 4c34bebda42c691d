import type { MacroSystem } from '../../catalog/macro-names';
import { boundedMemo } from '../../core/bounded-cache';
import { decodeOnce } from '../../url/query';
import { type SplitUrl, splitUrl } from '../../url/split-url';
import {
  type FilledTemplate,
  fillMacros,
  fillPiece,
  type MacroResolver,
  type Piece,
  scanMacroNames,
  toPiece,
} from '../fill-macros';
import type { RequestParam, Substitution } from '../result';
import { limitResolver } from '../run-limits';
import { queryOf, requestParams } from './request-params';

/**
 * A URL template (an affiliate postback rule) read once (see urlTemplate): its split and macro
 * names for the rule checks, and, on first fill, the pieces a request is made of, so that every
 * fill yields the URL, the POST form and the parameters without splitting the filled text again.
 *
 * Why the pieces of a filled URL are the template's pieces, filled: a macro is `{` + letters,
 * digits, `_` + `}`, so it never spans a `?`, `#`, `/`, `&` or `=`; a filled value is
 * percent-encoded (encodeValue) and so never adds one; an unknown macro stays `{name}`. The one
 * thing filling can change is which whitespace trim() removes, so a template with whitespace
 * takes the straightforward path (fillMacros, splitUrl, requestParams).
 */
export interface UrlTemplate {
  source: string;
  /** splitUrl(source). */
  split: SplitUrl | null;
  /** scanMacroNames(source). */
  names: string[];
  /** Built on first fill; null when the template is no absolute URL or holds whitespace. */
  pieces?: Pieces | null;
}

interface QueryPart {
  /** Everything before the first `=`, or the whole part when it has none. */
  name: Piece;
  value: Piece | null;
}

interface Pieces {
  /** `scheme://authority/path` as written. */
  head: Piece;
  /** The scheme lowercased, as splitUrl + joinUrl write it in a POST URL. */
  scheme: string;
  /** Every `&`-separated part, empty ones included (they stay in the URL). */
  query: QueryPart[] | null;
  fragment: Piece | null;
}

export interface FilledRequest extends FilledTemplate {
  /** For a POST: the URL without its query, as joinUrl writes it; null when it does not split. */
  postUrl: string | null;
  /** The query as sent; null when the URL has none. */
  query: string | null;
  /** requestParams(queryOf(text)). */
  params: RequestParam[];
}

export function readUrlTemplate(source: string): UrlTemplate {
  return { source, split: splitUrl(source), names: scanMacroNames(source) };
}

/**
 * readUrlTemplate, remembered for the last few dozen URLs: a scenario's rules are the same from
 * run to run. A template is built from its text alone (its pieces too, on first fill), so sharing
 * it between runs changes no output.
 */
export const urlTemplate: (source: string) => UrlTemplate = boundedMemo(readUrlTemplate, 64);

const WHITESPACE = /\s/;

function piecesOf(template: UrlTemplate): Pieces | null {
  if (template.pieces !== undefined) return template.pieces;
  const { source, split } = template;
  let pieces: Pieces | null = null;
  if (split !== null && !WHITESPACE.test(source)) {
    pieces = {
      // Without whitespace the text is already trimmed, so it starts with scheme://.
      head: toPiece(`${source.slice(0, split.scheme.length)}://${split.authority}${split.path}`),
      scheme: split.scheme,
      query:
        split.query === null
          ? null
          : split.query.split('&').map((part): QueryPart => {
              const eq = part.indexOf('=');
              if (eq === -1) return { name: toPiece(part), value: null };
              return { name: toPiece(part.slice(0, eq)), value: toPiece(part.slice(eq + 1)) };
            }),
      fragment: split.fragment === null ? null : toPiece(split.fragment),
    };
  }
  template.pieces = pieces;
  return pieces;
}

/** The path for a template that could not be cut into pieces: fill the text, then split it. */
function fillWhole(
  source: string,
  system: MacroSystem,
  resolve: MacroResolver,
  where: string,
  forPost: boolean,
): FilledRequest {
  const filled = fillMacros(source, system, resolve, where);
  const split = forPost ? splitUrl(filled.text) : null;
  return {
    ...filled,
    postUrl: split
      ? `${split.scheme}://${split.authority}${split.path}${split.fragment === null ? '' : `#${split.fragment}`}`
      : null,
    query: split ? split.query : queryOf(filled.text),
    params: requestParams(queryOf(filled.text)),
  };
}

/** Fills the query part by part, pushing each parameter (raw and decoded) onto `params`. */
function fillQuery(
  parts: readonly QueryPart[],
  fill: (p: Piece) => string,
  params: RequestParam[],
): string {
  let query = '';
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i] as QueryPart;
    const name = fill(part.name);
    if (i > 0) query += '&';
    if (part.value === null) {
      query += name;
      if (name !== '') params.push({ name, raw: null, value: null });
    } else {
      const raw = fill(part.value);
      query += `${name}=${raw}`;
      params.push({ name, raw, value: decodeOnce(raw) });
    }
  }
  return query;
}

/**
 * fillMacros(template.source, …) plus the request's parts: the same text, substitutions and
 * unknown names, with the resolver called in the same order (left to right).
 */
export function fillUrlTemplate(
  template: UrlTemplate,
  system: MacroSystem,
  unlimited: MacroResolver,
  where: string,
  forPost: boolean,
): FilledRequest {
  const resolve = limitResolver(unlimited, where);
  const pieces = piecesOf(template);
  if (pieces === null) return fillWhole(template.source, system, resolve, where, forPost);
  const substitutions: Substitution[] = [];
  const unknown: string[] = [];
  const fill = (p: Piece): string => fillPiece(p, system, resolve, where, substitutions, unknown);
  const head = fill(pieces.head);
  const params: RequestParam[] = [];
  const query = pieces.query === null ? null : fillQuery(pieces.query, fill, params);
  const tail = pieces.fragment === null ? '' : `#${fill(pieces.fragment)}`;
  return {
    text: `${head}${query === null ? '' : `?${query}`}${tail}`,
    substitutions,
    unknown,
    // The scheme holds no macro (splitUrl accepted it), so it is the first characters of head.
    postUrl: forPost ? `${pieces.scheme}${head.slice(pieces.scheme.length)}${tail}` : null,
    query,
    params,
  };
}
