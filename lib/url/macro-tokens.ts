/**
 * Splits a template into literal text and `{name}` macros. Both Affise and Adjust write their
 * macros as a name in braces; only the catalogues (lib/catalog) know whose each one is.
 */
export type TemplatePart =
  | { kind: 'text'; text: string }
  | { kind: 'macro'; name: string; text: string };

const MACRO = /\{([A-Za-z0-9_]+)\}/g;

export function tokenizeTemplate(template: string): TemplatePart[] {
  const parts: TemplatePart[] = [];
  let last = 0;
  for (const match of template.matchAll(MACRO)) {
    const index = match.index ?? 0;
    if (index > last) parts.push({ kind: 'text', text: template.slice(last, index) });
    parts.push({ kind: 'macro', name: match[1] ?? '', text: match[0] });
    last = index + match[0].length;
  }
  if (last < template.length) parts.push({ kind: 'text', text: template.slice(last) });
  return parts;
}

export function macroNames(template: string): string[] {
  return tokenizeTemplate(template).flatMap((part) => (part.kind === 'macro' ? [part.name] : []));
}

/** `{name}` written percent-encoded: `%7Bname%7D` (either case). */
const ENCODED_MACRO = /%7B([A-Za-z0-9_]+)%7D/gi;

export function encodedMacroNames(text: string): string[] {
  return [...text.matchAll(ENCODED_MACRO)].map((m) => m[1] ?? '');
}
