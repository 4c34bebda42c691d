import { macroOwner, type SharedMacroChoice } from '../catalog/macro-names';
import { tokenizeTemplate } from '../url/macro-tokens';
import { encodeValue } from '../url/query';

/**
 * Encodes a callback URL as the value of an Adjust link parameter, as Adjust documents it
 * (shared/domain.md, "Encoding"): Affise's macros stay raw, because Affise fills them at click time
 * anywhere in the link, while everything else, Adjust's placeholders included, is percent-encoded
 * once so that Adjust's single decode gives the callback URL back with `{placeholder}` intact.
 */
export function encodeCallback(url: string, shared: SharedMacroChoice = {}): string {
  return tokenizeTemplate(url)
    .map((part) =>
      part.kind === 'macro' && macroOwner(part.name, shared) === 'affise'
        ? part.text
        : encodeValue(part.text),
    )
    .join('');
}
