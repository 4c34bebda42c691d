/**
 * A lossless split of an absolute URL into its parts. We do not use WHATWG `URL` because it
 * rewrites what it parses (it percent-encodes `{` and `}`, lowercases hosts, drops default ports),
 * and a link template must come back byte for byte as the user wrote it.
 */
export interface SplitUrl {
  scheme: string;
  /** Everything between `//` and the path: userinfo, host and port as written. */
  authority: string;
  host: string;
  port: string;
  path: string;
  /** The query without its `?`; null when there is no `?`. */
  query: string | null;
  /** The fragment without its `#`; null when there is no `#`. */
  fragment: string | null;
}

/**
 * The split is a hand-written scan equivalent to the pattern
 * `^([a-zA-Z][a-zA-Z0-9+.-]*):\/\/([^/?#]*)([^?#]*)(?:\?([^#]*))?(?:#([\s\S]*))?$` on the trimmed
 * text, with the port taken as `^(.*?)(?::(\d*))?$` would take it: every dry-run request and link
 * inspection splits URLs, some 2,000 characters long. test/unit/engine/url-fast-paths.test.ts compares
 * the two on random text.
 */
export function splitUrl(raw: string): SplitUrl | null {
  const text = raw.trim();
  if (text.length === 0 || !isAlpha(text.charCodeAt(0))) return null;
  let i = 1;
  while (i < text.length && isSchemeChar(text.charCodeAt(i))) i++;
  if (text.charCodeAt(i) !== COLON || text.charCodeAt(i + 1) !== SLASH) return null;
  if (text.charCodeAt(i + 2) !== SLASH) return null;
  const scheme = text.slice(0, i);
  const authorityStart = i + 3;
  let end = authorityStart;
  while (end < text.length) {
    const c = text.charCodeAt(end);
    if (c === SLASH || c === QUESTION || c === HASH) break;
    end++;
  }
  const authority = text.slice(authorityStart, end);
  const hashAt = text.indexOf('#', end);
  const stop = hashAt === -1 ? text.length : hashAt;
  const questionAt = text.indexOf('?', end);
  const hasQuery = questionAt !== -1 && questionAt < stop;
  const path = text.slice(end, hasQuery ? questionAt : stop);
  const query = hasQuery ? text.slice(questionAt + 1, stop) : null;
  const fragment = hashAt === -1 ? null : text.slice(hashAt + 1);
  const [host, port] = hostAndPort(authority);
  return { scheme: scheme.toLowerCase(), authority, host, port, path, query, fragment };
}

/** The authority's host (lower case; an IPv6 literal keeps its brackets) and its port, if any. */
function hostAndPort(authority: string): [host: string, port: string] {
  const hostPort = authority.includes('@')
    ? authority.slice(authority.lastIndexOf('@') + 1)
    : authority;
  if (hostPort.startsWith('[')) {
    const close = hostPort.indexOf(']');
    return [hostPort.slice(0, close + 1).toLowerCase(), hostPort.slice(close + 2)];
  }
  const [host, port] = splitPort(hostPort);
  return [host.toLowerCase(), port];
}

const COLON = 0x3a;
const SLASH = 0x2f;
const QUESTION = 0x3f;
const HASH = 0x23;
const LINE_TERMINATOR = /[\n\r\u2028\u2029]/;

function isAlpha(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}

function isSchemeChar(c: number): boolean {
  return isAlpha(c) || (c >= 0x30 && c <= 0x39) || c === 0x2b || c === 0x2e || c === 0x2d;
}

/**
 * `host:digits` → [host, digits], else [hostPort, ""]: what `^(.*?)(?::(\d*))?$` captures. Its
 * lazy group stops at the last colon when only digits follow; "." stops at a line terminator, so
 * with one in the text the pattern fails and the whole text is the host.
 */
function splitPort(hostPort: string): [string, string] {
  const colon = hostPort.lastIndexOf(':');
  if (colon === -1 || LINE_TERMINATOR.test(hostPort)) return [hostPort, ''];
  for (let i = colon + 1; i < hostPort.length; i++) {
    const c = hostPort.charCodeAt(i);
    if (c < 0x30 || c > 0x39) return [hostPort, ''];
  }
  return [hostPort.slice(0, colon), hostPort.slice(colon + 1)];
}

export function joinUrl(url: SplitUrl): string {
  return (
    `${url.scheme}://${url.authority}${url.path}` +
    (url.query === null ? '' : `?${url.query}`) +
    (url.fragment === null ? '' : `#${url.fragment}`)
  );
}

const IPV4 = /^\d{1,3}(?:\.\d{1,3}){3}$/;

export function isIpHost(host: string): boolean {
  return IPV4.test(host) || host.startsWith('[');
}
