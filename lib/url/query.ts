/**
 * Query strings kept raw: names and values exactly as written, so that re-joining them gives the
 * same bytes back. Decoding is a separate, explicit step (`decodeOnce`), because how many times a
 * value has been decoded is exactly what this product checks.
 */
export interface RawParam {
  name: string;
  /** Raw value as written; null for a bare `name` with no `=`. */
  value: string | null;
}

export function parseQuery(query: string | null): RawParam[] {
  if (query === null || query === '') return [];
  return query
    .split('&')
    .filter((part) => part !== '')
    .map((part) => {
      const eq = part.indexOf('=');
      return eq === -1
        ? { name: part, value: null }
        : { name: part.slice(0, eq), value: part.slice(eq + 1) };
    });
}

export function formatQuery(params: readonly RawParam[]): string {
  return params.map((p) => (p.value === null ? p.name : `${p.name}=${p.value}`)).join('&');
}

/** One percent-decode, as a server does once. Malformed escapes are kept literally, never thrown. */
export function decodeOnce(raw: string): string {
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw.replace(/%[0-9a-fA-F]{2}/g, (sequence) => {
      try {
        return decodeURIComponent(sequence);
      } catch {
        return sequence;
      }
    });
  }
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** True when the string can be UTF-8 encoded (no lone surrogates); encodeURIComponent throws otherwise. */
export function isWellFormed(text: string): boolean {
  return !LONE_SURROGATE.test(text);
}

/** encodeURIComponent that never throws: lone surrogates become U+FFFD first. */
export function encodeValue(text: string): string {
  return encodeURIComponent(
    isWellFormed(text) ? text : text.replace(new RegExp(LONE_SURROGATE, 'g'), '\uFFFD'),
  );
}

export function findParam(params: readonly RawParam[], name: string): RawParam | undefined {
  const lower = name.toLowerCase();
  return params.find((p) => p.name.toLowerCase() === lower);
}
