import type { MacroSystem } from '../../catalog/macro-names';
import { decodeOnce, isWellFormed } from '../../url/query';
import { fillMacro, fillPiece, type MacroResolver, type Piece } from '../fill-macros';
import type { Substitution } from '../result';

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
 * fillPiece, plus what decodeOnce gives for the filled text, without running the decoder over
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
    return { text, decoded: decodeOnce(text) };
  }
  let text = piece.literals[0] as string;
  let decoded = decodedLiterals[0] as string;
  for (let i = 0; i < piece.names.length; i++) {
    const name = piece.names[i] as string;
    const filled = fillMacro(name, system, resolve, where, substitutions, unknown);
    if (filled === undefined) {
      text += `{${name}}`;
      decoded += `{${name}}`;
    } else {
      const { value, written } = filled;
      text += written;
      // The value itself, unless encodeValue had to replace a lone surrogate first.
      decoded +=
        value === null || written === value || isWellFormed(value)
          ? (value ?? '')
          : decodeOnce(written);
    }
    text += piece.literals[i + 1] as string;
    decoded += decodedLiterals[i + 1] as string;
  }
  return { text, decoded };
}
