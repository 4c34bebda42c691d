import type { MacroSystem } from '../../catalog/macro-names';
import { encodeValue, isWellFormed } from '../../url/query';
import type { MacroResolver } from '../fill-macros';
import type { Substitution } from '../result';
import { decodeValue } from './request-params';

/**
 * A template split once at its `{name}` macros, so filling it is a walk over the pieces instead of
 * a scan for braces: literal text around macros, `literals.length === names.length + 1`.
 */
export interface Piece {
  literals: string[];
  names: string[];
}

/** Splits at exactly the macros fillMacros fills: `{` + letters, digits, `_` + `}`. */
export function toPiece(text: string): Piece {
  const literals: string[] = [];
  const names: string[] = [];
  let copied = 0;
  let open = text.indexOf('{');
  while (open !== -1) {
    let end = open + 1;
    while (end < text.length && isNameChar(text.charCodeAt(end))) end++;
    if (end > open + 1 && text.charCodeAt(end) === 0x7d) {
      literals.push(text.slice(copied, open));
      names.push(text.slice(open + 1, end));
      copied = end + 1;
      open = text.indexOf('{', end + 1);
    } else open = text.indexOf('{', open + 1);
  }
  literals.push(text.slice(copied));
  return { literals, names };
}

function isNameChar(code: number): boolean {
  return (
    (code >= 0x30 && code <= 0x39) ||
    (code >= 0x41 && code <= 0x5a) ||
    (code >= 0x61 && code <= 0x7a) ||
    code === 0x5f
  );
}

/**
 * fillMacros on the piece's text: each macro the resolver knows becomes its value percent-encoded
 * once ("" when it has none), the others stay `{name}`. Substitutions and unknown names are
 * appended to the caller's lists, left to right, so several pieces fill as one text would.
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
    const resolved = resolve(name);
    if (resolved === undefined) {
      unknown.push(name);
      out += `{${name}}`;
    } else {
      const written = resolved.value === null ? '' : encodeValue(resolved.value);
      substitutions.push({ macro: name, system, value: resolved.value, written, where });
      out += written;
    }
    out += piece.literals[i + 1] as string;
  }
  return out;
}

/**
 * decodeURIComponent of each literal when every one decodes on its own; null otherwise. Then a
 * filled value decodes piece by piece (fillPieceDecoding).
 */
export function decodeLiterals(literals: readonly string[]): string[] | null {
  const decoded: string[] = [];
  for (const literal of literals) {
    if (!literal.includes('%')) decoded.push(literal);
    else {
      try {
        decoded.push(decodeURIComponent(literal));
      } catch {
        return null;
      }
    }
  }
  return decoded;
}

/**
 * fillPiece, plus what decodeValue gives for the filled text, without running the decoder over
 * it: when each literal decodes on its own, every escape of the text lies inside one literal or
 * one filled value (an encodeURIComponent result, which decodes back to the value), so the decoded
 * text is the decoded pieces in a row. Otherwise the text is decoded as a whole.
 */
export function fillPieceDecoding(
  piece: Piece,
  decodedLiterals: readonly string[] | null,
  system: MacroSystem,
  resolve: MacroResolver,
  where: string,
  substitutions: Substitution[],
  unknown: string[],
): { text: string; decoded: string } {
  if (decodedLiterals === null) {
    const text = fillPiece(piece, system, resolve, where, substitutions, unknown);
    return { text, decoded: decodeValue(text) };
  }
  let text = piece.literals[0] as string;
  let decoded = decodedLiterals[0] as string;
  for (let i = 0; i < piece.names.length; i++) {
    const name = piece.names[i] as string;
    const resolved = resolve(name);
    if (resolved === undefined) {
      unknown.push(name);
      text += `{${name}}`;
      decoded += `{${name}}`;
    } else {
      const value = resolved.value;
      const written = value === null ? '' : encodeValue(value);
      substitutions.push({ macro: name, system, value, written, where });
      text += written;
      // The value itself, unless encodeValue had to replace a lone surrogate first.
      decoded +=
        value === null || written === value || isWellFormed(value)
          ? (value ?? '')
          : decodeValue(written);
    }
    text += piece.literals[i + 1] as string;
    decoded += decodedLiterals[i + 1] as string;
  }
  return { text, decoded };
}
