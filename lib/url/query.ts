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

/**
 * Splits a query on "&" (empty parts skipped; a part without "=" has a null value) and makes one
 * item of each part. One pass instead of split/filter/map: every dry-run request and every link
 * inspection splits a query, some of them 2,000 characters of callbacks.
 */
export function splitQuery<T>(
  query: string | null,
  make: (name: string, value: string | null) => T,
): T[] {
  const params: T[] = [];
  if (query === null || query === '') return params;
  let start = 0;
  while (start <= query.length) {
    let end = query.indexOf('&', start);
    if (end === -1) end = query.length;
    if (end > start) {
      const eq = query.indexOf('=', start);
      params.push(
        eq === -1 || eq > end
          ? make(query.slice(start, end), null)
          : make(query.slice(start, eq), query.slice(eq + 1, end)),
      );
    }
    start = end + 1;
  }
  return params;
}

const rawParam = (name: string, value: string | null): RawParam => ({ name, value });

export function parseQuery(query: string | null): RawParam[] {
  return splitQuery(query, rawParam);
}

export function formatQuery(params: readonly RawParam[]): string {
  let out = '';
  for (let i = 0; i < params.length; i++) {
    const p = params[i] as RawParam;
    if (i > 0) out += '&';
    out += p.value === null ? p.name : `${p.name}=${p.value}`;
  }
  return out;
}

/** One percent-decode, as a server does once. Malformed escapes are kept literally, never thrown. */
export function decodeOnce(raw: string): string {
  // Most values hold no escape: the dry run decodes every parameter of every request.
  if (!raw.includes('%')) return raw;
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
  // Most filled values (ids, numbers, subs) need no escaping: skip the surrogate check and the copy.
  if (isUnreserved(text)) return text;
  return encodeURIComponent(
    isWellFormed(text) ? text : text.replace(new RegExp(LONE_SURROGATE, 'g'), '\uFFFD'),
  );
}

/** True when encodeURIComponent leaves every character as it is: A–Z a–z 0–9 - _ . ! ~ * ' ( ). */
export function isUnreserved(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (
      !(
        (c >= 0x61 && c <= 0x7a) ||
        (c >= 0x41 && c <= 0x5a) ||
        (c >= 0x30 && c <= 0x39) ||
        c === 0x2d ||
        c === 0x5f ||
        c === 0x2e ||
        c === 0x21 ||
        c === 0x7e ||
        c === 0x2a ||
        c === 0x27 ||
        c === 0x28 ||
        c === 0x29
      )
    )
      return false;
  }
  return true;
}

export function findParam(params: readonly RawParam[], name: string): RawParam | undefined {
  const lower = name.toLowerCase();
  for (const p of params) {
    // Lowercasing never shortens a string (U+0130 even lengthens it), so a longer name cannot
    // match: that skips the toLowerCase of most names in a long link.
    if (p.name === lower || (p.name.length <= lower.length && p.name.toLowerCase() === lower))
      return p;
  }
  return undefined;
}
