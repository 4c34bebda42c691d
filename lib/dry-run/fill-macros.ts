import type { MacroSystem } from '../catalog/macro-names';
import { encodeValue } from '../url/query';
import type { Substitution } from './result';
import { limitResolver } from './run-limits';

/**
 * What one system does with a `{name}`: fill it (value, or null when it has no data and drops
 * it), or not know it (undefined: the macro stays literal).
 */
export type MacroResolver = (name: string) => { value: string | null } | undefined;

export interface FilledTemplate {
  text: string;
  substitutions: Substitution[];
  /** Names the resolver did not know, left as `{name}`. */
  unknown: string[];
}

/**
 * A template split at its `{name}` macros: literal text around macros,
 * `literals.length === names.length + 1`. A template read once (a Tracking URL, a rule's URL) is
 * then filled by a walk over the pieces instead of a scan for braces.
 */
export interface Piece {
  literals: string[];
  names: string[];
}

/**
 * Splits at every `{name}` (name: letters, digits, "_"), the same as tokenizeTemplate's pattern.
 * A hand-written scan: this runs for every URL of every run, and the regex iterator allocates per
 * match.
 */
export function toPiece(text: string): Piece {
  const literals: string[] = [];
  const names: string[] = [];
  let copied = 0;
  let open = text.indexOf('{');
  while (open !== -1) {
    let end = open + 1;
    while (end < text.length && isNameChar(text.charCodeAt(end))) end++;
    if (end > open + 1 && text.charCodeAt(end) === CLOSE) {
      literals.push(text.slice(copied, open));
      names.push(text.slice(open + 1, end));
      copied = end + 1;
      open = text.indexOf('{', end + 1);
    } else open = text.indexOf('{', open + 1);
  }
  literals.push(text.slice(copied));
  return { literals, names };
}

const CLOSE = 0x7d;

function isNameChar(code: number): boolean {
  return (
    (code >= 0x30 && code <= 0x39) ||
    (code >= 0x41 && code <= 0x5a) ||
    (code >= 0x61 && code <= 0x7a) ||
    code === 0x5f
  );
}

/** The names of every `{name}` in `text`, in order. */
export function scanMacroNames(text: string): string[] {
  return toPiece(text).names;
}

/**
 * One macro filled: its value percent-encoded once ("" when it has none), recorded in
 * `substitutions` and returned; undefined, recorded in `unknown`, when the resolver does not know
 * the name (it stays `{name}`).
 */
export function fillMacro(
  name: string,
  system: MacroSystem,
  resolve: MacroResolver,
  where: string,
  substitutions: Substitution[],
  unknown: string[],
): Substitution | undefined {
  const resolved = resolve(name);
  if (resolved === undefined) {
    unknown.push(name);
    return undefined;
  }
  const written = resolved.value === null ? '' : encodeValue(resolved.value);
  const substitution: Substitution = { macro: name, system, value: resolved.value, written, where };
  substitutions.push(substitution);
  return substitution;
}

/**
 * The piece's text with each macro filled (fillMacro), left to right. Substitutions and unknown
 * names are appended to the caller's lists, so several pieces fill as one text would.
 */
export function fillPiece(
  piece: Piece,
  system: MacroSystem,
  resolve: MacroResolver,
  where: string,
  substitutions: Substitution[],
  unknown: string[],
): string {
  let out = piece.literals[0] as string;
  for (let i = 0; i < piece.names.length; i++) {
    const name = piece.names[i] as string;
    const filled = fillMacro(name, system, resolve, where, substitutions, unknown);
    out += filled === undefined ? `{${name}}` : filled.written;
    out += piece.literals[i + 1] as string;
  }
  return out;
}

/**
 * Replaces raw `{name}` macros. Every value is percent-encoded once because it lands inside a URL;
 * a value the system lacks becomes an empty string (the dry-run's documented reading of
 * "dropped"). Text outside macros is copied byte for byte.
 */
export function fillMacros(
  template: string,
  system: MacroSystem,
  unlimited: MacroResolver,
  where: string,
): FilledTemplate {
  const resolve = limitResolver(unlimited, where);
  const substitutions: Substitution[] = [];
  const unknown: string[] = [];
  const text = fillPiece(toPiece(template), system, resolve, where, substitutions, unknown);
  return { text, substitutions, unknown };
}
