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
  // A hand-written scan for `{name}` (name: letters, digits, "_"), the same as tokenizeTemplate's
  // pattern: this runs for every URL of every run, and the regex iterator allocates per match.
  let text = '';
  let copied = 0;
  let open = template.indexOf('{');
  while (open !== -1) {
    let end = open + 1;
    while (end < template.length && isNameChar(template.charCodeAt(end))) end++;
    if (end > open + 1 && template.charCodeAt(end) === CLOSE) {
      const name = template.slice(open + 1, end);
      const resolved = resolve(name);
      if (resolved === undefined) unknown.push(name);
      else {
        const written = resolved.value === null ? '' : encodeValue(resolved.value);
        substitutions.push({ macro: name, system, value: resolved.value, written, where });
        text += template.slice(copied, open) + written;
        copied = end + 1;
      }
      open = template.indexOf('{', end + 1);
    } else open = template.indexOf('{', open + 1);
  }
  if (copied === 0) return { text: template, substitutions, unknown };
  return { text: text + template.slice(copied), substitutions, unknown };
}

/** The names of every `{name}` in `text`, in order: macroNames without the regex iterator. */
export function scanMacroNames(text: string): string[] {
  const names: string[] = [];
  let open = text.indexOf('{');
  while (open !== -1) {
    let end = open + 1;
    while (end < text.length && isNameChar(text.charCodeAt(end))) end++;
    if (end > open + 1 && text.charCodeAt(end) === CLOSE) {
      names.push(text.slice(open + 1, end));
      open = text.indexOf('{', end + 1);
    } else open = text.indexOf('{', open + 1);
  }
  return names;
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
